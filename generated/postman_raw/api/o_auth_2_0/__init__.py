"""Operations of one tag, and the typed namespaces that call them.

DO NOT EDIT: generated from spec/ by scripts/regenerate.py (template spec/generator/templates/endpoint_init.py.jinja).
Each method loads its endpoint module on first call and hands it to the invoker it was built with.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import cast

    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.generate_oauth_token_request import GenerateOauthTokenRequest
    from ...models.o_auth_token_grant import OAuthTokenGrant
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.revoke_oauth_token_request import RevokeOauthTokenRequest
    from ...models.revoke_oauth_token_response import RevokeOauthTokenResponse
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class Oauth2Operations:
    """Operations tagged o_auth_2_0."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def generate_oauth_token(
        self,
        *,
        body: GenerateOauthTokenRequest | Mapping[str, Any],
    ) -> OAuthTokenGrant:
        """Get an OAuth access token for a client

        POST /oauth2/token
        Issues an access token to a client application through the `client_credentials` grant,
        for back-end services and bots that call the API without a user present. The client
        authenticates with HTTP Basic auth (client id as user name, client secret as password)
        and proves its installation with a signed JWT in the body. The body is JSON, not the
        form encoding usual for OAuth token endpoints.

        Args:
            body: The request body: a ``GenerateOauthTokenRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``OAuthTokenGrant``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("generate_oauth_token")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def revoke_oauth_token(
        self,
        *,
        body: RevokeOauthTokenRequest | Mapping[str, Any],
    ) -> RevokeOauthTokenResponse:
        """Revoke an OAuth access token

        POST /oauth2/token/revoke
        Invalidates an access token at once and for good; it cannot be used again. This call
        needs no credentials: knowing the token is enough.

        Args:
            body: The request body: a ``RevokeOauthTokenRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``RevokeOauthTokenResponse``: the success body, read into its model.

        Raises:
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("revoke_oauth_token")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )


class AsyncOauth2Operations:
    """Operations tagged o_auth_2_0, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def generate_oauth_token(
        self,
        *,
        body: GenerateOauthTokenRequest | Mapping[str, Any],
    ) -> OAuthTokenGrant:
        """Get an OAuth access token for a client

        POST /oauth2/token
        Issues an access token to a client application through the `client_credentials` grant,
        for back-end services and bots that call the API without a user present. The client
        authenticates with HTTP Basic auth (client id as user name, client secret as password)
        and proves its installation with a signed JWT in the body. The body is JSON, not the
        form encoding usual for OAuth token endpoints.

        Args:
            body: The request body: a ``GenerateOauthTokenRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``OAuthTokenGrant``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("generate_oauth_token")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def revoke_oauth_token(
        self,
        *,
        body: RevokeOauthTokenRequest | Mapping[str, Any],
    ) -> RevokeOauthTokenResponse:
        """Revoke an OAuth access token

        POST /oauth2/token/revoke
        Invalidates an access token at once and for good; it cannot be used again. This call
        needs no credentials: knowing the token is enough.

        Args:
            body: The request body: a ``RevokeOauthTokenRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``RevokeOauthTokenResponse``: the success body, read into its model.

        Raises:
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("revoke_oauth_token")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )
