from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workspace_response import GetWorkspaceResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    workspace_id: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetWorkspaceResponse | None:
    if response.status_code == 200:
        response_200 = GetWorkspaceResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWorkspaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[GetWorkspaceResponse]:
    """Get a workspace

     Returns a workspace with the collections, environments, mock servers, monitors, APIs and
    specifications it holds. `visibility` says who can open it: `personal` (only its
    creator), `team` (the whole team), `private` (invited team members), `public` (everyone)
    or `partner` (invited team members and partners).

    Args:
        workspace_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> GetWorkspaceResponse | None:
    """Get a workspace

     Returns a workspace with the collections, environments, mock servers, monitors, APIs and
    specifications it holds. `visibility` says who can open it: `personal` (only its
    creator), `team` (the whole team), `private` (invited team members), `public` (everyone)
    or `partner` (invited team members and partners).

    Args:
        workspace_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkspaceResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[GetWorkspaceResponse]:
    """Get a workspace

     Returns a workspace with the collections, environments, mock servers, monitors, APIs and
    specifications it holds. `visibility` says who can open it: `personal` (only its
    creator), `team` (the whole team), `private` (invited team members), `public` (everyone)
    or `partner` (invited team members and partners).

    Args:
        workspace_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> GetWorkspaceResponse | None:
    """Get a workspace

     Returns a workspace with the collections, environments, mock servers, monitors, APIs and
    specifications it holds. `visibility` says who can open it: `personal` (only its
    creator), `team` (the whole team), `private` (invited team members), `public` (everyone)
    or `partner` (invited team members and partners).

    Args:
        workspace_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkspaceResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            include=include,
        )
    ).parsed
