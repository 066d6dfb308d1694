import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detected_secrets_queries_request import DetectedSecretsQueriesRequest
from ...models.detected_secrets_queries_response import DetectedSecretsQueriesResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    body: DetectedSecretsQueriesRequest | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["include"] = include

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = datetime_text(since)
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = datetime_text(until)
    params["until"] = json_until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/detected-secrets-queries",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetectedSecretsQueriesResponse | None:
    if response.status_code == 200:
        response_200 = DetectedSecretsQueriesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DetectedSecretsQueriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DetectedSecretsQueriesRequest | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> Response[DetectedSecretsQueriesResponse]:
    """Search detected secrets

     Searches the secrets the Secret Scanner found, one entry per secret and workspace (or
    resource). The body holds the filters; an empty body, or none, matches everything.
    Paging (`cursor`, `limit`) and the time window are query parameters; the next page's
    cursor is `meta.nextCursor`. Enterprise plans only.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        body (DetectedSecretsQueriesRequest | Unset): Body of POST /detected-secrets-queries.
            Every field narrows the search; `resources` and
            `workspaceIds` cannot be combined.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetectedSecretsQueriesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        cursor=cursor,
        include=include,
        since=since,
        until=until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DetectedSecretsQueriesRequest | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> DetectedSecretsQueriesResponse | None:
    """Search detected secrets

     Searches the secrets the Secret Scanner found, one entry per secret and workspace (or
    resource). The body holds the filters; an empty body, or none, matches everything.
    Paging (`cursor`, `limit`) and the time window are query parameters; the next page's
    cursor is `meta.nextCursor`. Enterprise plans only.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        body (DetectedSecretsQueriesRequest | Unset): Body of POST /detected-secrets-queries.
            Every field narrows the search; `resources` and
            `workspaceIds` cannot be combined.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetectedSecretsQueriesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        limit=limit,
        cursor=cursor,
        include=include,
        since=since,
        until=until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DetectedSecretsQueriesRequest | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> Response[DetectedSecretsQueriesResponse]:
    """Search detected secrets

     Searches the secrets the Secret Scanner found, one entry per secret and workspace (or
    resource). The body holds the filters; an empty body, or none, matches everything.
    Paging (`cursor`, `limit`) and the time window are query parameters; the next page's
    cursor is `meta.nextCursor`. Enterprise plans only.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        body (DetectedSecretsQueriesRequest | Unset): Body of POST /detected-secrets-queries.
            Every field narrows the search; `resources` and
            `workspaceIds` cannot be combined.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetectedSecretsQueriesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        cursor=cursor,
        include=include,
        since=since,
        until=until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DetectedSecretsQueriesRequest | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> DetectedSecretsQueriesResponse | None:
    """Search detected secrets

     Searches the secrets the Secret Scanner found, one entry per secret and workspace (or
    resource). The body holds the filters; an empty body, or none, matches everything.
    Paging (`cursor`, `limit`) and the time window are query parameters; the next page's
    cursor is `meta.nextCursor`. Enterprise plans only.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        body (DetectedSecretsQueriesRequest | Unset): Body of POST /detected-secrets-queries.
            Every field narrows the search; `resources` and
            `workspaceIds` cannot be combined.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetectedSecretsQueriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            limit=limit,
            cursor=cursor,
            include=include,
            since=since,
            until=until,
        )
    ).parsed
