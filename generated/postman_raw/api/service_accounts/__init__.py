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
    from ...models.generate_service_account_token_response import GenerateServiceAccountTokenResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class ServiceAccountsOperations:
    """Operations tagged service_accounts."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def generate_service_account_token(
        self,
    ) -> GenerateServiceAccountTokenResponse:
        """Get an access token for a service account

        POST /service-account-tokens
        Trades the API key of a service account, sent as usual in the `X-Api-Key` header, for a
        JWT that identifies the service account and carries its permissions, for use in
        service-to-service calls. The token lives 15 minutes. Keys of ordinary users are
        refused with 401. This endpoint allows 10 requests per 10 seconds per user.

        Returns:
            ``GenerateServiceAccountTokenResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("generate_service_account_token")

        return self._invoke(operation, {}, {})


class AsyncServiceAccountsOperations:
    """Operations tagged service_accounts, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def generate_service_account_token(
        self,
    ) -> GenerateServiceAccountTokenResponse:
        """Get an access token for a service account

        POST /service-account-tokens
        Trades the API key of a service account, sent as usual in the `X-Api-Key` header, for a
        JWT that identifies the service account and carries its permissions, for use in
        service-to-service calls. The token lives 15 minutes. Keys of ordinary users are
        refused with 401. This endpoint allows 10 requests per 10 seconds per user.

        Returns:
            ``GenerateServiceAccountTokenResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("generate_service_account_token")

        return await self._invoke(operation, {}, {})
