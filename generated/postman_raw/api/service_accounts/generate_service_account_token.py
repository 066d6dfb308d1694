from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_service_account_token_response import GenerateServiceAccountTokenResponse
from ...types import Response, parse_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service-account-tokens",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GenerateServiceAccountTokenResponse | None:
    if response.status_code == 200:
        response_200 = GenerateServiceAccountTokenResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GenerateServiceAccountTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GenerateServiceAccountTokenResponse]:
    """Get an access token for a service account

     Trades the API key of a service account, sent as usual in the `X-Api-Key` header, for a
    JWT that identifies the service account and carries its permissions, for use in
    service-to-service calls. The token lives 15 minutes. Keys of ordinary users are
    refused with 401. This endpoint allows 10 requests per 10 seconds per user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateServiceAccountTokenResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GenerateServiceAccountTokenResponse | None:
    """Get an access token for a service account

     Trades the API key of a service account, sent as usual in the `X-Api-Key` header, for a
    JWT that identifies the service account and carries its permissions, for use in
    service-to-service calls. The token lives 15 minutes. Keys of ordinary users are
    refused with 401. This endpoint allows 10 requests per 10 seconds per user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateServiceAccountTokenResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GenerateServiceAccountTokenResponse]:
    """Get an access token for a service account

     Trades the API key of a service account, sent as usual in the `X-Api-Key` header, for a
    JWT that identifies the service account and carries its permissions, for use in
    service-to-service calls. The token lives 15 minutes. Keys of ordinary users are
    refused with 401. This endpoint allows 10 requests per 10 seconds per user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateServiceAccountTokenResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GenerateServiceAccountTokenResponse | None:
    """Get an access token for a service account

     Trades the API key of a service account, sent as usual in the `X-Api-Key` header, for a
    JWT that identifies the service account and carries its permissions, for use in
    service-to-service calls. The token lives 15 minutes. Keys of ordinary users are
    refused with 401. This endpoint allows 10 requests per 10 seconds per user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateServiceAccountTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
