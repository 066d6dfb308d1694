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
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class CommentsOperations:
    """Operations tagged comments."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def resolve_comment_thread(
        self,
        thread_id: int | Resource,
    ) -> Any:
        """Resolve a comment thread

        POST /comments-resolutions/{thread_id}
        Marks a thread, with the comment that opened it and all its replies, as resolved; its
        comments then report `status` `Resolved`. Works for threads on collections and on
        collection items alike. Take the `threadId` from any comment of the thread as listed
        by one of the GET `.../comments` operations. Sends no body.

        Args:
            thread_id: The thread: its id or uid, or a model that has one.

        Returns:
            ``Any``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("resolve_comment_thread")

        return self._invoke(
            operation,
            {
                "thread_id": thread_id,
            },
            {},
        )


class AsyncCommentsOperations:
    """Operations tagged comments, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def resolve_comment_thread(
        self,
        thread_id: int | Resource,
    ) -> Any:
        """Resolve a comment thread

        POST /comments-resolutions/{thread_id}
        Marks a thread, with the comment that opened it and all its replies, as resolved; its
        comments then report `status` `Resolved`. Works for threads on collections and on
        collection items alike. Take the `threadId` from any comment of the thread as listed
        by one of the GET `.../comments` operations. Sends no body.

        Args:
            thread_id: The thread: its id or uid, or a model that has one.

        Returns:
            ``Any``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("resolve_comment_thread")

        return await self._invoke(
            operation,
            {
                "thread_id": thread_id,
            },
            {},
        )
