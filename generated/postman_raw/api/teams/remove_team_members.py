from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.remove_team_members_request import RemoveTeamMembersRequest
from ...models.team_identifier_type import TeamIdentifierType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: int,
    *,
    body: RemoveTeamMembersRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(identifier_type, Unset):
        headers["identifierType"] = str(identifier_type)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/teams/{team_id}/bulk-members".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
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
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveTeamMembersRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[Any]:
    """Remove members from a team

     Takes users, groups, teams or organizations out of the team. Success has no body.

    Args:
        team_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (RemoveTeamMembersRequest): Body of DELETE /teams/{teamId}/bulk-members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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


async def asyncio_detailed(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveTeamMembersRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[Any]:
    """Remove members from a team

     Takes users, groups, teams or organizations out of the team. Success has no body.

    Args:
        team_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (RemoveTeamMembersRequest): Body of DELETE /teams/{teamId}/bulk-members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        identifier_type=identifier_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
