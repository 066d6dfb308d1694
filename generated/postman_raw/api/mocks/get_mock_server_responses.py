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
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mocks/{mock_id}/server-responses".format(
            mock_id=quote(str(mock_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[MockServerResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = parse_json(response)
        if not isinstance(_response_200, list):
            raise wrong_type("an array", _response_200)
        for componentsschemas_mock_server_response_list_item_data in _response_200:
            componentsschemas_mock_server_response_list_item = MockServerResponse.from_dict(
                componentsschemas_mock_server_response_list_item_data
            )

            response_200.append(componentsschemas_mock_server_response_list_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[MockServerResponse]]:
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
) -> Response[list[MockServerResponse]]:
    """List a mock server's server responses

     Lists the server responses defined on a mock server. The list gives each one's
    name, status code and audit fields; get a single server response for its headers
    and body.

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[MockServerResponse]]
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
) -> list[MockServerResponse] | None:
    """List a mock server's server responses

     Lists the server responses defined on a mock server. The list gives each one's
    name, status code and audit fields; get a single server response for its headers
    and body.

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[MockServerResponse]
    """

    return sync_detailed(
        mock_id=mock_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[MockServerResponse]]:
    """List a mock server's server responses

     Lists the server responses defined on a mock server. The list gives each one's
    name, status code and audit fields; get a single server response for its headers
    and body.

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[MockServerResponse]]
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
) -> list[MockServerResponse] | None:
    """List a mock server's server responses

     Lists the server responses defined on a mock server. The list gives each one's
    name, status code and audit fields; get a single server response for its headers
    and body.

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[MockServerResponse]
    """

    return (
        await asyncio_detailed(
            mock_id=mock_id,
            client=client,
        )
    ).parsed
