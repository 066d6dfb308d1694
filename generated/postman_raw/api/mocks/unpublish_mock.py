from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unpublish_mock_response import UnpublishMockResponse
from ...types import Response, parse_json


def _get_kwargs(
    mock_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/mocks/{mock_id}/unpublish".format(
            mock_id=quote(str(mock_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UnpublishMockResponse | None:
    if response.status_code == 200:
        response_200 = UnpublishMockResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UnpublishMockResponse]:
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
) -> Response[UnpublishMockResponse]:
    """Make a mock server private

     Sets the mock server's access control to private, so callers need an API key.
    Unpublishing a mock server that is already private is a 400 (`mockAlreadyUnpublishedError`).

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnpublishMockResponse]
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
) -> UnpublishMockResponse | None:
    """Make a mock server private

     Sets the mock server's access control to private, so callers need an API key.
    Unpublishing a mock server that is already private is a 400 (`mockAlreadyUnpublishedError`).

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnpublishMockResponse
    """

    return sync_detailed(
        mock_id=mock_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mock_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UnpublishMockResponse]:
    """Make a mock server private

     Sets the mock server's access control to private, so callers need an API key.
    Unpublishing a mock server that is already private is a 400 (`mockAlreadyUnpublishedError`).

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnpublishMockResponse]
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
) -> UnpublishMockResponse | None:
    """Make a mock server private

     Sets the mock server's access control to private, so callers need an API key.
    Unpublishing a mock server that is already private is a 400 (`mockAlreadyUnpublishedError`).

    Args:
        mock_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnpublishMockResponse
    """

    return (
        await asyncio_detailed(
            mock_id=mock_id,
            client=client,
        )
    ).parsed
