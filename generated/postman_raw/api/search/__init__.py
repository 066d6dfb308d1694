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
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.search_postman_resources_request import SearchPostmanResourcesRequest
    from ...models.search_postman_resources_response import SearchPostmanResourcesResponse
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class SearchOperations:
    """Operations tagged search."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def search_postman_resources(
        self,
        *,
        body: SearchPostmanResourcesRequest | Mapping[str, Any],
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> SearchPostmanResourcesResponse:
        """Search Postman for elements of one kind

        POST /search
        Finds elements of one kind (`elementType`) whose text matches `q`, within the chosen
        ownership scope and narrowed by filters. Paging travels in the query string, not in the
        body: pass `meta.nextCursor` of one page as `cursor` to get the next. Called without an
        API key, only public elements are searched.

        Args:
            body: The request body: a ``SearchPostmanResourcesRequest``, or a mapping of its JSON fields (read through the model before sending).
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``SearchPostmanResourcesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("search_postman_resources")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "limit": limit,
                "cursor": cursor,
            },
        )


class AsyncSearchOperations:
    """Operations tagged search, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def search_postman_resources(
        self,
        *,
        body: SearchPostmanResourcesRequest | Mapping[str, Any],
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> SearchPostmanResourcesResponse:
        """Search Postman for elements of one kind

        POST /search
        Finds elements of one kind (`elementType`) whose text matches `q`, within the chosen
        ownership scope and narrowed by filters. Paging travels in the query string, not in the
        body: pass `meta.nextCursor` of one page as `cursor` to get the next. Called without an
        API key, only public elements are searched.

        Args:
            body: The request body: a ``SearchPostmanResourcesRequest``, or a mapping of its JSON fields (read through the model before sending).
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``SearchPostmanResourcesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("search_postman_resources")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "limit": limit,
                "cursor": cursor,
            },
        )
