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
    from ...models.get_tagged_entities_direction import GetTaggedEntitiesDirection, check_get_tagged_entities_direction
    from ...models.get_tagged_entities_entity_type import (
        GetTaggedEntitiesEntityType,
        check_get_tagged_entities_entity_type,
    )
    from ...models.get_tagged_entities_response import GetTaggedEntitiesResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.tag_assignment import TagAssignment
    from ...models.update_collection_tags_request import UpdateCollectionTagsRequest
    from ...models.update_workspace_tags_request import UpdateWorkspaceTagsRequest
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class TagsOperations:
    """Operations tagged tags."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_collection_tags(
        self,
        collection_id: str | Resource,
    ) -> TagAssignment:
        """List the tags on a collection

        GET /collections/{collection_id}/tags
        Returns the tags currently attached to one collection (at most five).

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``TagAssignment``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_tags")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    def update_collection_tags(
        self,
        collection_id: str | Resource,
        *,
        body: UpdateCollectionTagsRequest | Mapping[str, Any],
    ) -> TagAssignment:
        """Replace the tags on a collection

        PUT /collections/{collection_id}/tags
        Sets the collection's tags to exactly the list sent: tags not in the list are removed.
        An empty list clears every tag. A collection carries at most five tags.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionTagsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TagAssignment``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_collection_tags")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def get_tagged_entities(
        self,
        slug: str | Resource,
        *,
        limit: int | Unset = UNSET,
        direction: GetTaggedEntitiesDirection | Unset = UNSET,
        cursor: str | Unset = UNSET,
        entity_type: GetTaggedEntitiesEntityType | Unset = UNSET,
    ) -> GetTaggedEntitiesResponse:
        """List the elements that carry a tag

        GET /tags/{slug}/entities
        Lists the collections, workspaces and APIs of the team that carry the tag, most recently
        tagged first unless `direction` says otherwise. Pages are cursor-based: pass
        `meta.nextCursor` of one page as `cursor` to get the next; an unusable cursor yields the
        first page again. Tagging needs a paid plan; this lookup is documented for Enterprise.

        Args:
            slug: The slug: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            direction: The ``direction`` query parameter (``GetTaggedEntitiesDirection``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            entity_type: The ``entityType`` query parameter (``GetTaggedEntitiesEntityType``, optional).

        Returns:
            ``GetTaggedEntitiesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_tagged_entities")

        return self._invoke(
            operation,
            {
                "slug": slug,
            },
            {
                "limit": limit,
                "direction": direction,
                "cursor": cursor,
                "entity_type": entity_type,
            },
        )

    def get_workspace_tags(
        self,
        workspace_id: str | Resource,
    ) -> TagAssignment:
        """List the tags on a workspace

        GET /workspaces/{workspace_id}/tags
        Returns the tags currently attached to one workspace (at most five).

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.

        Returns:
            ``TagAssignment``: the success body, read into its model.

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

        operation = _operation("get_workspace_tags")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )

    def update_workspace_tags(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdateWorkspaceTagsRequest | Mapping[str, Any],
    ) -> TagAssignment:
        """Replace the tags on a workspace

        PUT /workspaces/{workspace_id}/tags
        Sets the workspace's tags to exactly the list sent: tags not in the list are removed.
        An empty list clears every tag. A workspace carries at most five tags.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdateWorkspaceTagsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TagAssignment``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_workspace_tags")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )


class AsyncTagsOperations:
    """Operations tagged tags, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_collection_tags(
        self,
        collection_id: str | Resource,
    ) -> TagAssignment:
        """List the tags on a collection

        GET /collections/{collection_id}/tags
        Returns the tags currently attached to one collection (at most five).

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``TagAssignment``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_tags")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    async def update_collection_tags(
        self,
        collection_id: str | Resource,
        *,
        body: UpdateCollectionTagsRequest | Mapping[str, Any],
    ) -> TagAssignment:
        """Replace the tags on a collection

        PUT /collections/{collection_id}/tags
        Sets the collection's tags to exactly the list sent: tags not in the list are removed.
        An empty list clears every tag. A collection carries at most five tags.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionTagsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TagAssignment``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_collection_tags")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def get_tagged_entities(
        self,
        slug: str | Resource,
        *,
        limit: int | Unset = UNSET,
        direction: GetTaggedEntitiesDirection | Unset = UNSET,
        cursor: str | Unset = UNSET,
        entity_type: GetTaggedEntitiesEntityType | Unset = UNSET,
    ) -> GetTaggedEntitiesResponse:
        """List the elements that carry a tag

        GET /tags/{slug}/entities
        Lists the collections, workspaces and APIs of the team that carry the tag, most recently
        tagged first unless `direction` says otherwise. Pages are cursor-based: pass
        `meta.nextCursor` of one page as `cursor` to get the next; an unusable cursor yields the
        first page again. Tagging needs a paid plan; this lookup is documented for Enterprise.

        Args:
            slug: The slug: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            direction: The ``direction`` query parameter (``GetTaggedEntitiesDirection``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            entity_type: The ``entityType`` query parameter (``GetTaggedEntitiesEntityType``, optional).

        Returns:
            ``GetTaggedEntitiesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_tagged_entities")

        return await self._invoke(
            operation,
            {
                "slug": slug,
            },
            {
                "limit": limit,
                "direction": direction,
                "cursor": cursor,
                "entity_type": entity_type,
            },
        )

    async def get_workspace_tags(
        self,
        workspace_id: str | Resource,
    ) -> TagAssignment:
        """List the tags on a workspace

        GET /workspaces/{workspace_id}/tags
        Returns the tags currently attached to one workspace (at most five).

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.

        Returns:
            ``TagAssignment``: the success body, read into its model.

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

        operation = _operation("get_workspace_tags")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )

    async def update_workspace_tags(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdateWorkspaceTagsRequest | Mapping[str, Any],
    ) -> TagAssignment:
        """Replace the tags on a workspace

        PUT /workspaces/{workspace_id}/tags
        Sets the workspace's tags to exactly the list sent: tags not in the list are removed.
        An empty list clears every tag. A workspace carries at most five tags.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdateWorkspaceTagsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TagAssignment``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_workspace_tags")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )
