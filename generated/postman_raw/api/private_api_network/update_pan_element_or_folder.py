from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_pan_element_or_folder_request import UpdatePanElementOrFolderRequest
from ...types import Response


def _get_kwargs(
    workspace_id: str,
    *,
    body: UpdatePanElementOrFolderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/network/private/workspace/{workspace_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: UpdatePanElementOrFolderRequest,
) -> Response[Any]:
    """Move a published workspace to another folder (deprecated)

     Deprecated: the Private API Network no longer has folders, so there is nothing left
    for this endpoint to change. Kept for existing callers. Enterprise plans only.

    Args:
        workspace_id (str):
        body (UpdatePanElementOrFolderRequest): Body of the deprecated PUT
            /network/private/workspace/{workspaceId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePanElementOrFolderRequest,
) -> Response[Any]:
    """Move a published workspace to another folder (deprecated)

     Deprecated: the Private API Network no longer has folders, so there is nothing left
    for this endpoint to change. Kept for existing callers. Enterprise plans only.

    Args:
        workspace_id (str):
        body (UpdatePanElementOrFolderRequest): Body of the deprecated PUT
            /network/private/workspace/{workspaceId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
