from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_collections_forked_by_user_direction import (
    GetCollectionsForkedByUserDirection,
)
from ...models.get_collections_forked_by_user_response import GetCollectionsForkedByUserResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionsForkedByUserDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/collection-forks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCollectionsForkedByUserResponse | None:
    if response.status_code == 200:
        response_200 = GetCollectionsForkedByUserResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionsForkedByUserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionsForkedByUserDirection | Unset = UNSET,
) -> Response[GetCollectionsForkedByUserResponse]:
    """List the collections the key's user has forked

     Lists the forks of collections made by the key's user, one page at a time (10 per page
    unless `limit` says otherwise). Follow `meta.nextCursor` to read further pages; it is null
    on the last page.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        direction (GetCollectionsForkedByUserDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionsForkedByUserResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionsForkedByUserDirection | Unset = UNSET,
) -> GetCollectionsForkedByUserResponse | None:
    """List the collections the key's user has forked

     Lists the forks of collections made by the key's user, one page at a time (10 per page
    unless `limit` says otherwise). Follow `meta.nextCursor` to read further pages; it is null
    on the last page.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        direction (GetCollectionsForkedByUserDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionsForkedByUserResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionsForkedByUserDirection | Unset = UNSET,
) -> Response[GetCollectionsForkedByUserResponse]:
    """List the collections the key's user has forked

     Lists the forks of collections made by the key's user, one page at a time (10 per page
    unless `limit` says otherwise). Follow `meta.nextCursor` to read further pages; it is null
    on the last page.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        direction (GetCollectionsForkedByUserDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionsForkedByUserResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionsForkedByUserDirection | Unset = UNSET,
) -> GetCollectionsForkedByUserResponse | None:
    """List the collections the key's user has forked

     Lists the forks of collections made by the key's user, one page at a time (10 per page
    unless `limit` says otherwise). Follow `meta.nextCursor` to read further pages; it is null
    on the last page.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        direction (GetCollectionsForkedByUserDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionsForkedByUserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            direction=direction,
        )
    ).parsed
