from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workspace_update import WorkspaceUpdate
from ...types import Response, parse_json


def _get_kwargs(
    workspace_id: str,
    update_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_id}/updates/{update_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            update_id=quote(str(update_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkspaceUpdate | None:
    if response.status_code == 200:
        response_200 = WorkspaceUpdate.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkspaceUpdate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    update_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WorkspaceUpdate]:
    """Get a workspace update

     Returns one update posted in a workspace.

    Args:
        workspace_id (str):
        update_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceUpdate]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        update_id=update_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    update_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> WorkspaceUpdate | None:
    """Get a workspace update

     Returns one update posted in a workspace.

    Args:
        workspace_id (str):
        update_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceUpdate
    """

    return sync_detailed(
        workspace_id=workspace_id,
        update_id=update_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    update_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[WorkspaceUpdate]:
    """Get a workspace update

     Returns one update posted in a workspace.

    Args:
        workspace_id (str):
        update_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceUpdate]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        update_id=update_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    update_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> WorkspaceUpdate | None:
    """Get a workspace update

     Returns one update posted in a workspace.

    Args:
        workspace_id (str):
        update_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceUpdate
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            update_id=update_id,
            client=client,
        )
    ).parsed
