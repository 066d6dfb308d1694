from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mock_server_response import MockServerResponse
from ...types import Response, parse_json


def _get_kwargs(
    mock_id: str,
    server_response_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mocks/{mock_id}/server-responses/{server_response_id}".format(
            mock_id=quote(str(mock_id), safe=""),
            server_response_id=quote(str(server_response_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MockServerResponse | None:
    if response.status_code == 200:
        response_200 = MockServerResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MockServerResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mock_id: str,
    server_response_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MockServerResponse]:
    """Get a server response

     Returns one server response of a mock server, with its headers and body.

    Args:
        mock_id (str):
        server_response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MockServerResponse]
    """

    kwargs = _get_kwargs(
        mock_id=mock_id,
        server_response_id=server_response_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mock_id: str,
    server_response_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MockServerResponse | None:
    """Get a server response

     Returns one server response of a mock server, with its headers and body.

    Args:
        mock_id (str):
        server_response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MockServerResponse
    """

    return sync_detailed(
        mock_id=mock_id,
        server_response_id=server_response_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mock_id: str,
    server_response_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MockServerResponse]:
    """Get a server response

     Returns one server response of a mock server, with its headers and body.

    Args:
        mock_id (str):
        server_response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MockServerResponse]
    """

    kwargs = _get_kwargs(
        mock_id=mock_id,
        server_response_id=server_response_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mock_id: str,
    server_response_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MockServerResponse | None:
    """Get a server response

     Returns one server response of a mock server, with its headers and body.

    Args:
        mock_id (str):
        server_response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MockServerResponse
    """

    return (
        await asyncio_detailed(
            mock_id=mock_id,
            server_response_id=server_response_id,
            client=client,
        )
    ).parsed
