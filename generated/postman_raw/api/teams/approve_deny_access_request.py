from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_deny_access_request_request import ApproveDenyAccessRequestRequest
from ...models.approve_deny_access_request_response import ApproveDenyAccessRequestResponse
from ...models.team_identifier_type import TeamIdentifierType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    team_id: int,
    request_id: int,
    *,
    body: ApproveDenyAccessRequestRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(identifier_type, Unset):
        headers["identifierType"] = str(identifier_type)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams/{team_id}/access-requests/{request_id}".format(
            team_id=quote(str(team_id), safe=""),
            request_id=quote(str(request_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApproveDenyAccessRequestResponse | None:
    if response.status_code == 200:
        response_200 = ApproveDenyAccessRequestResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApproveDenyAccessRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: int,
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApproveDenyAccessRequestRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[ApproveDenyAccessRequestResponse]:
    """Approve or deny an access request

     Decides one pending access request of the team. Approving grants the requested role at once.

    Args:
        team_id (int):
        request_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (ApproveDenyAccessRequestRequest): Body of POST /teams/{teamId}/access-
            requests/{requestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveDenyAccessRequestResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        request_id=request_id,
        body=body,
        identifier_type=identifier_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: int,
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApproveDenyAccessRequestRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> ApproveDenyAccessRequestResponse | None:
    """Approve or deny an access request

     Decides one pending access request of the team. Approving grants the requested role at once.

    Args:
        team_id (int):
        request_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (ApproveDenyAccessRequestRequest): Body of POST /teams/{teamId}/access-
            requests/{requestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveDenyAccessRequestResponse
    """

    return sync_detailed(
        team_id=team_id,
        request_id=request_id,
        client=client,
        body=body,
        identifier_type=identifier_type,
    ).parsed


async def asyncio_detailed(
    team_id: int,
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApproveDenyAccessRequestRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[ApproveDenyAccessRequestResponse]:
    """Approve or deny an access request

     Decides one pending access request of the team. Approving grants the requested role at once.

    Args:
        team_id (int):
        request_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (ApproveDenyAccessRequestRequest): Body of POST /teams/{teamId}/access-
            requests/{requestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveDenyAccessRequestResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        request_id=request_id,
        body=body,
        identifier_type=identifier_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: int,
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApproveDenyAccessRequestRequest,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> ApproveDenyAccessRequestResponse | None:
    """Approve or deny an access request

     Decides one pending access request of the team. Approving grants the requested role at once.

    Args:
        team_id (int):
        request_id (int):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).
        body (ApproveDenyAccessRequestRequest): Body of POST /teams/{teamId}/access-
            requests/{requestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveDenyAccessRequestResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            request_id=request_id,
            client=client,
            body=body,
            identifier_type=identifier_type,
        )
    ).parsed
