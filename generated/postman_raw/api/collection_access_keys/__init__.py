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
    from ...models.get_collection_access_keys_response import GetCollectionAccessKeysResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class CollectionAccessKeysOperations:
    """Operations tagged collection_access_keys."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_collection_access_keys(
        self,
        *,
        collection_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetCollectionAccessKeysResponse:
        """List collection access keys

        GET /collection-access-keys
        Lists the key owner's personal and team collection access keys, optionally for one
        collection only. A key expires 60 days after its last use (`expiresAfter`); a key never
        used has an empty `lastUsedAt`. Pages are cursor-based: pass `meta.nextCursor` as
        `cursor` to get the next page.

        Args:
            collection_id: The ``collectionId`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetCollectionAccessKeysResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_access_keys")

        return self._invoke(
            operation,
            {},
            {
                "collection_id": collection_id,
                "cursor": cursor,
            },
        )

    def delete_collection_access_key(
        self,
        key_id: str | Resource,
    ) -> Any:
        """Delete a collection access key

        DELETE /collection-access-keys/{key_id}
        Revokes one collection access key; it stops working at once. Success has no body.

        Args:
            key_id: The key: its id or uid, or a model that has one.

        Returns:
            ``Any``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection_access_key")

        return self._invoke(
            operation,
            {
                "key_id": key_id,
            },
            {},
        )


class AsyncCollectionAccessKeysOperations:
    """Operations tagged collection_access_keys, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_collection_access_keys(
        self,
        *,
        collection_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetCollectionAccessKeysResponse:
        """List collection access keys

        GET /collection-access-keys
        Lists the key owner's personal and team collection access keys, optionally for one
        collection only. A key expires 60 days after its last use (`expiresAfter`); a key never
        used has an empty `lastUsedAt`. Pages are cursor-based: pass `meta.nextCursor` as
        `cursor` to get the next page.

        Args:
            collection_id: The ``collectionId`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetCollectionAccessKeysResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_access_keys")

        return await self._invoke(
            operation,
            {},
            {
                "collection_id": collection_id,
                "cursor": cursor,
            },
        )

    async def delete_collection_access_key(
        self,
        key_id: str | Resource,
    ) -> Any:
        """Delete a collection access key

        DELETE /collection-access-keys/{key_id}
        Revokes one collection access key; it stops working at once. Success has no body.

        Args:
            key_id: The key: its id or uid, or a model that has one.

        Returns:
            ``Any``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection_access_key")

        return await self._invoke(
            operation,
            {
                "key_id": key_id,
            },
            {},
        )
