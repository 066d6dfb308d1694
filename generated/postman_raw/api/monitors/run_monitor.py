from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.run_monitor_accepted_response import RunMonitorAcceptedResponse
from ...models.run_monitor_response import RunMonitorResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    monitor_id: str,
    *,
    async_: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["async"] = async_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/monitors/{monitor_id}/run".format(
            monitor_id=quote(str(monitor_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RunMonitorAcceptedResponse | RunMonitorResponse | None:
    if response.status_code == 200:
        response_200 = RunMonitorResponse.from_dict(parse_json(response))

        return response_200

    if response.status_code == 202:
        response_202 = RunMonitorAcceptedResponse.from_dict(parse_json(response))

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunMonitorAcceptedResponse | RunMonitorResponse]:
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
    async_: bool | Unset = UNSET,
) -> Response[RunMonitorAcceptedResponse | RunMonitorResponse]:
    """Run a monitor now

     Starts a run of the monitor outside its schedule. A synchronous call that takes longer
    than 300 seconds is answered with 202 while the run goes on; its outcome then appears
    in `lastRun` of GET /monitors/{monitorId}. Passing `async=true` avoids the wait.

    Args:
        monitor_id (str):
        async_ (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunMonitorAcceptedResponse | RunMonitorResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        async_=async_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    async_: bool | Unset = UNSET,
) -> RunMonitorAcceptedResponse | RunMonitorResponse | None:
    """Run a monitor now

     Starts a run of the monitor outside its schedule. A synchronous call that takes longer
    than 300 seconds is answered with 202 while the run goes on; its outcome then appears
    in `lastRun` of GET /monitors/{monitorId}. Passing `async=true` avoids the wait.

    Args:
        monitor_id (str):
        async_ (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunMonitorAcceptedResponse | RunMonitorResponse
    """

    return sync_detailed(
        monitor_id=monitor_id,
        client=client,
        async_=async_,
    ).parsed


async def asyncio_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    async_: bool | Unset = UNSET,
) -> Response[RunMonitorAcceptedResponse | RunMonitorResponse]:
    """Run a monitor now

     Starts a run of the monitor outside its schedule. A synchronous call that takes longer
    than 300 seconds is answered with 202 while the run goes on; its outcome then appears
    in `lastRun` of GET /monitors/{monitorId}. Passing `async=true` avoids the wait.

    Args:
        monitor_id (str):
        async_ (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunMonitorAcceptedResponse | RunMonitorResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        async_=async_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    async_: bool | Unset = UNSET,
) -> RunMonitorAcceptedResponse | RunMonitorResponse | None:
    """Run a monitor now

     Starts a run of the monitor outside its schedule. A synchronous call that takes longer
    than 300 seconds is answered with 202 while the run goes on; its outcome then appears
    in `lastRun` of GET /monitors/{monitorId}. Passing `async=true` avoids the wait.

    Args:
        monitor_id (str):
        async_ (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunMonitorAcceptedResponse | RunMonitorResponse
    """

    return (
        await asyncio_detailed(
            monitor_id=monitor_id,
            client=client,
            async_=async_,
        )
    ).parsed
