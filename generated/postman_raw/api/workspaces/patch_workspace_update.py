from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.patch_workspace_update_request import PatchWorkspaceUpdateRequest
from ...models.workspace_update_saved import WorkspaceUpdateSaved
from ...types import Response, parse_json


def _get_kwargs(
    workspace_id: str,
    update_id: int,
    *,
    body: PatchWorkspaceUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/workspaces/{workspace_id}/updates/{update_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            update_id=quote(str(update_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkspaceUpdateSaved | None:
    if response.status_code == 200:
        response_200 = WorkspaceUpdateSaved.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkspaceUpdateSaved]:
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
    body: PatchWorkspaceUpdateRequest,
) -> Response[WorkspaceUpdateSaved]:
    """Change a workspace update

     Changes an update's text, category, pin or linked elements. The body is sent as
    `application/merge-patch+json`; `topic`, `description` and `category` must still be
    sent.

    Args:
        workspace_id (str):
        update_id (int):
        body (PatchWorkspaceUpdateRequest): Body of PATCH
            /workspaces/{workspaceId}/updates/{updateId} (a JSON merge patch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceUpdateSaved]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        update_id=update_id,
        body=body,
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
    body: PatchWorkspaceUpdateRequest,
) -> WorkspaceUpdateSaved | None:
    """Change a workspace update

     Changes an update's text, category, pin or linked elements. The body is sent as
    `application/merge-patch+json`; `topic`, `description` and `category` must still be
    sent.

    Args:
        workspace_id (str):
        update_id (int):
        body (PatchWorkspaceUpdateRequest): Body of PATCH
            /workspaces/{workspaceId}/updates/{updateId} (a JSON merge patch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceUpdateSaved
    """

    return sync_detailed(
        workspace_id=workspace_id,
        update_id=update_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    update_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchWorkspaceUpdateRequest,
) -> Response[WorkspaceUpdateSaved]:
    """Change a workspace update

     Changes an update's text, category, pin or linked elements. The body is sent as
    `application/merge-patch+json`; `topic`, `description` and `category` must still be
    sent.

    Args:
        workspace_id (str):
        update_id (int):
        body (PatchWorkspaceUpdateRequest): Body of PATCH
            /workspaces/{workspaceId}/updates/{updateId} (a JSON merge patch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceUpdateSaved]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        update_id=update_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    update_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchWorkspaceUpdateRequest,
) -> WorkspaceUpdateSaved | None:
    """Change a workspace update

     Changes an update's text, category, pin or linked elements. The body is sent as
    `application/merge-patch+json`; `topic`, `description` and `category` must still be
    sent.

    Args:
        workspace_id (str):
        update_id (int):
        body (PatchWorkspaceUpdateRequest): Body of PATCH
            /workspaces/{workspaceId}/updates/{updateId} (a JSON merge patch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceUpdateSaved
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            update_id=update_id,
            client=client,
            body=body,
        )
    ).parsed
