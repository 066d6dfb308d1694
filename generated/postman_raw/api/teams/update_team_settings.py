from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team_settings_result import TeamSettingsResult
from ...models.update_team_settings_request import UpdateTeamSettingsRequest
from ...types import Response, parse_json


def _get_kwargs(
    team_id: int,
    *,
    body: UpdateTeamSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/teams/{team_id}/settings".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TeamSettingsResult | None:
    if response.status_code == 200:
        response_200 = TeamSettingsResult.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TeamSettingsResult]:
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
    body: UpdateTeamSettingsRequest,
) -> Response[TeamSettingsResult]:
    """Change a team's settings

     Turns the approval steps for new members and new collaborators on or off.

    Args:
        team_id (int):
        body (UpdateTeamSettingsRequest): Body of PUT /teams/{teamId}/settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamSettingsResult]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamSettingsRequest,
) -> TeamSettingsResult | None:
    """Change a team's settings

     Turns the approval steps for new members and new collaborators on or off.

    Args:
        team_id (int):
        body (UpdateTeamSettingsRequest): Body of PUT /teams/{teamId}/settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamSettingsResult
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamSettingsRequest,
) -> Response[TeamSettingsResult]:
    """Change a team's settings

     Turns the approval steps for new members and new collaborators on or off.

    Args:
        team_id (int):
        body (UpdateTeamSettingsRequest): Body of PUT /teams/{teamId}/settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TeamSettingsResult]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTeamSettingsRequest,
) -> TeamSettingsResult | None:
    """Change a team's settings

     Turns the approval steps for new members and new collaborators on or off.

    Args:
        team_id (int):
        body (UpdateTeamSettingsRequest): Body of PUT /teams/{teamId}/settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TeamSettingsResult
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
