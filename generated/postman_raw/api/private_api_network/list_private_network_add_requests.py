import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> ListPrivateNetworkAddRequestsResponse | None:
    if response.status_code == 200:
        response_200 = ListPrivateNetworkAddRequestsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPrivateNetworkAddRequestsResponse]:
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
) -> Response[ListPrivateNetworkAddRequestsResponse]:
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
        Response[ListPrivateNetworkAddRequestsResponse]
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
) -> ListPrivateNetworkAddRequestsResponse | None:
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
        ListPrivateNetworkAddRequestsResponse
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
) -> Response[ListPrivateNetworkAddRequestsResponse]:
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
        Response[ListPrivateNetworkAddRequestsResponse]
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
) -> ListPrivateNetworkAddRequestsResponse | None:
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
        ListPrivateNetworkAddRequestsResponse
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
