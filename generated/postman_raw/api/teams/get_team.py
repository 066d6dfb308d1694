from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_team_include import GetTeamInclude
from ...models.get_team_response import GetTeamResponse
from ...models.team_identifier_type import TeamIdentifierType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    team_id: int,
    *,
    include: GetTeamInclude | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(identifier_type, Unset):
        headers["identifierType"] = str(identifier_type)

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTeamResponse | None:
    if response.status_code == 200:
        response_200 = GetTeamResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTeamResponse]:
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
    include: GetTeamInclude | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[GetTeamResponse]:
    """Get one team

     Returns one team of the organization. `include` asks for extra data: `members` adds every
    user and group with access to the team's elements (managers, members and guests, and
    groups standing for other teams or the whole organization); `userRoles` adds the team's
    role assignments. Postman does not describe the shape of that extra data; the generated
    models keep it among their additional properties.

    Args:
        team_id (int):
        include (GetTeamInclude | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        include=include,
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
    include: GetTeamInclude | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> GetTeamResponse | None:
    """Get one team

     Returns one team of the organization. `include` asks for extra data: `members` adds every
    user and group with access to the team's elements (managers, members and guests, and
    groups standing for other teams or the whole organization); `userRoles` adds the team's
    role assignments. Postman does not describe the shape of that extra data; the generated
    models keep it among their additional properties.

    Args:
        team_id (int):
        include (GetTeamInclude | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        include=include,
        identifier_type=identifier_type,
    ).parsed


async def asyncio_detailed(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: GetTeamInclude | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[GetTeamResponse]:
    """Get one team

     Returns one team of the organization. `include` asks for extra data: `members` adds every
    user and group with access to the team's elements (managers, members and guests, and
    groups standing for other teams or the whole organization); `userRoles` adds the team's
    role assignments. Postman does not describe the shape of that extra data; the generated
    models keep it among their additional properties.

    Args:
        team_id (int):
        include (GetTeamInclude | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        include=include,
        identifier_type=identifier_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: GetTeamInclude | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> GetTeamResponse | None:
    """Get one team

     Returns one team of the organization. `include` asks for extra data: `members` adds every
    user and group with access to the team's elements (managers, members and guests, and
    groups standing for other teams or the whole organization); `userRoles` adds the team's
    role assignments. Postman does not describe the shape of that extra data; the generated
    models keep it among their additional properties.

    Args:
        team_id (int):
        include (GetTeamInclude | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            include=include,
            identifier_type=identifier_type,
        )
    ).parsed
