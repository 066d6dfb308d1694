from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.manage_team_member_roles_request import ManageTeamMemberRolesRequest
from ...models.manage_team_member_roles_response import ManageTeamMemberRolesResponse
from ...models.team_identifier_type import TeamIdentifierType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    team_id: int,
    *,
    body: ManageTeamMemberRolesRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(identifier_type, Unset):
        headers["identifierType"] = str(identifier_type)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams/{team_id}/bulk-members".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ManageTeamMemberRolesResponse | None:
    if response.status_code == 200:
        response_200 = ManageTeamMemberRolesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ManageTeamMemberRolesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ManageTeamMemberRolesRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[ManageTeamMemberRolesResponse]:
    """Grant and revoke team roles in bulk

     Adds roles to, and removes roles from, users, groups, other teams and organizations in one
    call. Each of `add` and `remove` maps entity ids to the roles concerned. Taking a role
    away from a group or team takes it away from every one of its members. Each entity gets
    its own outcome in `result`; a removed role shows as `role: null` with the old role in
    `previousRole`.

    Args:
        team_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (ManageTeamMemberRolesRequest): Body of POST /teams/{teamId}/bulk-members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManageTeamMemberRolesResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        identifier_type=identifier_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ManageTeamMemberRolesRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> ManageTeamMemberRolesResponse | None:
    """Grant and revoke team roles in bulk

     Adds roles to, and removes roles from, users, groups, other teams and organizations in one
    call. Each of `add` and `remove` maps entity ids to the roles concerned. Taking a role
    away from a group or team takes it away from every one of its members. Each entity gets
    its own outcome in `result`; a removed role shows as `role: null` with the old role in
    `previousRole`.

    Args:
        team_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (ManageTeamMemberRolesRequest): Body of POST /teams/{teamId}/bulk-members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManageTeamMemberRolesResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
        identifier_type=identifier_type,
    ).parsed


async def asyncio_detailed(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ManageTeamMemberRolesRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[ManageTeamMemberRolesResponse]:
    """Grant and revoke team roles in bulk

     Adds roles to, and removes roles from, users, groups, other teams and organizations in one
    call. Each of `add` and `remove` maps entity ids to the roles concerned. Taking a role
    away from a group or team takes it away from every one of its members. Each entity gets
    its own outcome in `result`; a removed role shows as `role: null` with the old role in
    `previousRole`.

    Args:
        team_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (ManageTeamMemberRolesRequest): Body of POST /teams/{teamId}/bulk-members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManageTeamMemberRolesResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        identifier_type=identifier_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ManageTeamMemberRolesRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> ManageTeamMemberRolesResponse | None:
    """Grant and revoke team roles in bulk

     Adds roles to, and removes roles from, users, groups, other teams and organizations in one
    call. Each of `add` and `remove` maps entity ids to the roles concerned. Taking a role
    away from a group or team takes it away from every one of its members. Each entity gets
    its own outcome in `result`; a removed role shows as `role: null` with the old role in
    `previousRole`.

    Args:
        team_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (ManageTeamMemberRolesRequest): Body of POST /teams/{teamId}/bulk-members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManageTeamMemberRolesResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
            identifier_type=identifier_type,
        )
    ).parsed
