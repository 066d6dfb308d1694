from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workspace_roles_include import GetWorkspaceRolesInclude
from ...models.workspace_role_assignment_list import WorkspaceRoleAssignmentList
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    workspace_id: str,
    *,
    include: GetWorkspaceRolesInclude | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_id}/roles".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkspaceRoleAssignmentList | None:
    if response.status_code == 200:
        response_200 = WorkspaceRoleAssignmentList.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkspaceRoleAssignmentList]:
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
    include: GetWorkspaceRolesInclude | Unset = UNSET,
) -> Response[WorkspaceRoleAssignmentList]:
    """List who holds which role in a workspace

     For each role in use, lists the users, user groups and partners that hold it. With
    `include=scim` users and groups are given by their SCIM ids.

    Args:
        workspace_id (str):
        include (GetWorkspaceRolesInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceRoleAssignmentList]
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
    include: GetWorkspaceRolesInclude | Unset = UNSET,
) -> WorkspaceRoleAssignmentList | None:
    """List who holds which role in a workspace

     For each role in use, lists the users, user groups and partners that hold it. With
    `include=scim` users and groups are given by their SCIM ids.

    Args:
        workspace_id (str):
        include (GetWorkspaceRolesInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceRoleAssignmentList
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
    include: GetWorkspaceRolesInclude | Unset = UNSET,
) -> Response[WorkspaceRoleAssignmentList]:
    """List who holds which role in a workspace

     For each role in use, lists the users, user groups and partners that hold it. With
    `include=scim` users and groups are given by their SCIM ids.

    Args:
        workspace_id (str):
        include (GetWorkspaceRolesInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceRoleAssignmentList]
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
    include: GetWorkspaceRolesInclude | Unset = UNSET,
) -> WorkspaceRoleAssignmentList | None:
    """List who holds which role in a workspace

     For each role in use, lists the users, user groups and partners that hold it. With
    `include=scim` users and groups are given by their SCIM ids.

    Args:
        workspace_id (str):
        include (GetWorkspaceRolesInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceRoleAssignmentList
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            include=include,
        )
    ).parsed
