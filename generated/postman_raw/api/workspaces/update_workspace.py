from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_workspace_request import UpdateWorkspaceRequest
from ...models.update_workspace_response import UpdateWorkspaceResponse
from ...types import Response, parse_json


def _get_kwargs(
    workspace_id: str,
    *,
    body: UpdateWorkspaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workspaces/{workspace_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateWorkspaceResponse | None:
    if response.status_code == 200:
        response_200 = UpdateWorkspaceResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateWorkspaceResponse]:
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
    body: UpdateWorkspaceRequest,
) -> Response[UpdateWorkspaceResponse]:
    """Update a workspace

     Renames a workspace, changes its description or summary, or changes its type. Some type
    changes are refused: on Free and Solo plans `private` to `public`, `public` to `private`
    and `private` to `personal`; for team users `public` to `personal`. Public workspace
    names must be unique, and publishing public workspaces is rate-limited.

    Args:
        workspace_id (str):
        body (UpdateWorkspaceRequest): Body of PUT /workspaces/{workspaceId}; only the fields sent
            are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWorkspaceResponse]
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
    body: UpdateWorkspaceRequest,
) -> UpdateWorkspaceResponse | None:
    """Update a workspace

     Renames a workspace, changes its description or summary, or changes its type. Some type
    changes are refused: on Free and Solo plans `private` to `public`, `public` to `private`
    and `private` to `personal`; for team users `public` to `personal`. Public workspace
    names must be unique, and publishing public workspaces is rate-limited.

    Args:
        workspace_id (str):
        body (UpdateWorkspaceRequest): Body of PUT /workspaces/{workspaceId}; only the fields sent
            are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWorkspaceResponse
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
    body: UpdateWorkspaceRequest,
) -> Response[UpdateWorkspaceResponse]:
    """Update a workspace

     Renames a workspace, changes its description or summary, or changes its type. Some type
    changes are refused: on Free and Solo plans `private` to `public`, `public` to `private`
    and `private` to `personal`; for team users `public` to `personal`. Public workspace
    names must be unique, and publishing public workspaces is rate-limited.

    Args:
        workspace_id (str):
        body (UpdateWorkspaceRequest): Body of PUT /workspaces/{workspaceId}; only the fields sent
            are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWorkspaceResponse]
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
    body: UpdateWorkspaceRequest,
) -> UpdateWorkspaceResponse | None:
    """Update a workspace

     Renames a workspace, changes its description or summary, or changes its type. Some type
    changes are refused: on Free and Solo plans `private` to `public`, `public` to `private`
    and `private` to `personal`; for team users `public` to `personal`. Public workspace
    names must be unique, and publishing public workspaces is rate-limited.

    Args:
        workspace_id (str):
        body (UpdateWorkspaceRequest): Body of PUT /workspaces/{workspaceId}; only the fields sent
            are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWorkspaceResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
