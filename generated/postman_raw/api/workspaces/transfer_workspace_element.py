from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_workspace_element_request import TransferWorkspaceElementRequest
from ...models.transfer_workspace_element_response import TransferWorkspaceElementResponse
from ...types import Response, parse_json


def _get_kwargs(
    workspace_id: str,
    *,
    body: TransferWorkspaceElementRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workspaces/{workspace_id}/element-transfers".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransferWorkspaceElementResponse | None:
    if response.status_code == 200:
        response_200 = TransferWorkspaceElementResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferWorkspaceElementResponse]:
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
    body: TransferWorkspaceElementRequest,
) -> Response[TransferWorkspaceElementResponse]:
    """Move an element to another workspace

     Moves a collection, environment, API, flow, mock server or monitor out of this workspace
    (the path's `workspaceId`) into the workspace named by `to`. Moving from a team workspace
    into a personal one is not supported.

    Args:
        workspace_id (str):
        body (TransferWorkspaceElementRequest): Body of POST /workspaces/{workspaceId}/element-
            transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransferWorkspaceElementResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransferWorkspaceElementRequest,
) -> TransferWorkspaceElementResponse | None:
    """Move an element to another workspace

     Moves a collection, environment, API, flow, mock server or monitor out of this workspace
    (the path's `workspaceId`) into the workspace named by `to`. Moving from a team workspace
    into a personal one is not supported.

    Args:
        workspace_id (str):
        body (TransferWorkspaceElementRequest): Body of POST /workspaces/{workspaceId}/element-
            transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransferWorkspaceElementResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransferWorkspaceElementRequest,
) -> Response[TransferWorkspaceElementResponse]:
    """Move an element to another workspace

     Moves a collection, environment, API, flow, mock server or monitor out of this workspace
    (the path's `workspaceId`) into the workspace named by `to`. Moving from a team workspace
    into a personal one is not supported.

    Args:
        workspace_id (str):
        body (TransferWorkspaceElementRequest): Body of POST /workspaces/{workspaceId}/element-
            transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransferWorkspaceElementResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransferWorkspaceElementRequest,
) -> TransferWorkspaceElementResponse | None:
    """Move an element to another workspace

     Moves a collection, environment, API, flow, mock server or monitor out of this workspace
    (the path's `workspaceId`) into the workspace named by `to`. Moving from a team workspace
    into a personal one is not supported.

    Args:
        workspace_id (str):
        body (TransferWorkspaceElementRequest): Body of POST /workspaces/{workspaceId}/element-
            transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransferWorkspaceElementResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
