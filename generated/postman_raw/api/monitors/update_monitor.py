from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_monitor_request import UpdateMonitorRequest
from ...models.update_monitor_response import UpdateMonitorResponse
from ...types import Response, parse_json


def _get_kwargs(
    monitor_id: str,
    *,
    body: UpdateMonitorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/monitors/{monitor_id}".format(
            monitor_id=quote(str(monitor_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateMonitorResponse | None:
    if response.status_code == 200:
        response_200 = UpdateMonitorResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateMonitorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMonitorRequest,
) -> Response[UpdateMonitorResponse]:
    """Update a monitor

     Changes the settings sent and leaves the others as they are; sending only
    `{"monitor": {"active": false}}` pauses a monitor. The collection and environment of a
    monitor cannot be changed.

    Args:
        monitor_id (str):
        body (UpdateMonitorRequest): Body of PUT /monitors/{monitorId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateMonitorResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMonitorRequest,
) -> UpdateMonitorResponse | None:
    """Update a monitor

     Changes the settings sent and leaves the others as they are; sending only
    `{"monitor": {"active": false}}` pauses a monitor. The collection and environment of a
    monitor cannot be changed.

    Args:
        monitor_id (str):
        body (UpdateMonitorRequest): Body of PUT /monitors/{monitorId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateMonitorResponse
    """

    return sync_detailed(
        monitor_id=monitor_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMonitorRequest,
) -> Response[UpdateMonitorResponse]:
    """Update a monitor

     Changes the settings sent and leaves the others as they are; sending only
    `{"monitor": {"active": false}}` pauses a monitor. The collection and environment of a
    monitor cannot be changed.

    Args:
        monitor_id (str):
        body (UpdateMonitorRequest): Body of PUT /monitors/{monitorId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateMonitorResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMonitorRequest,
) -> UpdateMonitorResponse | None:
    """Update a monitor

     Changes the settings sent and leaves the others as they are; sending only
    `{"monitor": {"active": false}}` pauses a monitor. The collection and environment of a
    monitor cannot be changed.

    Args:
        monitor_id (str):
        body (UpdateMonitorRequest): Body of PUT /monitors/{monitorId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateMonitorResponse
    """

    return (
        await asyncio_detailed(
            monitor_id=monitor_id,
            client=client,
            body=body,
        )
    ).parsed
