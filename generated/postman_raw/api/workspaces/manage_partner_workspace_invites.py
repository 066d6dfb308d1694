from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partner_invite_outcome import PartnerInviteOutcome
from ...models.partner_removal_outcome import PartnerRemovalOutcome
from ...models.partner_team_removal import PartnerTeamRemoval
from ...models.partner_workspace_invite import PartnerWorkspaceInvite
from ...models.partner_workspace_removal import PartnerWorkspaceRemoval
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invitations",
    }

    if isinstance(body, PartnerWorkspaceInvite):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PartnerWorkspaceRemoval):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnerInviteOutcome | PartnerRemovalOutcome | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> PartnerInviteOutcome | PartnerRemovalOutcome:
            try:
                if not PartnerInviteOutcome._matches(data):
                    raise TypeError()
                componentsschemas_manage_partner_workspace_invites_response_type_0 = PartnerInviteOutcome.from_dict(
                    data
                )

                return componentsschemas_manage_partner_workspace_invites_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_manage_partner_workspace_invites_response_type_1 = PartnerRemovalOutcome.from_dict(data)

            return componentsschemas_manage_partner_workspace_invites_response_type_1

        response_200 = _parse_response_200(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PartnerInviteOutcome | PartnerRemovalOutcome]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval,
) -> Response[PartnerInviteOutcome | PartnerRemovalOutcome]:
    """Invite partners to, or remove them from, Partner Workspaces

     One endpoint for three actions, chosen by `action` and `targetEntity`:

    - `invite_partner` on a `workspace`: invites the email addresses to a Partner Workspace.
      People already in the partnership join at once; everyone else gets an email.
    - `remove_partner` on a `workspace`: takes the listed partners out of that workspace.
    - `remove_partner` on a `team`: ends the listed partners' partnership with the team,
      which also removes them from every Partner Workspace of the team.

    Team and Enterprise plans only. On Team plans inviting and removing from a workspace needs
    the Workspace Editor role and removing from the whole partnership needs Admin; on
    Enterprise plans the Partner Manager role can do all three.

    Args:
        body (PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval): Body of POST
            /invitations; which member applies is set by `action` and `targetEntity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerInviteOutcome | PartnerRemovalOutcome]
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
    body: PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval,
) -> PartnerInviteOutcome | PartnerRemovalOutcome | None:
    """Invite partners to, or remove them from, Partner Workspaces

     One endpoint for three actions, chosen by `action` and `targetEntity`:

    - `invite_partner` on a `workspace`: invites the email addresses to a Partner Workspace.
      People already in the partnership join at once; everyone else gets an email.
    - `remove_partner` on a `workspace`: takes the listed partners out of that workspace.
    - `remove_partner` on a `team`: ends the listed partners' partnership with the team,
      which also removes them from every Partner Workspace of the team.

    Team and Enterprise plans only. On Team plans inviting and removing from a workspace needs
    the Workspace Editor role and removing from the whole partnership needs Admin; on
    Enterprise plans the Partner Manager role can do all three.

    Args:
        body (PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval): Body of POST
            /invitations; which member applies is set by `action` and `targetEntity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerInviteOutcome | PartnerRemovalOutcome
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval,
) -> Response[PartnerInviteOutcome | PartnerRemovalOutcome]:
    """Invite partners to, or remove them from, Partner Workspaces

     One endpoint for three actions, chosen by `action` and `targetEntity`:

    - `invite_partner` on a `workspace`: invites the email addresses to a Partner Workspace.
      People already in the partnership join at once; everyone else gets an email.
    - `remove_partner` on a `workspace`: takes the listed partners out of that workspace.
    - `remove_partner` on a `team`: ends the listed partners' partnership with the team,
      which also removes them from every Partner Workspace of the team.

    Team and Enterprise plans only. On Team plans inviting and removing from a workspace needs
    the Workspace Editor role and removing from the whole partnership needs Admin; on
    Enterprise plans the Partner Manager role can do all three.

    Args:
        body (PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval): Body of POST
            /invitations; which member applies is set by `action` and `targetEntity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerInviteOutcome | PartnerRemovalOutcome]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval,
) -> PartnerInviteOutcome | PartnerRemovalOutcome | None:
    """Invite partners to, or remove them from, Partner Workspaces

     One endpoint for three actions, chosen by `action` and `targetEntity`:

    - `invite_partner` on a `workspace`: invites the email addresses to a Partner Workspace.
      People already in the partnership join at once; everyone else gets an email.
    - `remove_partner` on a `workspace`: takes the listed partners out of that workspace.
    - `remove_partner` on a `team`: ends the listed partners' partnership with the team,
      which also removes them from every Partner Workspace of the team.

    Team and Enterprise plans only. On Team plans inviting and removing from a workspace needs
    the Workspace Editor role and removing from the whole partnership needs Admin; on
    Enterprise plans the Partner Manager role can do all three.

    Args:
        body (PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval): Body of POST
            /invitations; which member applies is set by `action` and `targetEntity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerInviteOutcome | PartnerRemovalOutcome
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
