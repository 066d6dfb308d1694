from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_mocks_response import GetMocksResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    team_id: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["teamId"] = team_id

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mocks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetMocksResponse | None:
    if response.status_code == 200:
        response_200 = GetMocksResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetMocksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    team_id: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> Response[GetMocksResponse]:
    """List mock servers

     Lists the active mock servers. Without filters, only the mock servers the key's user
    created are returned, from every workspace. When both `teamId` and `workspace` are
    given, `teamId` is ignored and only the workspace filter applies.

    Args:
        team_id (str | Unset):
        workspace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMocksResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        workspace=workspace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    team_id: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> GetMocksResponse | None:
    """List mock servers

     Lists the active mock servers. Without filters, only the mock servers the key's user
    created are returned, from every workspace. When both `teamId` and `workspace` are
    given, `teamId` is ignored and only the workspace filter applies.

    Args:
        team_id (str | Unset):
        workspace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMocksResponse
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        workspace=workspace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    team_id: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> Response[GetMocksResponse]:
    """List mock servers

     Lists the active mock servers. Without filters, only the mock servers the key's user
    created are returned, from every workspace. When both `teamId` and `workspace` are
    given, `teamId` is ignored and only the workspace filter applies.

    Args:
        team_id (str | Unset):
        workspace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMocksResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        workspace=workspace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    team_id: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
) -> GetMocksResponse | None:
    """List mock servers

     Lists the active mock servers. Without filters, only the mock servers the key's user
    created are returned, from every workspace. When both `teamId` and `workspace` are
    given, `teamId` is ignored and only the workspace filter applies.

    Args:
        team_id (str | Unset):
        workspace (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMocksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            workspace=workspace,
        )
    ).parsed
