import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.error_name_message import ErrorNameMessage
from ...models.get_mock_call_logs_direction import GetMockCallLogsDirection
from ...models.get_mock_call_logs_response import GetMockCallLogsResponse
from ...models.get_mock_call_logs_sort import GetMockCallLogsSort
from ...models.problem_detail import ProblemDetail
from ...models.rate_limited_body import RateLimitedBody
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
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetMockCallLogsResponse
    | None
):
    if response.status_code == 200:
        response_200 = GetMockCallLogsResponse.from_dict(parse_json(response))

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

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
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

        response_404 = _parse_response_404(parse_json(response))

        return response_404

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
    | GetMockCallLogsResponse
]:
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
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetMockCallLogsResponse
]:
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
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | GetMockCallLogsResponse]
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
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetMockCallLogsResponse
    | None
):
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
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | GetMockCallLogsResponse
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
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetMockCallLogsResponse
]:
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
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | GetMockCallLogsResponse]
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
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetMockCallLogsResponse
    | None
):
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
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | GetMockCallLogsResponse
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
