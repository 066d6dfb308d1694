from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_environment_forks_direction import (
    GetEnvironmentForksDirection,
)
from ...models.get_environment_forks_response import GetEnvironmentForksResponse
from ...models.get_environment_forks_sort import GetEnvironmentForksSort
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    environment_id: str,
    *,
    cursor: str | Unset = UNSET,
    direction: GetEnvironmentForksDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetEnvironmentForksSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/environments/{environment_id}/forks".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEnvironmentForksResponse | None:
    if response.status_code == 200:
        response_200 = GetEnvironmentForksResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetEnvironmentForksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    direction: GetEnvironmentForksDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetEnvironmentForksSort | Unset = UNSET,
) -> Response[GetEnvironmentForksResponse]:
    """List an environment's forks

     Lists the forks made from the environment, a page at a time.

    Args:
        environment_id (str):
        cursor (str | Unset):
        direction (GetEnvironmentForksDirection | Unset):
        limit (int | Unset):
        sort (GetEnvironmentForksSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEnvironmentForksResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        cursor=cursor,
        direction=direction,
        limit=limit,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    direction: GetEnvironmentForksDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetEnvironmentForksSort | Unset = UNSET,
) -> GetEnvironmentForksResponse | None:
    """List an environment's forks

     Lists the forks made from the environment, a page at a time.

    Args:
        environment_id (str):
        cursor (str | Unset):
        direction (GetEnvironmentForksDirection | Unset):
        limit (int | Unset):
        sort (GetEnvironmentForksSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEnvironmentForksResponse
    """

    return sync_detailed(
        environment_id=environment_id,
        client=client,
        cursor=cursor,
        direction=direction,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    direction: GetEnvironmentForksDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetEnvironmentForksSort | Unset = UNSET,
) -> Response[GetEnvironmentForksResponse]:
    """List an environment's forks

     Lists the forks made from the environment, a page at a time.

    Args:
        environment_id (str):
        cursor (str | Unset):
        direction (GetEnvironmentForksDirection | Unset):
        limit (int | Unset):
        sort (GetEnvironmentForksSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEnvironmentForksResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        cursor=cursor,
        direction=direction,
        limit=limit,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    direction: GetEnvironmentForksDirection | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetEnvironmentForksSort | Unset = UNSET,
) -> GetEnvironmentForksResponse | None:
    """List an environment's forks

     Lists the forks made from the environment, a page at a time.

    Args:
        environment_id (str):
        cursor (str | Unset):
        direction (GetEnvironmentForksDirection | Unset):
        limit (int | Unset):
        sort (GetEnvironmentForksSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEnvironmentForksResponse
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            client=client,
            cursor=cursor,
            direction=direction,
            limit=limit,
            sort=sort,
        )
    ).parsed
