from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_mock_response import GetMockResponse
from ...types import Response, parse_json


def _get_kwargs(
    mock_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mocks/{mock_id}".format(
            mock_id=quote(str(mock_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetMockResponse | None:
    if response.status_code == 200:
        response_200 = GetMockResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetMockResponse]:
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
) -> Response[GetMockResponse]:
    """Get a mock server

     Returns one mock server with its matching and delay settings.

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMockResponse]
    """

    kwargs = _get_kwargs(
        mock_id=mock_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetMockResponse | None:
    """Get a mock server

     Returns one mock server with its matching and delay settings.

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMockResponse
    """

    return sync_detailed(
        mock_id=mock_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetMockResponse]:
    """Get a mock server

     Returns one mock server with its matching and delay settings.

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMockResponse]
    """

    kwargs = _get_kwargs(
        mock_id=mock_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetMockResponse | None:
    """Get a mock server

     Returns one mock server with its matching and delay settings.

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMockResponse
    """

    return (
        await asyncio_detailed(
            mock_id=mock_id,
            client=client,
        )
    ).parsed
