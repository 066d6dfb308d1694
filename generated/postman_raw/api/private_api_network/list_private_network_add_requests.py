import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.error_name_message import ErrorNameMessage
from ...models.list_private_network_add_requests_direction import (
    ListPrivateNetworkAddRequestsDirection,
)
from ...models.list_private_network_add_requests_response import ListPrivateNetworkAddRequestsResponse
from ...models.list_private_network_add_requests_sort import (
    ListPrivateNetworkAddRequestsSort,
)
from ...models.list_private_network_add_requests_status import (
    ListPrivateNetworkAddRequestsStatus,
)
from ...models.list_private_network_add_requests_type import (
    ListPrivateNetworkAddRequestsType,
)
from ...models.problem_detail import ProblemDetail
from ...models.rate_limited_body import RateLimitedBody
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    requested_by: int | Unset = UNSET,
    type_: ListPrivateNetworkAddRequestsType | Unset = UNSET,
    status: ListPrivateNetworkAddRequestsStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    sort: ListPrivateNetworkAddRequestsSort | Unset = UNSET,
    direction: ListPrivateNetworkAddRequestsDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = datetime_text(since)
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = datetime_text(until)
    params["until"] = json_until

    params["requestedBy"] = requested_by

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["name"] = name

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/network/private/network-entity/request/all",
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
    | ListPrivateNetworkAddRequestsResponse
    | None
):
    if response.status_code == 200:
        response_200 = ListPrivateNetworkAddRequestsResponse.from_dict(parse_json(response))

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
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

        response_400 = _parse_response_400(parse_json(response))

        return response_400

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
    | ListPrivateNetworkAddRequestsResponse
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
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    requested_by: int | Unset = UNSET,
    type_: ListPrivateNetworkAddRequestsType | Unset = UNSET,
    status: ListPrivateNetworkAddRequestsStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    sort: ListPrivateNetworkAddRequestsSort | Unset = UNSET,
    direction: ListPrivateNetworkAddRequestsDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkAddRequestsResponse
]:
    """List requests to publish workspaces

     Lists the requests team members made to have a workspace published in the Private API
    Network, with the reply when one was denied with a message. Pages are taken with
    `offset` and `limit`. Enterprise plans only.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        requested_by (int | Unset):
        type_ (ListPrivateNetworkAddRequestsType | Unset):
        status (ListPrivateNetworkAddRequestsStatus | Unset):
        name (str | Unset):
        sort (ListPrivateNetworkAddRequestsSort | Unset):
        direction (ListPrivateNetworkAddRequestsDirection | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | ListPrivateNetworkAddRequestsResponse]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        requested_by=requested_by,
        type_=type_,
        status=status,
        name=name,
        sort=sort,
        direction=direction,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    requested_by: int | Unset = UNSET,
    type_: ListPrivateNetworkAddRequestsType | Unset = UNSET,
    status: ListPrivateNetworkAddRequestsStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    sort: ListPrivateNetworkAddRequestsSort | Unset = UNSET,
    direction: ListPrivateNetworkAddRequestsDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkAddRequestsResponse
    | None
):
    """List requests to publish workspaces

     Lists the requests team members made to have a workspace published in the Private API
    Network, with the reply when one was denied with a message. Pages are taken with
    `offset` and `limit`. Enterprise plans only.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        requested_by (int | Unset):
        type_ (ListPrivateNetworkAddRequestsType | Unset):
        status (ListPrivateNetworkAddRequestsStatus | Unset):
        name (str | Unset):
        sort (ListPrivateNetworkAddRequestsSort | Unset):
        direction (ListPrivateNetworkAddRequestsDirection | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | ListPrivateNetworkAddRequestsResponse
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
        requested_by=requested_by,
        type_=type_,
        status=status,
        name=name,
        sort=sort,
        direction=direction,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    requested_by: int | Unset = UNSET,
    type_: ListPrivateNetworkAddRequestsType | Unset = UNSET,
    status: ListPrivateNetworkAddRequestsStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    sort: ListPrivateNetworkAddRequestsSort | Unset = UNSET,
    direction: ListPrivateNetworkAddRequestsDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkAddRequestsResponse
]:
    """List requests to publish workspaces

     Lists the requests team members made to have a workspace published in the Private API
    Network, with the reply when one was denied with a message. Pages are taken with
    `offset` and `limit`. Enterprise plans only.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        requested_by (int | Unset):
        type_ (ListPrivateNetworkAddRequestsType | Unset):
        status (ListPrivateNetworkAddRequestsStatus | Unset):
        name (str | Unset):
        sort (ListPrivateNetworkAddRequestsSort | Unset):
        direction (ListPrivateNetworkAddRequestsDirection | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | ListPrivateNetworkAddRequestsResponse]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        requested_by=requested_by,
        type_=type_,
        status=status,
        name=name,
        sort=sort,
        direction=direction,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    requested_by: int | Unset = UNSET,
    type_: ListPrivateNetworkAddRequestsType | Unset = UNSET,
    status: ListPrivateNetworkAddRequestsStatus | Unset = UNSET,
    name: str | Unset = UNSET,
    sort: ListPrivateNetworkAddRequestsSort | Unset = UNSET,
    direction: ListPrivateNetworkAddRequestsDirection | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | ListPrivateNetworkAddRequestsResponse
    | None
):
    """List requests to publish workspaces

     Lists the requests team members made to have a workspace published in the Private API
    Network, with the reply when one was denied with a message. Pages are taken with
    `offset` and `limit`. Enterprise plans only.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        requested_by (int | Unset):
        type_ (ListPrivateNetworkAddRequestsType | Unset):
        status (ListPrivateNetworkAddRequestsStatus | Unset):
        name (str | Unset):
        sort (ListPrivateNetworkAddRequestsSort | Unset):
        direction (ListPrivateNetworkAddRequestsDirection | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | ListPrivateNetworkAddRequestsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
            requested_by=requested_by,
            type_=type_,
            status=status,
            name=name,
            sort=sort,
            direction=direction,
            offset=offset,
            limit=limit,
        )
    ).parsed
