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
    from ...models.generate_tool_request import GenerateToolRequest
    from ...models.generate_tool_response import GenerateToolResponse
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


class PostbotOperations:
    """Operations tagged postbot."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def generate_tool(
        self,
        *,
        body: GenerateToolRequest | Mapping[str, Any],
    ) -> GenerateToolResponse:
        """Generate AI agent tool code for a public request (deprecated)

        POST /postbot/generations/tool
        Deprecated. Writes the source of a function-calling tool for an AI agent framework from
        one request of a collection on the Public API Network (public collections only). This
        endpoint has its own limit of 300 calls in 3 hours and does not count against the
        Postbot allowance.

        Args:
            body: The request body: a ``GenerateToolRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``GenerateToolResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("generate_tool")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )


class AsyncPostbotOperations:
    """Operations tagged postbot, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def generate_tool(
        self,
        *,
        body: GenerateToolRequest | Mapping[str, Any],
    ) -> GenerateToolResponse:
        """Generate AI agent tool code for a public request (deprecated)

        POST /postbot/generations/tool
        Deprecated. Writes the source of a function-calling tool for an AI agent framework from
        one request of a collection on the Public API Network (public collections only). This
        endpoint has its own limit of 300 calls in 3 hours and does not count against the
        Postbot allowance.

        Args:
            body: The request body: a ``GenerateToolRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``GenerateToolResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("generate_tool")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )
