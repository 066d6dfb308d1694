import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_mock_call_logs_direction import GetMockCallLogsDirection
from ...models.get_mock_call_logs_response import GetMockCallLogsResponse
from ...models.get_mock_call_logs_sort import GetMockCallLogsSort
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    mock_id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    response_status_code: int | Unset = UNSET,
    response_type: str | Unset = UNSET,
    request_method: str | Unset = UNSET,
    request_path: str | Unset = UNSET,
    sort: GetMockCallLogsSort | Unset = UNSET,
    direction: GetMockCallLogsDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = datetime_text(until)
    params["until"] = json_until

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = datetime_text(since)
    params["since"] = json_since

    params["responseStatusCode"] = response_status_code

    params["responseType"] = response_type

    params["requestMethod"] = request_method

    params["requestPath"] = request_path

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mocks/{mock_id}/call-logs".format(
            mock_id=quote(str(mock_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetMockCallLogsResponse | None:
    if response.status_code == 200:
        response_200 = GetMockCallLogsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetMockCallLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    response_status_code: int | Unset = UNSET,
    response_type: str | Unset = UNSET,
    request_method: str | Unset = UNSET,
    request_path: str | Unset = UNSET,
    sort: GetMockCallLogsSort | Unset = UNSET,
    direction: GetMockCallLogsDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[GetMockCallLogsResponse]:
    """List a mock server's call logs

     Returns the requests the mock server received and what it answered. One page holds at most 100
    entries or 6.5 MB, whichever is
    reached first; follow `meta.nextCursor` for more. Headers and bodies are left out
    unless asked for with `include`. Logs older than the plan's retention period are
    gone, and asking for them (`since`) is a 400.

    Args:
        mock_id (str):
        limit (int | Unset):
        cursor (str | Unset):
        until (datetime.datetime | Unset):
        since (datetime.datetime | Unset):
        response_status_code (int | Unset):
        response_type (str | Unset):
        request_method (str | Unset):
        request_path (str | Unset):
        sort (GetMockCallLogsSort | Unset):
        direction (GetMockCallLogsDirection | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMockCallLogsResponse]
    """

    kwargs = _get_kwargs(
        mock_id=mock_id,
        limit=limit,
        cursor=cursor,
        until=until,
        since=since,
        response_status_code=response_status_code,
        response_type=response_type,
        request_method=request_method,
        request_path=request_path,
        sort=sort,
        direction=direction,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    response_status_code: int | Unset = UNSET,
    response_type: str | Unset = UNSET,
    request_method: str | Unset = UNSET,
    request_path: str | Unset = UNSET,
    sort: GetMockCallLogsSort | Unset = UNSET,
    direction: GetMockCallLogsDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> GetMockCallLogsResponse | None:
    """List a mock server's call logs

     Returns the requests the mock server received and what it answered. One page holds at most 100
    entries or 6.5 MB, whichever is
    reached first; follow `meta.nextCursor` for more. Headers and bodies are left out
    unless asked for with `include`. Logs older than the plan's retention period are
    gone, and asking for them (`since`) is a 400.

    Args:
        mock_id (str):
        limit (int | Unset):
        cursor (str | Unset):
        until (datetime.datetime | Unset):
        since (datetime.datetime | Unset):
        response_status_code (int | Unset):
        response_type (str | Unset):
        request_method (str | Unset):
        request_path (str | Unset):
        sort (GetMockCallLogsSort | Unset):
        direction (GetMockCallLogsDirection | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMockCallLogsResponse
    """

    return sync_detailed(
        mock_id=mock_id,
        client=client,
        limit=limit,
        cursor=cursor,
        until=until,
        since=since,
        response_status_code=response_status_code,
        response_type=response_type,
        request_method=request_method,
        request_path=request_path,
        sort=sort,
        direction=direction,
        include=include,
    ).parsed


async def asyncio_detailed(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    response_status_code: int | Unset = UNSET,
    response_type: str | Unset = UNSET,
    request_method: str | Unset = UNSET,
    request_path: str | Unset = UNSET,
    sort: GetMockCallLogsSort | Unset = UNSET,
    direction: GetMockCallLogsDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[GetMockCallLogsResponse]:
    """List a mock server's call logs

     Returns the requests the mock server received and what it answered. One page holds at most 100
    entries or 6.5 MB, whichever is
    reached first; follow `meta.nextCursor` for more. Headers and bodies are left out
    unless asked for with `include`. Logs older than the plan's retention period are
    gone, and asking for them (`since`) is a 400.

    Args:
        mock_id (str):
        limit (int | Unset):
        cursor (str | Unset):
        until (datetime.datetime | Unset):
        since (datetime.datetime | Unset):
        response_status_code (int | Unset):
        response_type (str | Unset):
        request_method (str | Unset):
        request_path (str | Unset):
        sort (GetMockCallLogsSort | Unset):
        direction (GetMockCallLogsDirection | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMockCallLogsResponse]
    """

    kwargs = _get_kwargs(
        mock_id=mock_id,
        limit=limit,
        cursor=cursor,
        until=until,
        since=since,
        response_status_code=response_status_code,
        response_type=response_type,
        request_method=request_method,
        request_path=request_path,
        sort=sort,
        direction=direction,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    response_status_code: int | Unset = UNSET,
    response_type: str | Unset = UNSET,
    request_method: str | Unset = UNSET,
    request_path: str | Unset = UNSET,
    sort: GetMockCallLogsSort | Unset = UNSET,
    direction: GetMockCallLogsDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> GetMockCallLogsResponse | None:
    """List a mock server's call logs

     Returns the requests the mock server received and what it answered. One page holds at most 100
    entries or 6.5 MB, whichever is
    reached first; follow `meta.nextCursor` for more. Headers and bodies are left out
    unless asked for with `include`. Logs older than the plan's retention period are
    gone, and asking for them (`since`) is a 400.

    Args:
        mock_id (str):
        limit (int | Unset):
        cursor (str | Unset):
        until (datetime.datetime | Unset):
        since (datetime.datetime | Unset):
        response_status_code (int | Unset):
        response_type (str | Unset):
        request_method (str | Unset):
        request_path (str | Unset):
        sort (GetMockCallLogsSort | Unset):
        direction (GetMockCallLogsDirection | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMockCallLogsResponse
    """

    return (
        await asyncio_detailed(
            mock_id=mock_id,
            client=client,
            limit=limit,
            cursor=cursor,
            until=until,
            since=since,
            response_status_code=response_status_code,
            response_type=response_type,
            request_method=request_method,
            request_path=request_path,
            sort=sort,
            direction=direction,
            include=include,
        )
    ).parsed
