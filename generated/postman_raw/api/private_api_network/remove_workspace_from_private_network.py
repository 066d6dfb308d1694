from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.remove_workspace_from_private_network_response import RemoveWorkspaceFromPrivateNetworkResponse
from ...types import Response, parse_json


def _get_kwargs(
    workspace_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/network/private/workspace/{workspace_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RemoveWorkspaceFromPrivateNetworkResponse | None:
    if response.status_code == 200:
        response_200 = RemoveWorkspaceFromPrivateNetworkResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RemoveWorkspaceFromPrivateNetworkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RemoveWorkspaceFromPrivateNetworkResponse]:
    """Remove a workspace from the Private API Network

     Takes a workspace out of the Private API Network. The workspace itself and its
    contents are kept; it is only no longer listed in the network. Enterprise plans only.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveWorkspaceFromPrivateNetworkResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RemoveWorkspaceFromPrivateNetworkResponse | None:
    """Remove a workspace from the Private API Network

     Takes a workspace out of the Private API Network. The workspace itself and its
    contents are kept; it is only no longer listed in the network. Enterprise plans only.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveWorkspaceFromPrivateNetworkResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RemoveWorkspaceFromPrivateNetworkResponse]:
    """Remove a workspace from the Private API Network

     Takes a workspace out of the Private API Network. The workspace itself and its
    contents are kept; it is only no longer listed in the network. Enterprise plans only.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveWorkspaceFromPrivateNetworkResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RemoveWorkspaceFromPrivateNetworkResponse | None:
    """Remove a workspace from the Private API Network

     Takes a workspace out of the Private API Network. The workspace itself and its
    contents are kept; it is only no longer listed in the network. Enterprise plans only.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveWorkspaceFromPrivateNetworkResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
        )
    ).parsed
