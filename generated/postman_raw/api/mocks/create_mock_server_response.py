from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_mock_server_response_request import CreateMockServerResponseRequest
from ...models.mock_server_response import MockServerResponse
from ...types import Response, parse_json


def _get_kwargs(
    mock_id: str,
    *,
    body: CreateMockServerResponseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mocks/{mock_id}/server-responses".format(
            mock_id=quote(str(mock_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateMockServerResponseRequest,
) -> Response[MockServerResponse]:
    """Create a server response

     Adds a server response to a mock server: a fixed 5xx answer (500, 503, ...) that
    simulates a server-level failure on every path without editing the collection's
    examples. A mock server may hold several server responses, but at most one is active
    at a time; while one is active (see `config.serverResponseId` of PUT /mocks/{mockId}),
    every call to the mock server receives it.

    Args:
        mock_id (str):
        body (CreateMockServerResponseRequest): Body of POST /mocks/{mockId}/server-responses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MockServerResponse]
    """

    kwargs = _get_kwargs(
        mock_id=mock_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMockServerResponseRequest,
) -> MockServerResponse | None:
    """Create a server response

     Adds a server response to a mock server: a fixed 5xx answer (500, 503, ...) that
    simulates a server-level failure on every path without editing the collection's
    examples. A mock server may hold several server responses, but at most one is active
    at a time; while one is active (see `config.serverResponseId` of PUT /mocks/{mockId}),
    every call to the mock server receives it.

    Args:
        mock_id (str):
        body (CreateMockServerResponseRequest): Body of POST /mocks/{mockId}/server-responses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MockServerResponse
    """

    return sync_detailed(
        mock_id=mock_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMockServerResponseRequest,
) -> Response[MockServerResponse]:
    """Create a server response

     Adds a server response to a mock server: a fixed 5xx answer (500, 503, ...) that
    simulates a server-level failure on every path without editing the collection's
    examples. A mock server may hold several server responses, but at most one is active
    at a time; while one is active (see `config.serverResponseId` of PUT /mocks/{mockId}),
    every call to the mock server receives it.

    Args:
        mock_id (str):
        body (CreateMockServerResponseRequest): Body of POST /mocks/{mockId}/server-responses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MockServerResponse]
    """

    kwargs = _get_kwargs(
        mock_id=mock_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMockServerResponseRequest,
) -> MockServerResponse | None:
    """Create a server response

     Adds a server response to a mock server: a fixed 5xx answer (500, 503, ...) that
    simulates a server-level failure on every path without editing the collection's
    examples. A mock server may hold several server responses, but at most one is active
    at a time; while one is active (see `config.serverResponseId` of PUT /mocks/{mockId}),
    every call to the mock server receives it.

    Args:
        mock_id (str):
        body (CreateMockServerResponseRequest): Body of POST /mocks/{mockId}/server-responses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MockServerResponse
    """

    return (
        await asyncio_detailed(
            mock_id=mock_id,
            client=client,
            body=body,
        )
    ).parsed
