from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.revoke_oauth_token_request import RevokeOauthTokenRequest
from ...models.revoke_oauth_token_response import RevokeOauthTokenResponse
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: RevokeOauthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/token/revoke",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RevokeOauthTokenResponse | None:
    if response.status_code == 200:
        response_200 = RevokeOauthTokenResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RevokeOauthTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RevokeOauthTokenRequest,
) -> Response[RevokeOauthTokenResponse]:
    """Revoke an OAuth access token

     Invalidates an access token at once and for good; it cannot be used again. This call
    needs no credentials: knowing the token is enough.

    Args:
        body (RevokeOauthTokenRequest): Body of POST /oauth2/token/revoke.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevokeOauthTokenResponse]
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
    body: RevokeOauthTokenRequest,
) -> RevokeOauthTokenResponse | None:
    """Revoke an OAuth access token

     Invalidates an access token at once and for good; it cannot be used again. This call
    needs no credentials: knowing the token is enough.

    Args:
        body (RevokeOauthTokenRequest): Body of POST /oauth2/token/revoke.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevokeOauthTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RevokeOauthTokenRequest,
) -> Response[RevokeOauthTokenResponse]:
    """Revoke an OAuth access token

     Invalidates an access token at once and for good; it cannot be used again. This call
    needs no credentials: knowing the token is enough.

    Args:
        body (RevokeOauthTokenRequest): Body of POST /oauth2/token/revoke.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevokeOauthTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RevokeOauthTokenRequest,
) -> RevokeOauthTokenResponse | None:
    """Revoke an OAuth access token

     Invalidates an access token at once and for good; it cannot be used again. This call
    needs no credentials: knowing the token is enough.

    Args:
        body (RevokeOauthTokenRequest): Body of POST /oauth2/token/revoke.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevokeOauthTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
