from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_collections_response import GetCollectionsResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    workspace: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params["name"] = name

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetCollectionsResponse | None:
    if response.status_code == 200:
        response_200 = GetCollectionsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[GetCollectionsResponse]:
    """List collections

     Lists the collections the key's user can see, including collections they subscribe to.

    Page through the results with `limit` and `offset`; calls without them still work but
    are slower and Postman treats them as deprecated. The `name` filter cannot be combined
    with `limit` and `offset`. An unknown `workspace` id gives an empty list, not an error.
    This endpoint has a tighter rate limit than most (10 requests per 10 seconds).

    Args:
        workspace (str | Unset):
        name (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionsResponse]
    """

    kwargs = _get_kwargs(
        workspace=workspace,
        name=name,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetCollectionsResponse | None:
    """List collections

     Lists the collections the key's user can see, including collections they subscribe to.

    Page through the results with `limit` and `offset`; calls without them still work but
    are slower and Postman treats them as deprecated. The `name` filter cannot be combined
    with `limit` and `offset`. An unknown `workspace` id gives an empty list, not an error.
    This endpoint has a tighter rate limit than most (10 requests per 10 seconds).

    Args:
        workspace (str | Unset):
        name (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionsResponse
    """

    return sync_detailed(
        client=client,
        workspace=workspace,
        name=name,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[GetCollectionsResponse]:
    """List collections

     Lists the collections the key's user can see, including collections they subscribe to.

    Page through the results with `limit` and `offset`; calls without them still work but
    are slower and Postman treats them as deprecated. The `name` filter cannot be combined
    with `limit` and `offset`. An unknown `workspace` id gives an empty list, not an error.
    This endpoint has a tighter rate limit than most (10 requests per 10 seconds).

    Args:
        workspace (str | Unset):
        name (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionsResponse]
    """

    kwargs = _get_kwargs(
        workspace=workspace,
        name=name,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace: str | Unset = UNSET,
    name: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetCollectionsResponse | None:
    """List collections

     Lists the collections the key's user can see, including collections they subscribe to.

    Page through the results with `limit` and `offset`; calls without them still work but
    are slower and Postman treats them as deprecated. The `name` filter cannot be combined
    with `limit` and `offset`. An unknown `workspace` id gives an empty list, not an error.
    This endpoint has a tighter rate limit than most (10 requests per 10 seconds).

    Args:
        workspace (str | Unset):
        name (str | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace=workspace,
            name=name,
            limit=limit,
            offset=offset,
        )
    ).parsed
