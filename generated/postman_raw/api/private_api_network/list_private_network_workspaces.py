import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.error_name_message import ErrorNameMessage
from ...models.list_private_network_workspaces_direction import (
    ListPrivateNetworkWorkspacesDirection,
)
from ...models.list_private_network_workspaces_response import ListPrivateNetworkWorkspacesResponse
from ...models.list_private_network_workspaces_sort import (
    ListPrivateNetworkWorkspacesSort,
)
from ...models.list_private_network_workspaces_type import (
    ListPrivateNetworkWorkspacesType,
)
from ...models.problem_detail import ProblemDetail
from ...models.rate_limited_body import RateLimitedBody
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    type_: ListPrivateNetworkWorkspacesType | Unset = UNSET,
    name: str | Unset = UNSET,
    summary: str | Unset = UNSET,
    description: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    added_by: int | Unset = UNSET,
    sort: ListPrivateNetworkWorkspacesSort | Unset = UNSET,
    direction: ListPrivateNetworkWorkspacesDirection | Unset = UNSET,
    created_by: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    parent_folder_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["name"] = name

    params["summary"] = summary

    params["description"] = description

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = datetime_text(since)
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = datetime_text(until)
    params["until"] = json_until

    params["addedBy"] = added_by

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["createdBy"] = created_by

    params["offset"] = offset

    params["limit"] = limit

    params["parentFolderId"] = parent_folder_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/network/private",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkWorkspacesResponse
    | None
):
    if response.status_code == 200:
        response_200 = ListPrivateNetworkWorkspacesResponse.from_dict(parse_json(response))

        return response_200

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_401 = _parse_response_401(parse_json(response))

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_403 = _parse_response_403(parse_json(response))

        return response_403

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_too_many_requests_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not RateLimitedBody._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_1 = RateLimitedBody.from_dict(data)

                return componentsschemas_too_many_requests_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_2 = ErrorNameMessage.from_dict(data)

                return componentsschemas_too_many_requests_body_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_too_many_requests_body_type_3 = ProblemDetail.from_dict(data)

            return componentsschemas_too_many_requests_body_type_3

        response_429 = _parse_response_429(parse_json(response))

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_500 = _parse_response_500(parse_json(response))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkWorkspacesResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListPrivateNetworkWorkspacesType | Unset = UNSET,
    name: str | Unset = UNSET,
    summary: str | Unset = UNSET,
    description: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    added_by: int | Unset = UNSET,
    sort: ListPrivateNetworkWorkspacesSort | Unset = UNSET,
    direction: ListPrivateNetworkWorkspacesDirection | Unset = UNSET,
    created_by: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    parent_folder_id: int | Unset = UNSET,
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkWorkspacesResponse
]:
    """List the workspaces in the Private API Network

     Lists the workspaces published in the team's Private API Network, optionally filtered
    by name, summary, description, publisher, creator or creation time. Pages are taken
    with `offset` and `limit`; `meta.totalCount` gives the number of matches.
    Enterprise plans only.

    Args:
        type_ (ListPrivateNetworkWorkspacesType | Unset):
        name (str | Unset):
        summary (str | Unset):
        description (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        added_by (int | Unset):
        sort (ListPrivateNetworkWorkspacesSort | Unset):
        direction (ListPrivateNetworkWorkspacesDirection | Unset):
        created_by (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        parent_folder_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | ListPrivateNetworkWorkspacesResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        name=name,
        summary=summary,
        description=description,
        since=since,
        until=until,
        added_by=added_by,
        sort=sort,
        direction=direction,
        created_by=created_by,
        offset=offset,
        limit=limit,
        parent_folder_id=parent_folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ListPrivateNetworkWorkspacesType | Unset = UNSET,
    name: str | Unset = UNSET,
    summary: str | Unset = UNSET,
    description: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    added_by: int | Unset = UNSET,
    sort: ListPrivateNetworkWorkspacesSort | Unset = UNSET,
    direction: ListPrivateNetworkWorkspacesDirection | Unset = UNSET,
    created_by: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    parent_folder_id: int | Unset = UNSET,
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkWorkspacesResponse
    | None
):
    """List the workspaces in the Private API Network

     Lists the workspaces published in the team's Private API Network, optionally filtered
    by name, summary, description, publisher, creator or creation time. Pages are taken
    with `offset` and `limit`; `meta.totalCount` gives the number of matches.
    Enterprise plans only.

    Args:
        type_ (ListPrivateNetworkWorkspacesType | Unset):
        name (str | Unset):
        summary (str | Unset):
        description (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        added_by (int | Unset):
        sort (ListPrivateNetworkWorkspacesSort | Unset):
        direction (ListPrivateNetworkWorkspacesDirection | Unset):
        created_by (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        parent_folder_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | ListPrivateNetworkWorkspacesResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        name=name,
        summary=summary,
        description=description,
        since=since,
        until=until,
        added_by=added_by,
        sort=sort,
        direction=direction,
        created_by=created_by,
        offset=offset,
        limit=limit,
        parent_folder_id=parent_folder_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListPrivateNetworkWorkspacesType | Unset = UNSET,
    name: str | Unset = UNSET,
    summary: str | Unset = UNSET,
    description: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    added_by: int | Unset = UNSET,
    sort: ListPrivateNetworkWorkspacesSort | Unset = UNSET,
    direction: ListPrivateNetworkWorkspacesDirection | Unset = UNSET,
    created_by: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    parent_folder_id: int | Unset = UNSET,
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkWorkspacesResponse
]:
    """List the workspaces in the Private API Network

     Lists the workspaces published in the team's Private API Network, optionally filtered
    by name, summary, description, publisher, creator or creation time. Pages are taken
    with `offset` and `limit`; `meta.totalCount` gives the number of matches.
    Enterprise plans only.

    Args:
        type_ (ListPrivateNetworkWorkspacesType | Unset):
        name (str | Unset):
        summary (str | Unset):
        description (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        added_by (int | Unset):
        sort (ListPrivateNetworkWorkspacesSort | Unset):
        direction (ListPrivateNetworkWorkspacesDirection | Unset):
        created_by (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        parent_folder_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | ListPrivateNetworkWorkspacesResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        name=name,
        summary=summary,
        description=description,
        since=since,
        until=until,
        added_by=added_by,
        sort=sort,
        direction=direction,
        created_by=created_by,
        offset=offset,
        limit=limit,
        parent_folder_id=parent_folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ListPrivateNetworkWorkspacesType | Unset = UNSET,
    name: str | Unset = UNSET,
    summary: str | Unset = UNSET,
    description: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    added_by: int | Unset = UNSET,
    sort: ListPrivateNetworkWorkspacesSort | Unset = UNSET,
    direction: ListPrivateNetworkWorkspacesDirection | Unset = UNSET,
    created_by: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    parent_folder_id: int | Unset = UNSET,
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkWorkspacesResponse
    | None
):
    """List the workspaces in the Private API Network

     Lists the workspaces published in the team's Private API Network, optionally filtered
    by name, summary, description, publisher, creator or creation time. Pages are taken
    with `offset` and `limit`; `meta.totalCount` gives the number of matches.
    Enterprise plans only.

    Args:
        type_ (ListPrivateNetworkWorkspacesType | Unset):
        name (str | Unset):
        summary (str | Unset):
        description (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        added_by (int | Unset):
        sort (ListPrivateNetworkWorkspacesSort | Unset):
        direction (ListPrivateNetworkWorkspacesDirection | Unset):
        created_by (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        parent_folder_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | ListPrivateNetworkWorkspacesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            name=name,
            summary=summary,
            description=description,
            since=since,
            until=until,
            added_by=added_by,
            sort=sort,
            direction=direction,
            created_by=created_by,
            offset=offset,
            limit=limit,
            parent_folder_id=parent_folder_id,
        )
    ).parsed
