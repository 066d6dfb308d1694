from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_secret_types_response import GetSecretTypesResponse
from ...types import Response, parse_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secret-types",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetSecretTypesResponse | None:
    if response.status_code == 200:
        response_200 = GetSecretTypesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSecretTypesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetSecretTypesResponse]:
    """List the kinds of secret the scanner looks for

     Lists the secret types the Secret Scanner detects: Postman's built-in ones and the
    team's own regular expressions. Use a type's `id` in the `secretTypes` filter of POST
    /detected-secrets-queries. Enterprise plans only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSecretTypesResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetSecretTypesResponse | None:
    """List the kinds of secret the scanner looks for

     Lists the secret types the Secret Scanner detects: Postman's built-in ones and the
    team's own regular expressions. Use a type's `id` in the `secretTypes` filter of POST
    /detected-secrets-queries. Enterprise plans only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSecretTypesResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetSecretTypesResponse]:
    """List the kinds of secret the scanner looks for

     Lists the secret types the Secret Scanner detects: Postman's built-in ones and the
    team's own regular expressions. Use a type's `id` in the `secretTypes` filter of POST
    /detected-secrets-queries. Enterprise plans only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSecretTypesResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetSecretTypesResponse | None:
    """List the kinds of secret the scanner looks for

     Lists the secret types the Secret Scanner detects: Postman's built-in ones and the
    team's own regular expressions. Use a type's `id` in the `secretTypes` filter of POST
    /detected-secrets-queries. Enterprise plans only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSecretTypesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
