import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
) -> ListPrivateNetworkWorkspacesResponse | None:
    if response.status_code == 200:
        response_200 = ListPrivateNetworkWorkspacesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPrivateNetworkWorkspacesResponse]:
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
) -> Response[ListPrivateNetworkWorkspacesResponse]:
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
        Response[ListPrivateNetworkWorkspacesResponse]
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
) -> ListPrivateNetworkWorkspacesResponse | None:
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
        ListPrivateNetworkWorkspacesResponse
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
) -> Response[ListPrivateNetworkWorkspacesResponse]:
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
        Response[ListPrivateNetworkWorkspacesResponse]
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
) -> ListPrivateNetworkWorkspacesResponse | None:
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
        ListPrivateNetworkWorkspacesResponse
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
