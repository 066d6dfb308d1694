from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_mock_server_response import DeletedMockServerResponse
from ...types import Response, parse_json


def _get_kwargs(
    mock_id: str,
    server_response_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mocks/{mock_id}/server-responses/{server_response_id}".format(
            mock_id=quote(str(mock_id), safe=""),
            server_response_id=quote(str(server_response_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedMockServerResponse | None:
    if response.status_code == 200:
        response_200 = DeletedMockServerResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletedMockServerResponse]:
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
) -> Response[DeletedMockServerResponse]:
    """Delete a server response

     Removes a server response from a mock server and returns what it was.

    Args:
        mock_id (str):
        server_response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedMockServerResponse]
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
) -> DeletedMockServerResponse | None:
    """Delete a server response

     Removes a server response from a mock server and returns what it was.

    Args:
        mock_id (str):
        server_response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedMockServerResponse
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
) -> Response[DeletedMockServerResponse]:
    """Delete a server response

     Removes a server response from a mock server and returns what it was.

    Args:
        mock_id (str):
        server_response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedMockServerResponse]
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
) -> DeletedMockServerResponse | None:
    """Delete a server response

     Removes a server response from a mock server and returns what it was.

    Args:
        mock_id (str):
        server_response_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedMockServerResponse
    """

    return (
        await asyncio_detailed(
            mock_id=mock_id,
            server_response_id=server_response_id,
            client=client,
        )
    ).parsed
