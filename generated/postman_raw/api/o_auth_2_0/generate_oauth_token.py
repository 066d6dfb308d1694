from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_oauth_token_request import GenerateOauthTokenRequest
from ...models.o_auth_token_grant import OAuthTokenGrant
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: GenerateOauthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OAuthTokenGrant | None:
    if response.status_code == 200:
        response_200 = OAuthTokenGrant.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OAuthTokenGrant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateOauthTokenRequest,
) -> Response[OAuthTokenGrant]:
    """Get an OAuth access token for a client

     Issues an access token to a client application through the `client_credentials` grant,
    for back-end services and bots that call the API without a user present. The client
    authenticates with HTTP Basic auth (client id as user name, client secret as password)
    and proves its installation with a signed JWT in the body. The body is JSON, not the
    form encoding usual for OAuth token endpoints.

    Args:
        body (GenerateOauthTokenRequest): Body of POST /oauth2/token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthTokenGrant]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GenerateOauthTokenRequest,
) -> OAuthTokenGrant | None:
    """Get an OAuth access token for a client

     Issues an access token to a client application through the `client_credentials` grant,
    for back-end services and bots that call the API without a user present. The client
    authenticates with HTTP Basic auth (client id as user name, client secret as password)
    and proves its installation with a signed JWT in the body. The body is JSON, not the
    form encoding usual for OAuth token endpoints.

    Args:
        body (GenerateOauthTokenRequest): Body of POST /oauth2/token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthTokenGrant
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateOauthTokenRequest,
) -> Response[OAuthTokenGrant]:
    """Get an OAuth access token for a client

     Issues an access token to a client application through the `client_credentials` grant,
    for back-end services and bots that call the API without a user present. The client
    authenticates with HTTP Basic auth (client id as user name, client secret as password)
    and proves its installation with a signed JWT in the body. The body is JSON, not the
    form encoding usual for OAuth token endpoints.

    Args:
        body (GenerateOauthTokenRequest): Body of POST /oauth2/token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthTokenGrant]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GenerateOauthTokenRequest,
) -> OAuthTokenGrant | None:
    """Get an OAuth access token for a client

     Issues an access token to a client application through the `client_credentials` grant,
    for back-end services and bots that call the API without a user present. The client
    authenticates with HTTP Basic auth (client id as user name, client secret as password)
    and proves its installation with a signed JWT in the body. The body is JSON, not the
    form encoding usual for OAuth token endpoints.

    Args:
        body (GenerateOauthTokenRequest): Body of POST /oauth2/token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthTokenGrant
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
