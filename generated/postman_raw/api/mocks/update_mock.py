from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_mock_request import UpdateMockRequest
from ...models.update_mock_response import UpdateMockResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    mock_id: str,
    *,
    body: UpdateMockRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/mocks/{mock_id}".format(
            mock_id=quote(str(mock_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateMockResponse | None:
    if response.status_code == 200:
        response_200 = UpdateMockResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UpdateMockResponse]:
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
    body: UpdateMockRequest | Unset = UNSET,
) -> Response[UpdateMockResponse]:
    """Update a mock server

     Changes a mock server's settings: its name, collection, environment, privacy or the
    active server response. Send at least one field. Setting `config.serverResponseId`
    to null switches the active server response off.

    Args:
        mock_id (str):
        body (UpdateMockRequest | Unset): Body of PUT /mocks/{mockId}; at least one field of
            `mock` must be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateMockResponse]
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
    body: UpdateMockRequest | Unset = UNSET,
) -> UpdateMockResponse | None:
    """Update a mock server

     Changes a mock server's settings: its name, collection, environment, privacy or the
    active server response. Send at least one field. Setting `config.serverResponseId`
    to null switches the active server response off.

    Args:
        mock_id (str):
        body (UpdateMockRequest | Unset): Body of PUT /mocks/{mockId}; at least one field of
            `mock` must be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateMockResponse
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
    body: UpdateMockRequest | Unset = UNSET,
) -> Response[UpdateMockResponse]:
    """Update a mock server

     Changes a mock server's settings: its name, collection, environment, privacy or the
    active server response. Send at least one field. Setting `config.serverResponseId`
    to null switches the active server response off.

    Args:
        mock_id (str):
        body (UpdateMockRequest | Unset): Body of PUT /mocks/{mockId}; at least one field of
            `mock` must be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateMockResponse]
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
    body: UpdateMockRequest | Unset = UNSET,
) -> UpdateMockResponse | None:
    """Update a mock server

     Changes a mock server's settings: its name, collection, environment, privacy or the
    active server response. Send at least one field. Setting `config.serverResponseId`
    to null switches the active server response off.

    Args:
        mock_id (str):
        body (UpdateMockRequest | Unset): Body of PUT /mocks/{mockId}; at least one field of
            `mock` must be given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateMockResponse
    """

    return (
        await asyncio_detailed(
            mock_id=mock_id,
            client=client,
            body=body,
        )
    ).parsed
