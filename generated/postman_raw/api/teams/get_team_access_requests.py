from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_team_access_requests_response import GetTeamAccessRequestsResponse
from ...models.team_identifier_type import TeamIdentifierType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    team_id: int,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(identifier_type, Unset):
        headers["identifierType"] = str(identifier_type)

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams/{team_id}/access-requests".format(
            team_id=quote(str(team_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTeamAccessRequestsResponse | None:
    if response.status_code == 200:
        response_200 = GetTeamAccessRequestsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTeamAccessRequestsResponse]:
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[GetTeamAccessRequestsResponse]:
    """List a team's pending access requests

     Lists the access requests of one team that still wait for a decision. Pages are
    cursor-based: pass `metadata.nextCursor` as `cursor` to get the next page; the last page
    has a null `nextCursor`.

    Args:
        team_id (int):
        cursor (str | Unset):
        limit (int | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamAccessRequestsResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        cursor=cursor,
        limit=limit,
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> GetTeamAccessRequestsResponse | None:
    """List a team's pending access requests

     Lists the access requests of one team that still wait for a decision. Pages are
    cursor-based: pass `metadata.nextCursor` as `cursor` to get the next page; the last page
    has a null `nextCursor`.

    Args:
        team_id (int):
        cursor (str | Unset):
        limit (int | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamAccessRequestsResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        cursor=cursor,
        limit=limit,
        identifier_type=identifier_type,
    ).parsed


async def asyncio_detailed(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[GetTeamAccessRequestsResponse]:
    """List a team's pending access requests

     Lists the access requests of one team that still wait for a decision. Pages are
    cursor-based: pass `metadata.nextCursor` as `cursor` to get the next page; the last page
    has a null `nextCursor`.

    Args:
        team_id (int):
        cursor (str | Unset):
        limit (int | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamAccessRequestsResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        cursor=cursor,
        limit=limit,
        identifier_type=identifier_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> GetTeamAccessRequestsResponse | None:
    """List a team's pending access requests

     Lists the access requests of one team that still wait for a decision. Pages are
    cursor-based: pass `metadata.nextCursor` as `cursor` to get the next page; the last page
    has a null `nextCursor`.

    Args:
        team_id (int):
        cursor (str | Unset):
        limit (int | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamAccessRequestsResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            cursor=cursor,
            limit=limit,
            identifier_type=identifier_type,
        )
    ).parsed
