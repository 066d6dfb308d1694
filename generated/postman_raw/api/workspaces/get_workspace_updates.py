from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workspace_updates_response import GetWorkspaceUpdatesResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    workspace_id: str,
    *,
    cursor: str | Unset = UNSET,
    category: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["category"] = category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_id}/updates".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWorkspaceUpdatesResponse | None:
    if response.status_code == 200:
        response_200 = GetWorkspaceUpdatesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWorkspaceUpdatesResponse]:
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
    cursor: str | Unset = UNSET,
    category: str | Unset = UNSET,
) -> Response[GetWorkspaceUpdatesResponse]:
    """List a workspace's updates

     Lists the updates (announcements) posted in a workspace. Pages with `cursor` only;
    `meta.nextCursor` is null on the last page.

    Args:
        workspace_id (str):
        cursor (str | Unset):
        category (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkspaceUpdatesResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        cursor=cursor,
        category=category,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    category: str | Unset = UNSET,
) -> GetWorkspaceUpdatesResponse | None:
    """List a workspace's updates

     Lists the updates (announcements) posted in a workspace. Pages with `cursor` only;
    `meta.nextCursor` is null on the last page.

    Args:
        workspace_id (str):
        cursor (str | Unset):
        category (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkspaceUpdatesResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        cursor=cursor,
        category=category,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    category: str | Unset = UNSET,
) -> Response[GetWorkspaceUpdatesResponse]:
    """List a workspace's updates

     Lists the updates (announcements) posted in a workspace. Pages with `cursor` only;
    `meta.nextCursor` is null on the last page.

    Args:
        workspace_id (str):
        cursor (str | Unset):
        category (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkspaceUpdatesResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        cursor=cursor,
        category=category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    category: str | Unset = UNSET,
) -> GetWorkspaceUpdatesResponse | None:
    """List a workspace's updates

     Lists the updates (announcements) posted in a workspace. Pages with `cursor` only;
    `meta.nextCursor` is null on the last page.

    Args:
        workspace_id (str):
        cursor (str | Unset):
        category (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkspaceUpdatesResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            cursor=cursor,
            category=category,
        )
    ).parsed
