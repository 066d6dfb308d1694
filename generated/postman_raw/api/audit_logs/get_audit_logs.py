import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_audit_logs_order_by import GetAuditLogsOrderBy
from ...models.get_audit_logs_response import GetAuditLogsResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    user_id: int | Unset = UNSET,
    action: str | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    until: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    orderBy: GetAuditLogsOrderBy | Unset = UNSET,
    order_by: GetAuditLogsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params["action"] = action

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = datetime_text(since)
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = datetime_text(until)
    params["until"] = json_until

    params["limit"] = limit

    params["cursor"] = cursor

    json_orderBy: str | Unset = UNSET
    if not isinstance(orderBy, Unset):
        json_orderBy = orderBy

    params["orderBy"] = json_orderBy

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetAuditLogsResponse | None:
    if response.status_code == 200:
        response_200 = GetAuditLogsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAuditLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
    action: str | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    until: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    orderBy: GetAuditLogsOrderBy | Unset = UNSET,
    order_by: GetAuditLogsOrderBy | Unset = UNSET,
) -> Response[GetAuditLogsResponse]:
    """List the team's audit events

     Lists the audit events recorded for the key owner's team, newest first unless `orderBy`
    says otherwise, optionally only those of one user, of one action or within a date range.
    `limit` and `cursor` page through the events; Postman's description of the answer names
    no field carrying the next cursor, so any such field is kept in the generated model's
    additional properties.

    Args:
        user_id (int | Unset):
        action (str | Unset):
        since (datetime.date | Unset):
        until (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        orderBy (GetAuditLogsOrderBy | Unset):
        order_by (GetAuditLogsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAuditLogsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        action=action,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
        orderBy=orderBy,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
    action: str | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    until: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    orderBy: GetAuditLogsOrderBy | Unset = UNSET,
    order_by: GetAuditLogsOrderBy | Unset = UNSET,
) -> GetAuditLogsResponse | None:
    """List the team's audit events

     Lists the audit events recorded for the key owner's team, newest first unless `orderBy`
    says otherwise, optionally only those of one user, of one action or within a date range.
    `limit` and `cursor` page through the events; Postman's description of the answer names
    no field carrying the next cursor, so any such field is kept in the generated model's
    additional properties.

    Args:
        user_id (int | Unset):
        action (str | Unset):
        since (datetime.date | Unset):
        until (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        orderBy (GetAuditLogsOrderBy | Unset):
        order_by (GetAuditLogsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAuditLogsResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        action=action,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
        orderBy=orderBy,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
    action: str | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    until: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    orderBy: GetAuditLogsOrderBy | Unset = UNSET,
    order_by: GetAuditLogsOrderBy | Unset = UNSET,
) -> Response[GetAuditLogsResponse]:
    """List the team's audit events

     Lists the audit events recorded for the key owner's team, newest first unless `orderBy`
    says otherwise, optionally only those of one user, of one action or within a date range.
    `limit` and `cursor` page through the events; Postman's description of the answer names
    no field carrying the next cursor, so any such field is kept in the generated model's
    additional properties.

    Args:
        user_id (int | Unset):
        action (str | Unset):
        since (datetime.date | Unset):
        until (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        orderBy (GetAuditLogsOrderBy | Unset):
        order_by (GetAuditLogsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAuditLogsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        action=action,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
        orderBy=orderBy,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
    action: str | Unset = UNSET,
    since: datetime.date | Unset = UNSET,
    until: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    orderBy: GetAuditLogsOrderBy | Unset = UNSET,
    order_by: GetAuditLogsOrderBy | Unset = UNSET,
) -> GetAuditLogsResponse | None:
    """List the team's audit events

     Lists the audit events recorded for the key owner's team, newest first unless `orderBy`
    says otherwise, optionally only those of one user, of one action or within a date range.
    `limit` and `cursor` page through the events; Postman's description of the answer names
    no field carrying the next cursor, so any such field is kept in the generated model's
    additional properties.

    Args:
        user_id (int | Unset):
        action (str | Unset):
        since (datetime.date | Unset):
        until (datetime.date | Unset):
        limit (int | Unset):
        cursor (str | Unset):
        orderBy (GetAuditLogsOrderBy | Unset):
        order_by (GetAuditLogsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAuditLogsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            action=action,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
            orderBy=orderBy,
            order_by=order_by,
        )
    ).parsed
