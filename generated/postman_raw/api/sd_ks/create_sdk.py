from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sdk_request import CreateSdkRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSdkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sdks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 202:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSdkRequest,
) -> Response[Any]:
    """Start generating an SDK

     Starts generating one SDK, in one language, from a collection or spec. The work runs in
    the background: the response carries no body, only a `Location` header pointing at the
    new SDK. Poll GET /sdks/{sdkId} (or GET /sdks with `sdkIds`) until `buildStatus` is
    `succeeded` or `failed`, then fetch the archive with GET /sdks/{sdkId}/downloads.

    Only the options object that matches `language` is read (`pythonOptions` for
    `python`, and so on); the others are ignored. Without one, names are derived from the
    source and its workspace.

    Args:
        body (CreateSdkRequest): Body of POST /sdks. Only the options object that matches
            `language` is read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSdkRequest,
) -> Response[Any]:
    """Start generating an SDK

     Starts generating one SDK, in one language, from a collection or spec. The work runs in
    the background: the response carries no body, only a `Location` header pointing at the
    new SDK. Poll GET /sdks/{sdkId} (or GET /sdks with `sdkIds`) until `buildStatus` is
    `succeeded` or `failed`, then fetch the archive with GET /sdks/{sdkId}/downloads.

    Only the options object that matches `language` is read (`pythonOptions` for
    `python`, and so on); the others are ignored. Without one, names are derived from the
    source and its workspace.

    Args:
        body (CreateSdkRequest): Body of POST /sdks. Only the options object that matches
            `language` is read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
