from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transfer_workspace_to_team_request import TransferWorkspaceToTeamRequest
from ...models.transfer_workspace_to_team_response import TransferWorkspaceToTeamResponse
from ...types import Response, parse_json


def _get_kwargs(
    workspace_id: str,
    *,
    body: TransferWorkspaceToTeamRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/workspaces/{workspace_id}/transfers".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransferWorkspaceToTeamResponse | None:
    if response.status_code == 200:
        response_200 = TransferWorkspaceToTeamResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransferWorkspaceToTeamResponse]:
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
    body: TransferWorkspaceToTeamRequest,
) -> Response[TransferWorkspaceToTeamResponse]:
    """Move a workspace to another team

     Moves a workspace from one team of the organization to another. Enterprise plans with
    Postman Organizations only.

    Args:
        workspace_id (str):
        body (TransferWorkspaceToTeamRequest): Body of PATCH /workspaces/{workspaceId}/transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransferWorkspaceToTeamResponse]
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
    body: TransferWorkspaceToTeamRequest,
) -> TransferWorkspaceToTeamResponse | None:
    """Move a workspace to another team

     Moves a workspace from one team of the organization to another. Enterprise plans with
    Postman Organizations only.

    Args:
        workspace_id (str):
        body (TransferWorkspaceToTeamRequest): Body of PATCH /workspaces/{workspaceId}/transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransferWorkspaceToTeamResponse
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
    body: TransferWorkspaceToTeamRequest,
) -> Response[TransferWorkspaceToTeamResponse]:
    """Move a workspace to another team

     Moves a workspace from one team of the organization to another. Enterprise plans with
    Postman Organizations only.

    Args:
        workspace_id (str):
        body (TransferWorkspaceToTeamRequest): Body of PATCH /workspaces/{workspaceId}/transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransferWorkspaceToTeamResponse]
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
    body: TransferWorkspaceToTeamRequest,
) -> TransferWorkspaceToTeamResponse | None:
    """Move a workspace to another team

     Moves a workspace from one team of the organization to another. Enterprise plans with
    Postman Organizations only.

    Args:
        workspace_id (str):
        body (TransferWorkspaceToTeamRequest): Body of PATCH /workspaces/{workspaceId}/transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransferWorkspaceToTeamResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
