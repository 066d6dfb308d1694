from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workspace_request import CreateWorkspaceRequest
from ...models.create_workspace_response import CreateWorkspaceResponse
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: CreateWorkspaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workspaces",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateWorkspaceResponse | None:
    if response.status_code == 200:
        response_200 = CreateWorkspaceResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateWorkspaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> Response[CreateWorkspaceResponse]:
    """Create a workspace

     Creates a workspace. `private` and `partner` workspaces need a Team or Enterprise plan.
    When Postman Organizations is enabled, `teamId` says which team owns the new workspace.

    Args:
        body (CreateWorkspaceRequest): Body of POST /workspaces.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> CreateWorkspaceResponse | None:
    """Create a workspace

     Creates a workspace. `private` and `partner` workspaces need a Team or Enterprise plan.
    When Postman Organizations is enabled, `teamId` says which team owns the new workspace.

    Args:
        body (CreateWorkspaceRequest): Body of POST /workspaces.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkspaceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> Response[CreateWorkspaceResponse]:
    """Create a workspace

     Creates a workspace. `private` and `partner` workspaces need a Team or Enterprise plan.
    When Postman Organizations is enabled, `teamId` says which team owns the new workspace.

    Args:
        body (CreateWorkspaceRequest): Body of POST /workspaces.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
) -> CreateWorkspaceResponse | None:
    """Create a workspace

     Creates a workspace. `private` and `partner` workspaces need a Team or Enterprise plan.
    When Postman Organizations is enabled, `teamId` says which team owns the new workspace.

    Args:
        body (CreateWorkspaceRequest): Body of POST /workspaces.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkspaceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
