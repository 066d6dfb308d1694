from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.respond_private_network_add_request_request import RespondPrivateNetworkAddRequestRequest
from ...models.respond_private_network_add_request_response import RespondPrivateNetworkAddRequestResponse
from ...types import Response, parse_json


def _get_kwargs(
    request_id: int,
    *,
    body: RespondPrivateNetworkAddRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/network/private/network-entity/request/{request_id}".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RespondPrivateNetworkAddRequestResponse | None:
    if response.status_code == 200:
        response_200 = RespondPrivateNetworkAddRequestResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RespondPrivateNetworkAddRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RespondPrivateNetworkAddRequestRequest,
) -> Response[RespondPrivateNetworkAddRequestResponse]:
    """Approve or deny a request to publish a workspace

     Approves or denies a member's request to publish a workspace. An approved workspace
    appears in the Private API Network at once; a denial may carry a message for the
    requester. Only team managers may respond. Enterprise plans only.

    Args:
        request_id (int):
        body (RespondPrivateNetworkAddRequestRequest): Body of PUT /network/private/network-
            entity/request/{requestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespondPrivateNetworkAddRequestResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RespondPrivateNetworkAddRequestRequest,
) -> RespondPrivateNetworkAddRequestResponse | None:
    """Approve or deny a request to publish a workspace

     Approves or denies a member's request to publish a workspace. An approved workspace
    appears in the Private API Network at once; a denial may carry a message for the
    requester. Only team managers may respond. Enterprise plans only.

    Args:
        request_id (int):
        body (RespondPrivateNetworkAddRequestRequest): Body of PUT /network/private/network-
            entity/request/{requestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespondPrivateNetworkAddRequestResponse
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RespondPrivateNetworkAddRequestRequest,
) -> Response[RespondPrivateNetworkAddRequestResponse]:
    """Approve or deny a request to publish a workspace

     Approves or denies a member's request to publish a workspace. An approved workspace
    appears in the Private API Network at once; a denial may carry a message for the
    requester. Only team managers may respond. Enterprise plans only.

    Args:
        request_id (int):
        body (RespondPrivateNetworkAddRequestRequest): Body of PUT /network/private/network-
            entity/request/{requestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RespondPrivateNetworkAddRequestResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RespondPrivateNetworkAddRequestRequest,
) -> RespondPrivateNetworkAddRequestResponse | None:
    """Approve or deny a request to publish a workspace

     Approves or denies a member's request to publish a workspace. An approved workspace
    appears in the Private API Network at once; a denial may carry a message for the
    requester. Only team managers may respond. Enterprise plans only.

    Args:
        request_id (int):
        body (RespondPrivateNetworkAddRequestRequest): Body of PUT /network/private/network-
            entity/request/{requestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespondPrivateNetworkAddRequestResponse
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
            body=body,
        )
    ).parsed
