from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_workspace_to_private_network_request import AddWorkspaceToPrivateNetworkRequest
from ...models.private_network_element import PrivateNetworkElement
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: AddWorkspaceToPrivateNetworkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/network/private",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PrivateNetworkElement | None:
    if response.status_code == 201:
        response_201 = PrivateNetworkElement.from_dict(parse_json(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PrivateNetworkElement]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddWorkspaceToPrivateNetworkRequest,
) -> Response[PrivateNetworkElement]:
    """Publish a workspace in the Private API Network

     Publishes one of the team's workspaces in the Private API Network, where every team
    member can discover it. Enterprise plans only.

    Args:
        body (AddWorkspaceToPrivateNetworkRequest): Body of POST /network/private.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrivateNetworkElement]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddWorkspaceToPrivateNetworkRequest,
) -> PrivateNetworkElement | None:
    """Publish a workspace in the Private API Network

     Publishes one of the team's workspaces in the Private API Network, where every team
    member can discover it. Enterprise plans only.

    Args:
        body (AddWorkspaceToPrivateNetworkRequest): Body of POST /network/private.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrivateNetworkElement
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddWorkspaceToPrivateNetworkRequest,
) -> Response[PrivateNetworkElement]:
    """Publish a workspace in the Private API Network

     Publishes one of the team's workspaces in the Private API Network, where every team
    member can discover it. Enterprise plans only.

    Args:
        body (AddWorkspaceToPrivateNetworkRequest): Body of POST /network/private.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrivateNetworkElement]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddWorkspaceToPrivateNetworkRequest,
) -> PrivateNetworkElement | None:
    """Publish a workspace in the Private API Network

     Publishes one of the team's workspaces in the Private API Network, where every team
    member can discover it. Enterprise plans only.

    Args:
        body (AddWorkspaceToPrivateNetworkRequest): Body of POST /network/private.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrivateNetworkElement
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
