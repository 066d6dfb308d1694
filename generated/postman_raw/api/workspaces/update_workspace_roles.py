from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_workspace_roles_request import UpdateWorkspaceRolesRequest
from ...models.workspace_role_assignment_list import WorkspaceRoleAssignmentList
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    workspace_id: str,
    *,
    body: UpdateWorkspaceRolesRequest,
    identifier_type: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(identifier_type, Unset):
        headers["identifierType"] = identifier_type

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/workspaces/{workspace_id}/roles".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json-patch+json"

    _kwargs["headers"] = headers
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
    body: UpdateWorkspaceRolesRequest,
    identifier_type: str | Unset = UNSET,
) -> Response[WorkspaceRoleAssignmentList]:
    """Grant or revoke workspace roles

     Adds or removes role grants for users (`/user`), user groups (`/usergroup`) or partners
    (`/partner`) with JSON Patch style operations. User and group roles are `1` Viewer,
    `2` Editor and `3` Admin; partner roles are `4` Viewer, `5` Editor, `6` Viewer and
    Partner Lead and `7` Editor and Partner Lead. Send the `identifierType: scim` header to
    name users and groups by SCIM id.

    At most 50 operations per call, one action per user, group or partner, and user and
    partner roles cannot be changed in the same call. Personal workspaces and the Guest role
    are not supported.

    Args:
        workspace_id (str):
        identifier_type (str | Unset):
        body (UpdateWorkspaceRolesRequest): Body of PATCH /workspaces/{workspaceId}/roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceRoleAssignmentList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        identifier_type=identifier_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRolesRequest,
    identifier_type: str | Unset = UNSET,
) -> WorkspaceRoleAssignmentList | None:
    """Grant or revoke workspace roles

     Adds or removes role grants for users (`/user`), user groups (`/usergroup`) or partners
    (`/partner`) with JSON Patch style operations. User and group roles are `1` Viewer,
    `2` Editor and `3` Admin; partner roles are `4` Viewer, `5` Editor, `6` Viewer and
    Partner Lead and `7` Editor and Partner Lead. Send the `identifierType: scim` header to
    name users and groups by SCIM id.

    At most 50 operations per call, one action per user, group or partner, and user and
    partner roles cannot be changed in the same call. Personal workspaces and the Guest role
    are not supported.

    Args:
        workspace_id (str):
        identifier_type (str | Unset):
        body (UpdateWorkspaceRolesRequest): Body of PATCH /workspaces/{workspaceId}/roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceRoleAssignmentList
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
        identifier_type=identifier_type,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRolesRequest,
    identifier_type: str | Unset = UNSET,
) -> Response[WorkspaceRoleAssignmentList]:
    """Grant or revoke workspace roles

     Adds or removes role grants for users (`/user`), user groups (`/usergroup`) or partners
    (`/partner`) with JSON Patch style operations. User and group roles are `1` Viewer,
    `2` Editor and `3` Admin; partner roles are `4` Viewer, `5` Editor, `6` Viewer and
    Partner Lead and `7` Editor and Partner Lead. Send the `identifierType: scim` header to
    name users and groups by SCIM id.

    At most 50 operations per call, one action per user, group or partner, and user and
    partner roles cannot be changed in the same call. Personal workspaces and the Guest role
    are not supported.

    Args:
        workspace_id (str):
        identifier_type (str | Unset):
        body (UpdateWorkspaceRolesRequest): Body of PATCH /workspaces/{workspaceId}/roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceRoleAssignmentList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        identifier_type=identifier_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRolesRequest,
    identifier_type: str | Unset = UNSET,
) -> WorkspaceRoleAssignmentList | None:
    """Grant or revoke workspace roles

     Adds or removes role grants for users (`/user`), user groups (`/usergroup`) or partners
    (`/partner`) with JSON Patch style operations. User and group roles are `1` Viewer,
    `2` Editor and `3` Admin; partner roles are `4` Viewer, `5` Editor, `6` Viewer and
    Partner Lead and `7` Editor and Partner Lead. Send the `identifierType: scim` header to
    name users and groups by SCIM id.

    At most 50 operations per call, one action per user, group or partner, and user and
    partner roles cannot be changed in the same call. Personal workspaces and the Guest role
    are not supported.

    Args:
        workspace_id (str):
        identifier_type (str | Unset):
        body (UpdateWorkspaceRolesRequest): Body of PATCH /workspaces/{workspaceId}/roles.

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
            body=body,
            identifier_type=identifier_type,
        )
    ).parsed
