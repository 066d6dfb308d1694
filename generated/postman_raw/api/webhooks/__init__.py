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

    from ...models.create_webhook_request import CreateWebhookRequest
    from ...models.create_webhook_response import CreateWebhookResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
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


class WebhooksOperations:
    """Operations tagged webhooks."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def create_webhook(
        self,
        *,
        body: CreateWebhookRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateWebhookResponse:
        """Create a webhook that runs a collection

        POST /webhooks
        Creates a webhook bound to a collection (and optionally an environment). Posting to the
        returned `webhookUrl` runs the collection, with the posted body available to its scripts
        as the payload. Postman backs each webhook with a monitor of the same name.

        Args:
            body: The request body: a ``CreateWebhookRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateWebhookResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_webhook")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )


class AsyncWebhooksOperations:
    """Operations tagged webhooks, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def create_webhook(
        self,
        *,
        body: CreateWebhookRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateWebhookResponse:
        """Create a webhook that runs a collection

        POST /webhooks
        Creates a webhook bound to a collection (and optionally an environment). Posting to the
        returned `webhookUrl` runs the collection, with the posted body available to its scripts
        as the payload. Postman backs each webhook with a monitor of the same name.

        Args:
            body: The request body: a ``CreateWebhookRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateWebhookResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_webhook")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )
