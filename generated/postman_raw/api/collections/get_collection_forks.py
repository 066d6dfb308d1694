from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_collection_forks_direction import GetCollectionForksDirection
from ...models.get_collection_forks_response import GetCollectionForksResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionForksDirection | Unset = UNSET,
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
        "url": "/collections/{collection_id}/forks".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCollectionForksResponse | None:
    if response.status_code == 200:
        response_200 = GetCollectionForksResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionForksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionForksDirection | Unset = UNSET,
) -> Response[GetCollectionForksResponse]:
    """List the forks of a collection

     Lists the forks made of one collection, with who made each and when, one page at a time
    (10 per page unless `limit` says otherwise). Follow `meta.nextCursor` to read further
    pages; it is null on the last page. A collection that has never been forked gives 400.

    Args:
        collection_id (str):
        cursor (str | Unset):
        limit (int | Unset):
        direction (GetCollectionForksDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionForksResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        cursor=cursor,
        limit=limit,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionForksDirection | Unset = UNSET,
) -> GetCollectionForksResponse | None:
    """List the forks of a collection

     Lists the forks made of one collection, with who made each and when, one page at a time
    (10 per page unless `limit` says otherwise). Follow `meta.nextCursor` to read further
    pages; it is null on the last page. A collection that has never been forked gives 400.

    Args:
        collection_id (str):
        cursor (str | Unset):
        limit (int | Unset):
        direction (GetCollectionForksDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionForksResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        cursor=cursor,
        limit=limit,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionForksDirection | Unset = UNSET,
) -> Response[GetCollectionForksResponse]:
    """List the forks of a collection

     Lists the forks made of one collection, with who made each and when, one page at a time
    (10 per page unless `limit` says otherwise). Follow `meta.nextCursor` to read further
    pages; it is null on the last page. A collection that has never been forked gives 400.

    Args:
        collection_id (str):
        cursor (str | Unset):
        limit (int | Unset):
        direction (GetCollectionForksDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionForksResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        cursor=cursor,
        limit=limit,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: GetCollectionForksDirection | Unset = UNSET,
) -> GetCollectionForksResponse | None:
    """List the forks of a collection

     Lists the forks made of one collection, with who made each and when, one page at a time
    (10 per page unless `limit` says otherwise). Follow `meta.nextCursor` to read further
    pages; it is null on the last page. A collection that has never been forked gives 400.

    Args:
        collection_id (str):
        cursor (str | Unset):
        limit (int | Unset):
        direction (GetCollectionForksDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionForksResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            cursor=cursor,
            limit=limit,
            direction=direction,
        )
    ).parsed
