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
    from collections.abc import Mapping
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
        """

        operation = _operation("delete_collection_access_key")

        return await self._invoke(
            operation,
            {
                "key_id": key_id,
            },
            {},
        )
