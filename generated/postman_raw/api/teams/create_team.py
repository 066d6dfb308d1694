from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_team_request import CreateTeamRequest
from ...models.create_team_response import CreateTeamResponse
from ...models.team_identifier_type import TeamIdentifierType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    body: CreateTeamRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(identifier_type, Unset):
        headers["identifierType"] = str(identifier_type)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateTeamResponse | None:
    if response.status_code == 200:
        response_200 = CreateTeamResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateTeamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTeamRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[CreateTeamResponse]:
    """Create a team in the organization

     Adds a new team to the key owner's organization. The name may hold only letters, digits
    and spaces, and must not already be used by another team of the organization.

    Args:
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (CreateTeamRequest): Body of POST /teams.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTeamResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        identifier_type=identifier_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTeamRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> CreateTeamResponse | None:
    """Create a team in the organization

     Adds a new team to the key owner's organization. The name may hold only letters, digits
    and spaces, and must not already be used by another team of the organization.

    Args:
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (CreateTeamRequest): Body of POST /teams.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTeamResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        identifier_type=identifier_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTeamRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[CreateTeamResponse]:
    """Create a team in the organization

     Adds a new team to the key owner's organization. The name may hold only letters, digits
    and spaces, and must not already be used by another team of the organization.

    Args:
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (CreateTeamRequest): Body of POST /teams.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTeamResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        identifier_type=identifier_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTeamRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> CreateTeamResponse | None:
    """Create a team in the organization

     Adds a new team to the key owner's organization. The name may hold only letters, digits
    and spaces, and must not already be used by another team of the organization.

    Args:
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (CreateTeamRequest): Body of POST /teams.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTeamResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            identifier_type=identifier_type,
        )
    ).parsed
