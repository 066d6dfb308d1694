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

    from ...models.comment_create_body import CommentCreateBody
    from ...models.comment_envelope import CommentEnvelope
    from ...models.comment_list import CommentList
    from ...models.comment_update_body import CommentUpdateBody
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


class CollectionFoldersOperations:
    """Operations tagged collection_folders."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_folder_comments(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
    ) -> CommentList:
        """List the comments on a folder

        GET /collections/{collection_id}/folders/{folder_id}/comments
        Returns every comment left on one folder of the collection, with its thread and the thread's status.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.

        Returns:
            ``CommentList``: the success body, read into its model.

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

        operation = _operation("get_folder_comments")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
            },
            {},
        )

    def create_folder_comment(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        *,
        body: CommentCreateBody | Mapping[str, Any],
    ) -> CommentEnvelope:
        """Comment on a folder

        POST /collections/{collection_id}/folders/{folder_id}/comments
        Starts a new thread on the folder, or replies in an existing one when `threadId` is
        given. Mentions work as for collection comments. The body may hold at most 10,000
        characters.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            body: The request body: a ``CommentCreateBody``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CommentEnvelope``: the success body, read into its model.

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

        operation = _operation("create_folder_comment")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
            },
            {
                "body": body,
            },
        )

    def update_folder_comment(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        comment_id: int | Resource,
        *,
        body: CommentUpdateBody | Mapping[str, Any],
    ) -> CommentEnvelope:
        """Edit a comment on a folder

        PUT /collections/{collection_id}/folders/{folder_id}/comments/{comment_id}
        Replaces the text (and the mentions) of one of the folder's comments. The body may hold at most
        10,000 characters.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            comment_id: The comment: its id or uid, or a model that has one.
            body: The request body: a ``CommentUpdateBody``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CommentEnvelope``: the success body, read into its model.

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

        operation = _operation("update_folder_comment")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
                "comment_id": comment_id,
            },
            {
                "body": body,
            },
        )

    def delete_folder_comment(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        comment_id: int | Resource,
    ) -> Any:
        """Delete a comment on a folder

        DELETE /collections/{collection_id}/folders/{folder_id}/comments/{comment_id}
        Removes one of the folder's comments. Removing the comment that opened a thread
        removes every reply in that thread as well.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            comment_id: The comment: its id or uid, or a model that has one.

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

        operation = _operation("delete_folder_comment")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
                "comment_id": comment_id,
            },
            {},
        )


class AsyncCollectionFoldersOperations:
    """Operations tagged collection_folders, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_folder_comments(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
    ) -> CommentList:
        """List the comments on a folder

        GET /collections/{collection_id}/folders/{folder_id}/comments
        Returns every comment left on one folder of the collection, with its thread and the thread's status.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.

        Returns:
            ``CommentList``: the success body, read into its model.

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

        operation = _operation("get_folder_comments")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
            },
            {},
        )

    async def create_folder_comment(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        *,
        body: CommentCreateBody | Mapping[str, Any],
    ) -> CommentEnvelope:
        """Comment on a folder

        POST /collections/{collection_id}/folders/{folder_id}/comments
        Starts a new thread on the folder, or replies in an existing one when `threadId` is
        given. Mentions work as for collection comments. The body may hold at most 10,000
        characters.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            body: The request body: a ``CommentCreateBody``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CommentEnvelope``: the success body, read into its model.

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

        operation = _operation("create_folder_comment")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
            },
            {
                "body": body,
            },
        )

    async def update_folder_comment(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        comment_id: int | Resource,
        *,
        body: CommentUpdateBody | Mapping[str, Any],
    ) -> CommentEnvelope:
        """Edit a comment on a folder

        PUT /collections/{collection_id}/folders/{folder_id}/comments/{comment_id}
        Replaces the text (and the mentions) of one of the folder's comments. The body may hold at most
        10,000 characters.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            comment_id: The comment: its id or uid, or a model that has one.
            body: The request body: a ``CommentUpdateBody``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CommentEnvelope``: the success body, read into its model.

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

        operation = _operation("update_folder_comment")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
                "comment_id": comment_id,
            },
            {
                "body": body,
            },
        )

    async def delete_folder_comment(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        comment_id: int | Resource,
    ) -> Any:
        """Delete a comment on a folder

        DELETE /collections/{collection_id}/folders/{folder_id}/comments/{comment_id}
        Removes one of the folder's comments. Removing the comment that opened a thread
        removes every reply in that thread as well.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            comment_id: The comment: its id or uid, or a model that has one.

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

        operation = _operation("delete_folder_comment")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
                "comment_id": comment_id,
            },
            {},
        )
