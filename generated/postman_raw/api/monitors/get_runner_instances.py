from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_runner_instances_response import GetRunnerInstancesResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    runner_id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/runners/{runner_id}/instances".format(
            runner_id=quote(str(runner_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetRunnerInstancesResponse | None:
    if response.status_code == 200:
        response_200 = GetRunnerInstancesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetRunnerInstancesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetRunnerInstancesResponse]:
    """List a runner's instances

     Lists the instances of a self-hosted monitor runner: the processes that share the
    runner's id and key and poll Postman for monitor runs to execute. Team Admins and Super
    Admins can find a runner's id in Team Settings > Runners.

    Args:
        runner_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRunnerInstancesResponse]
    """

    kwargs = _get_kwargs(
        runner_id=runner_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetRunnerInstancesResponse | None:
    """List a runner's instances

     Lists the instances of a self-hosted monitor runner: the processes that share the
    runner's id and key and poll Postman for monitor runs to execute. Team Admins and Super
    Admins can find a runner's id in Team Settings > Runners.

    Args:
        runner_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRunnerInstancesResponse
    """

    return sync_detailed(
        runner_id=runner_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetRunnerInstancesResponse]:
    """List a runner's instances

     Lists the instances of a self-hosted monitor runner: the processes that share the
    runner's id and key and poll Postman for monitor runs to execute. Team Admins and Super
    Admins can find a runner's id in Team Settings > Runners.

    Args:
        runner_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRunnerInstancesResponse]
    """

    kwargs = _get_kwargs(
        runner_id=runner_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetRunnerInstancesResponse | None:
    """List a runner's instances

     Lists the instances of a self-hosted monitor runner: the processes that share the
    runner's id and key and poll Postman for monitor runs to execute. Team Admins and Super
    Admins can find a runner's id in Team Settings > Runners.

    Args:
        runner_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRunnerInstancesResponse
    """

    return (
        await asyncio_detailed(
            runner_id=runner_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
