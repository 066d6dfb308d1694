from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_teams_response import GetTeamsResponse
from ...models.team_identifier_type import TeamIdentifierType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    settings: bool | Unset = UNSET,
    user_roles: bool | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(identifier_type, Unset):
        headers["identifierType"] = str(identifier_type)

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["settings"] = settings

    params["userRoles"] = user_roles

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/teams",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTeamsResponse | None:
    if response.status_code == 200:
        response_200 = GetTeamsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTeamsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    settings: bool | Unset = UNSET,
    user_roles: bool | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[GetTeamsResponse]:
    """List the organization's teams

     Lists the teams of the key owner's organization with their member counts. Pages are
    cursor-based: pass `metadata.nextCursor` of one page as `cursor` to get the next; the last
    page has a null `nextCursor`. Postman does not describe the shape of what `settings` and
    `userRoles` add; the generated models keep it among their additional properties.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        settings (bool | Unset):
        user_roles (bool | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        settings=settings,
        user_roles=user_roles,
        identifier_type=identifier_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    settings: bool | Unset = UNSET,
    user_roles: bool | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> GetTeamsResponse | None:
    """List the organization's teams

     Lists the teams of the key owner's organization with their member counts. Pages are
    cursor-based: pass `metadata.nextCursor` of one page as `cursor` to get the next; the last
    page has a null `nextCursor`. Postman does not describe the shape of what `settings` and
    `userRoles` add; the generated models keep it among their additional properties.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        settings (bool | Unset):
        user_roles (bool | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        settings=settings,
        user_roles=user_roles,
        identifier_type=identifier_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    settings: bool | Unset = UNSET,
    user_roles: bool | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> Response[GetTeamsResponse]:
    """List the organization's teams

     Lists the teams of the key owner's organization with their member counts. Pages are
    cursor-based: pass `metadata.nextCursor` of one page as `cursor` to get the next; the last
    page has a null `nextCursor`. Postman does not describe the shape of what `settings` and
    `userRoles` add; the generated models keep it among their additional properties.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        settings (bool | Unset):
        user_roles (bool | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        settings=settings,
        user_roles=user_roles,
        identifier_type=identifier_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    settings: bool | Unset = UNSET,
    user_roles: bool | Unset = UNSET,
    identifier_type: TeamIdentifierType | Unset = UNSET,
) -> GetTeamsResponse | None:
    """List the organization's teams

     Lists the teams of the key owner's organization with their member counts. Pages are
    cursor-based: pass `metadata.nextCursor` of one page as `cursor` to get the next; the last
    page has a null `nextCursor`. Postman does not describe the shape of what `settings` and
    `userRoles` add; the generated models keep it among their additional properties.

    Args:
        cursor (str | Unset):
        limit (int | Unset):
        settings (bool | Unset):
        user_roles (bool | Unset):
        identifier_type (TeamIdentifierType | Unset): Which ids the Teams endpoints speak: `scim`
            for SCIM ids (Postman ids when the header is absent).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            settings=settings,
            user_roles=user_roles,
            identifier_type=identifier_type,
        )
    ).parsed
