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

    from ...models.async_merge_pull_collection_fork_request import AsyncMergePullCollectionForkRequest
    from ...models.async_merge_pull_collection_fork_response import AsyncMergePullCollectionForkResponse
    from ...models.async_merge_pull_collection_task_status_response import AsyncMergePullCollectionTaskStatusResponse
    from ...models.collection_item_transfer_result import CollectionItemTransferResult
    from ...models.comment_create_body import CommentCreateBody
    from ...models.comment_envelope import CommentEnvelope
    from ...models.comment_list import CommentList
    from ...models.comment_update_body import CommentUpdateBody
    from ...models.create_collection_fork_request import CreateCollectionForkRequest
    from ...models.create_collection_fork_response import CreateCollectionForkResponse
    from ...models.create_collection_pull_request_request import CreateCollectionPullRequestRequest
    from ...models.create_collection_pull_request_response import CreateCollectionPullRequestResponse
    from ...models.create_collection_request import CreateCollectionRequest
    from ...models.create_collection_response import CreateCollectionResponse
    from ...models.delete_collection_response import DeleteCollectionResponse
    from ...models.duplicate_collection_request import DuplicateCollectionRequest
    from ...models.duplicate_collection_response import DuplicateCollectionResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_collection_forks_direction import (
        GetCollectionForksDirection,
        check_get_collection_forks_direction,
    )
    from ...models.get_collection_forks_response import GetCollectionForksResponse
    from ...models.get_collection_model import GetCollectionModel, check_get_collection_model
    from ...models.get_collection_pull_requests_response import GetCollectionPullRequestsResponse
    from ...models.get_collection_response import GetCollectionResponse
    from ...models.get_collection_roles_response import GetCollectionRolesResponse
    from ...models.get_collection_updates_tasks_response import GetCollectionUpdatesTasksResponse
    from ...models.get_collections_forked_by_user_direction import (
        GetCollectionsForkedByUserDirection,
        check_get_collections_forked_by_user_direction,
    )
    from ...models.get_collections_forked_by_user_response import GetCollectionsForkedByUserResponse
    from ...models.get_collections_response import GetCollectionsResponse
    from ...models.get_duplicate_collection_task_status_response import GetDuplicateCollectionTaskStatusResponse
    from ...models.get_source_collection_status_response import GetSourceCollectionStatusResponse
    from ...models.merge_collection_fork_request import MergeCollectionForkRequest
    from ...models.merge_collection_fork_response import MergeCollectionForkResponse
    from ...models.patch_collection_request import PatchCollectionRequest
    from ...models.patch_collection_response import PatchCollectionResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.publish_documentation_request import PublishDocumentationRequest
    from ...models.publish_documentation_response import PublishDocumentationResponse
    from ...models.pull_collection_changes_response import PullCollectionChangesResponse
    from ...models.put_collection_accepted_response import PutCollectionAcceptedResponse
    from ...models.put_collection_prefer import PutCollectionPrefer, check_put_collection_prefer
    from ...models.put_collection_request import PutCollectionRequest
    from ...models.put_collection_response import PutCollectionResponse
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.transfer_collection_folders_request import TransferCollectionFoldersRequest
    from ...models.transfer_collection_requests_request import TransferCollectionRequestsRequest
    from ...models.transfer_collection_responses_request import TransferCollectionResponsesRequest
    from ...models.transform_collection_to_open_api_format import (
        TransformCollectionToOpenApiFormat,
        check_transform_collection_to_open_api_format,
    )
    from ...models.transform_collection_to_open_api_response import TransformCollectionToOpenAPIResponse
    from ...models.update_collection_roles_request import UpdateCollectionRolesRequest
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class CollectionsOperations:
    """Operations tagged collections."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_duplicate_collection_task_status(
        self,
        task_id: str | Resource,
    ) -> GetDuplicateCollectionTaskStatusResponse:
        """Get the status of a duplication task

        GET /collection-duplicate-tasks/{task_id}
        Reports whether a collection duplication started with duplicate_collection is still running, done,
        or failed.

        Args:
            task_id: The task: its id or uid, or a model that has one.

        Returns:
            ``GetDuplicateCollectionTaskStatusResponse``: the success body, read into its model.

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

        operation = _operation("get_duplicate_collection_task_status")

        return self._invoke(
            operation,
            {
                "task_id": task_id,
            },
            {},
        )

    def transfer_collection_folders(
        self,
        *,
        body: TransferCollectionFoldersRequest | Mapping[str, Any],
    ) -> CollectionItemTransferResult:
        """Copy or move folders

        POST /collection-folders-transfers
        Copies or moves one or more folders, with everything inside them, into a collection or
        into another folder. `target.model` is `collection` or `folder`. With `mode: move` the
        folders leave their old place; with `mode: copy` the originals stay and new uids are
        given to the copies.

        Args:
            body: The request body: a ``TransferCollectionFoldersRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CollectionItemTransferResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transfer_collection_folders")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def async_merge_pull_collection_fork(
        self,
        *,
        body: AsyncMergePullCollectionForkRequest | Mapping[str, Any],
    ) -> AsyncMergePullCollectionForkResponse:
        """Start merging a fork into its parent, or pulling the parent into a fork

        PUT /collection-merges
        Starts a background task that brings the changes of the `source` collection into the
        `destination` collection. To merge a fork, pass the fork as `source` and its parent as
        `destination`; to pull the parent's changes into a fork, swap them. The response carries
        the task's id: poll GET /collection-merges-tasks/{taskId} to learn how it ended.

        The key's user needs the Editor role on the destination; the `updateSourceWithDestination`
        and `deleteSource` strategies also need Editor on the source.

        Args:
            body: The request body: a ``AsyncMergePullCollectionForkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``AsyncMergePullCollectionForkResponse``: the success body, read into its model.

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

        operation = _operation("async_merge_pull_collection_fork")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def async_merge_pull_collection_task_status(
        self,
        task_id: str | Resource,
    ) -> AsyncMergePullCollectionTaskStatusResponse:
        """Get the state of a merge or pull task

        GET /collection-merges-tasks/{task_id}
        Reports whether a task started by PUT /collection-merges is still running, succeeded or
        failed, with the reason for a failure. Once a task has finished, its state is kept for
        24 hours; after that this endpoint answers 404.

        Args:
            task_id: The task: its id or uid, or a model that has one.

        Returns:
            ``AsyncMergePullCollectionTaskStatusResponse``: the success body, read into its model.

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

        operation = _operation("async_merge_pull_collection_task_status")

        return self._invoke(
            operation,
            {
                "task_id": task_id,
            },
            {},
        )

    def transfer_collection_requests(
        self,
        *,
        body: TransferCollectionRequestsRequest | Mapping[str, Any],
    ) -> CollectionItemTransferResult:
        """Copy or move requests

        POST /collection-requests-transfers
        Copies or moves one or more requests, with their saved responses, into a collection or a
        folder. `target.model` is `collection` or `folder`. `location` places them at the start or
        end of the target, or just before or after a named item of it.

        Args:
            body: The request body: a ``TransferCollectionRequestsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CollectionItemTransferResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transfer_collection_requests")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def transfer_collection_responses(
        self,
        *,
        body: TransferCollectionResponsesRequest | Mapping[str, Any],
    ) -> CollectionItemTransferResult:
        """Copy or move saved responses

        POST /collection-responses-transfers
        Copies or moves one or more saved responses to a request. `target.model` must be
        `request` here: a response cannot be placed directly in a collection or a folder (Postman
        answers 400).

        Args:
            body: The request body: a ``TransferCollectionResponsesRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CollectionItemTransferResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transfer_collection_responses")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def get_collection_updates_tasks(
        self,
        task_id: str | Resource,
    ) -> GetCollectionUpdatesTasksResponse:
        """Get the status of an asynchronous collection update

        GET /collection-updates-tasks/{task_id}
        Reports the state of a background replacement started with put_collection and `Prefer: respond-
        async`.

        Args:
            task_id: The task: its id or uid, or a model that has one.

        Returns:
            ``GetCollectionUpdatesTasksResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_updates_tasks")

        return self._invoke(
            operation,
            {
                "task_id": task_id,
            },
            {},
        )

    def get_collections(
        self,
        *,
        workspace: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> GetCollectionsResponse:
        """List collections

        GET /collections
        Lists the collections the key's user can see, including collections they subscribe to.

        Page through the results with `limit` and `offset`; calls without them still work but
        are slower and Postman treats them as deprecated. The `name` filter cannot be combined
        with `limit` and `offset`. An unknown `workspace` id gives an empty list, not an error.
        This endpoint has a tighter rate limit than most (10 requests per 10 seconds).

        Args:
            workspace: The ``workspace`` query parameter (``str``, optional).
            name: The ``name`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            offset: The ``offset`` query parameter (``int``, optional).

        Returns:
            ``GetCollectionsResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collections")

        return self._invoke(
            operation,
            {},
            {
                "workspace": workspace,
                "name": name,
                "limit": limit,
                "offset": offset,
            },
        )

    def create_collection(
        self,
        *,
        body: CreateCollectionRequest | Mapping[str, Any],
        workspace: str | Unset = UNSET,
    ) -> CreateCollectionResponse:
        """Create a collection

        POST /collections
        Creates a collection from a body in Collection Format v2.1. Folders may be nested to any
        depth. Without `workspace`, Postman puts the collection in the oldest personal
        (Internal) workspace of the key's user.

        Args:
            body: The request body: a ``CreateCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``, optional).

        Returns:
            ``CreateCollectionResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    def get_collections_forked_by_user(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        direction: GetCollectionsForkedByUserDirection | Unset = UNSET,
    ) -> GetCollectionsForkedByUserResponse:
        """List the collections the key's user has forked

        GET /collections/collection-forks
        Lists the forks of collections made by the key's user, one page at a time (10 per page
        unless `limit` says otherwise). Follow `meta.nextCursor` to read further pages; it is null
        on the last page.

        Args:
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            direction: The ``direction`` query parameter (``GetCollectionsForkedByUserDirection``, optional).

        Returns:
            ``GetCollectionsForkedByUserResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collections_forked_by_user")

        return self._invoke(
            operation,
            {},
            {
                "cursor": cursor,
                "limit": limit,
                "direction": direction,
            },
        )

    def create_collection_fork(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionForkRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateCollectionForkResponse:
        """Fork a collection into a workspace

        POST /collections/fork/{collection_id}
        Makes a fork (a linked copy) of a collection in the given workspace, under the given label.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionForkRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateCollectionForkResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection_fork")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
                "workspace": workspace,
            },
        )

    def merge_collection_fork(
        self,
        *,
        body: MergeCollectionForkRequest | Mapping[str, Any],
    ) -> MergeCollectionForkResponse:
        """Merge a fork into its parent (deprecated)

        POST /collections/merge
        Deprecated: use PUT /collection-merges, which runs the merge as a task.

        Merges a fork (`source`) into its parent collection (`destination`) and waits for the
        result. The key's user needs the Editor role on the parent.

        Args:
            body: The request body: a ``MergeCollectionForkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``MergeCollectionForkResponse``: the success body, read into its model.

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

        operation = _operation("merge_collection_fork")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def get_collection(
        self,
        collection_id: str | Resource,
        *,
        access_key: str | Unset = UNSET,
        model: GetCollectionModel | Unset = UNSET,
    ) -> GetCollectionResponse:
        """Get a collection

        GET /collections/{collection_id}
        Returns the whole collection in Collection Format v2.1, folders nested as they are in
        Postman. The `collection` object can be sent back unchanged in the body of
        put_collection.

        With a collection access key in `access_key`, no API key is needed.

        With `model=minimal`, `collection` holds only `info`, `variable`, `auth`, `events` and
        two lists of uids, `rootLevelRequests` and `rootLevelFolders`, instead of the items;
        those extra fields are kept as additional properties of the collection object.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            access_key: The ``access_key`` query parameter (``str``, optional).
            model: The ``model`` query parameter (``GetCollectionModel``, optional).

        Returns:
            ``GetCollectionResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "access_key": access_key,
                "model": model,
            },
        )

    def put_collection(
        self,
        collection_id: str | Resource,
        *,
        body: PutCollectionRequest | Mapping[str, Any],
        prefer: PutCollectionPrefer | Unset = UNSET,
    ) -> PutCollectionAcceptedResponse | PutCollectionResponse:
        """Replace a collection

        PUT /collections/{collection_id}
        Replaces the whole collection with the body, in Collection Format v2.1 (at most 100 MB).

        Keep the `id` of every folder, request and response you want to keep: an item sent
        without its id is deleted and created again under a new id. To copy another
        collection's contents in, strip all of its `id`, `uid` and `_postman_id` values first,
        or the call fails.

        Send `Prefer: respond-async` to run the replacement in the background: the answer is
        then 202 with a task id, to be followed with get_collection_updates_tasks. Only one such
        update runs at a time per collection (a second gets 409).

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``PutCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).
            prefer: The ``Prefer`` header (``PutCollectionPrefer``, optional).

        Returns:
            ``PutCollectionAcceptedResponse | PutCollectionResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            ConflictError: The server answered 409.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("put_collection")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
                "prefer": prefer,
            },
        )

    def delete_collection(
        self,
        collection_id: str | Resource,
    ) -> DeleteCollectionResponse:
        """Delete a collection

        DELETE /collections/{collection_id}
        Deletes the collection with all its folders, requests and saved responses.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``DeleteCollectionResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    def patch_collection(
        self,
        collection_id: str | Resource,
        *,
        body: PatchCollectionRequest | Mapping[str, Any],
    ) -> PatchCollectionResponse:
        """Update part of a collection

        PATCH /collections/{collection_id}
        Changes only the parts of the collection given in the body: its name and description
        (`info`), its variables, its authentication and its scripts (`events`). Send at least
        one of these; any other property is rejected. Items are not touched.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``PatchCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PatchCollectionResponse``: the success body, read into its model.

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

        operation = _operation("patch_collection")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def get_collection_comments(
        self,
        collection_id: str | Resource,
    ) -> CommentList:
        """List the comments on a collection

        GET /collections/{collection_id}/comments
        Returns every comment left on the collection itself (not on its requests, folders or
        responses), each with the thread it belongs to and whether that thread
        is still open.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

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

        operation = _operation("get_collection_comments")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    def create_collection_comment(
        self,
        collection_id: str | Resource,
        *,
        body: CommentCreateBody | Mapping[str, Any],
    ) -> CommentEnvelope:
        """Comment on a collection

        POST /collections/{collection_id}/comments
        Starts a new thread on the collection, or replies in an existing one when `threadId`
        is given. Mention people by writing `@username` in `body` and listing them in `tags`.
        The body may hold at most 10,000 characters.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
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

        operation = _operation("create_collection_comment")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def update_collection_comment(
        self,
        collection_id: str | Resource,
        comment_id: int | Resource,
        *,
        body: CommentUpdateBody | Mapping[str, Any],
    ) -> CommentEnvelope:
        """Edit a comment on a collection

        PUT /collections/{collection_id}/comments/{comment_id}
        Replaces the text (and the mentions) of one of the collection's comments. The body may
        hold at most 10,000 characters.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
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

        operation = _operation("update_collection_comment")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "comment_id": comment_id,
            },
            {
                "body": body,
            },
        )

    def delete_collection_comment(
        self,
        collection_id: str | Resource,
        comment_id: int | Resource,
    ) -> Any:
        """Delete a comment on a collection

        DELETE /collections/{collection_id}/comments/{comment_id}
        Removes one of the collection's comments. Removing the comment that opened a thread
        removes every reply in that thread as well.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
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

        operation = _operation("delete_collection_comment")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "comment_id": comment_id,
            },
            {},
        )

    def duplicate_collection(
        self,
        collection_id: str | Resource,
        *,
        body: DuplicateCollectionRequest | Mapping[str, Any],
    ) -> DuplicateCollectionResponse:
        """Duplicate a collection into a workspace

        POST /collections/{collection_id}/duplicates
        Starts copying the collection into the given workspace. The copy is made in the
        background; follow it with get_duplicate_collection_task_status and the returned task id.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``DuplicateCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``DuplicateCollectionResponse``: the success body, read into its model.

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

        operation = _operation("duplicate_collection")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def get_collection_forks(
        self,
        collection_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        direction: GetCollectionForksDirection | Unset = UNSET,
    ) -> GetCollectionForksResponse:
        """List the forks of a collection

        GET /collections/{collection_id}/forks
        Lists the forks made of one collection, with who made each and when, one page at a time
        (10 per page unless `limit` says otherwise). Follow `meta.nextCursor` to read further
        pages; it is null on the last page. A collection that has never been forked gives 400.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            direction: The ``direction`` query parameter (``GetCollectionForksDirection``, optional).

        Returns:
            ``GetCollectionForksResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_forks")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "cursor": cursor,
                "limit": limit,
                "direction": direction,
            },
        )

    def publish_documentation(
        self,
        collection_id: str | Resource,
        *,
        body: PublishDocumentationRequest | Mapping[str, Any],
    ) -> PublishDocumentationResponse:
        """Publish a collection's documentation

        PUT /collections/{collection_id}/public-documentations
        Makes the collection's documentation public: anyone with the link can read it. The
        body sets its look (colours, light and dark themes, logo), its title and description
        metadata, its layout, and optionally an environment whose initial values are shown
        with it (so it must hold no secrets).

        On Free and Solo plans the user needs edit rights on the collection; Enterprise teams
        with API Governance may reserve publishing to Community Managers. Only collections of
        HTTP requests can be published, and not collections linked to an API.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``PublishDocumentationRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PublishDocumentationResponse``: the success body, read into its model.

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

        operation = _operation("publish_documentation")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def unpublish_documentation(
        self,
        collection_id: str | Resource,
    ) -> Any:
        """Unpublish a collection's documentation

        DELETE /collections/{collection_id}/public-documentations
        Takes the collection's public documentation offline. Answers 204 with no body.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``Any``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("unpublish_documentation")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    def get_collection_pull_requests(
        self,
        collection_id: str | Resource,
    ) -> GetCollectionPullRequestsResponse:
        """List a collection's pull requests

        GET /collections/{collection_id}/pull-requests
        Lists the pull requests that involve a collection, whatever their state, with their
        source and destination uids and a link to each one's details (GET /pull-requests/{pullRequestId}).
        The key's user needs at least the Viewer role on both ends of each pull request.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``GetCollectionPullRequestsResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_pull_requests")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    def create_collection_pull_request(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionPullRequestRequest | Mapping[str, Any],
    ) -> CreateCollectionPullRequestResponse:
        """Open a pull request from a fork to its parent

        POST /collections/{collection_id}/pull-requests
        Opens a pull request asking the reviewers to merge the fork named in the path into
        `destinationId`, the collection it was forked from. Only one open pull request may exist
        for a given fork and parent (a second gives 400). The key's user and every reviewer need
        at least the Viewer role on both collections.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionPullRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateCollectionPullRequestResponse``: the success body, read into its model.

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

        operation = _operation("create_collection_pull_request")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def pull_collection_changes(
        self,
        collection_id: str | Resource,
    ) -> PullCollectionChangesResponse:
        """Pull the parent's changes into a fork

        PUT /collections/{collection_id}/pulls
        Brings a fork up to date with the collection it was forked from, and waits for the
        result. In the response, `destinationId` is the fork and `sourceId` its parent. A
        collection that is not a fork gives 400. PUT /collection-merges does the same as a
        background task.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``PullCollectionChangesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("pull_collection_changes")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    def get_collection_roles(
        self,
        collection_id: str | Resource,
    ) -> GetCollectionRolesResponse:
        """List who can view or edit a collection

        GET /collections/{collection_id}/roles
        Lists the users, user groups and teams that hold a role on the collection, with that role.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``GetCollectionRolesResponse``: the success body, read into its model.

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

        operation = _operation("get_collection_roles")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    def update_collection_roles(
        self,
        collection_id: str | Resource,
        *,
        body: UpdateCollectionRolesRequest | Mapping[str, Any],
    ) -> Any:
        """Change who can view or edit a collection

        PATCH /collections/{collection_id}/roles
        Sets the role of users, user groups or teams on the collection. Only an Editor of the
        collection may call it, and the external Partner and Guest roles cannot be given here.
        Answers 204 with no body.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionRolesRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Any``: the success body, read into its model.

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

        operation = _operation("update_collection_roles")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def get_source_collection_status(
        self,
        collection_id: str | Resource,
    ) -> GetSourceCollectionStatusResponse:
        """Check whether a fork's source has newer changes

        GET /collections/{collection_id}/source-status
        For a forked collection, tells whether its source (parent) collection holds changes the
        fork does not have yet (`isSourceAhead`). The answer can lag a few minutes behind the
        latest change. Calling this on a collection that is not a fork gives 400.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``GetSourceCollectionStatusResponse``: the success body, read into its model.

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

        operation = _operation("get_source_collection_status")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    def transform_collection_to_open_api(
        self,
        collection_id: str | Resource,
        *,
        format_: TransformCollectionToOpenApiFormat | Unset = UNSET,
    ) -> TransformCollectionToOpenAPIResponse:
        """Convert a collection to an OpenAPI definition

        GET /collections/{collection_id}/transformations
        Builds an OpenAPI definition from the collection's requests and returns it as one
        string, JSON unless `format=yaml` is asked for. Nothing is created in Postman.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            format_: The ``format`` query parameter (``TransformCollectionToOpenApiFormat``, optional).

        Returns:
            ``TransformCollectionToOpenAPIResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transform_collection_to_open_api")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "format_": format_,
            },
        )


class AsyncCollectionsOperations:
    """Operations tagged collections, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_duplicate_collection_task_status(
        self,
        task_id: str | Resource,
    ) -> GetDuplicateCollectionTaskStatusResponse:
        """Get the status of a duplication task

        GET /collection-duplicate-tasks/{task_id}
        Reports whether a collection duplication started with duplicate_collection is still running, done,
        or failed.

        Args:
            task_id: The task: its id or uid, or a model that has one.

        Returns:
            ``GetDuplicateCollectionTaskStatusResponse``: the success body, read into its model.

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

        operation = _operation("get_duplicate_collection_task_status")

        return await self._invoke(
            operation,
            {
                "task_id": task_id,
            },
            {},
        )

    async def transfer_collection_folders(
        self,
        *,
        body: TransferCollectionFoldersRequest | Mapping[str, Any],
    ) -> CollectionItemTransferResult:
        """Copy or move folders

        POST /collection-folders-transfers
        Copies or moves one or more folders, with everything inside them, into a collection or
        into another folder. `target.model` is `collection` or `folder`. With `mode: move` the
        folders leave their old place; with `mode: copy` the originals stay and new uids are
        given to the copies.

        Args:
            body: The request body: a ``TransferCollectionFoldersRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CollectionItemTransferResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transfer_collection_folders")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def async_merge_pull_collection_fork(
        self,
        *,
        body: AsyncMergePullCollectionForkRequest | Mapping[str, Any],
    ) -> AsyncMergePullCollectionForkResponse:
        """Start merging a fork into its parent, or pulling the parent into a fork

        PUT /collection-merges
        Starts a background task that brings the changes of the `source` collection into the
        `destination` collection. To merge a fork, pass the fork as `source` and its parent as
        `destination`; to pull the parent's changes into a fork, swap them. The response carries
        the task's id: poll GET /collection-merges-tasks/{taskId} to learn how it ended.

        The key's user needs the Editor role on the destination; the `updateSourceWithDestination`
        and `deleteSource` strategies also need Editor on the source.

        Args:
            body: The request body: a ``AsyncMergePullCollectionForkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``AsyncMergePullCollectionForkResponse``: the success body, read into its model.

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

        operation = _operation("async_merge_pull_collection_fork")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def async_merge_pull_collection_task_status(
        self,
        task_id: str | Resource,
    ) -> AsyncMergePullCollectionTaskStatusResponse:
        """Get the state of a merge or pull task

        GET /collection-merges-tasks/{task_id}
        Reports whether a task started by PUT /collection-merges is still running, succeeded or
        failed, with the reason for a failure. Once a task has finished, its state is kept for
        24 hours; after that this endpoint answers 404.

        Args:
            task_id: The task: its id or uid, or a model that has one.

        Returns:
            ``AsyncMergePullCollectionTaskStatusResponse``: the success body, read into its model.

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

        operation = _operation("async_merge_pull_collection_task_status")

        return await self._invoke(
            operation,
            {
                "task_id": task_id,
            },
            {},
        )

    async def transfer_collection_requests(
        self,
        *,
        body: TransferCollectionRequestsRequest | Mapping[str, Any],
    ) -> CollectionItemTransferResult:
        """Copy or move requests

        POST /collection-requests-transfers
        Copies or moves one or more requests, with their saved responses, into a collection or a
        folder. `target.model` is `collection` or `folder`. `location` places them at the start or
        end of the target, or just before or after a named item of it.

        Args:
            body: The request body: a ``TransferCollectionRequestsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CollectionItemTransferResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transfer_collection_requests")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def transfer_collection_responses(
        self,
        *,
        body: TransferCollectionResponsesRequest | Mapping[str, Any],
    ) -> CollectionItemTransferResult:
        """Copy or move saved responses

        POST /collection-responses-transfers
        Copies or moves one or more saved responses to a request. `target.model` must be
        `request` here: a response cannot be placed directly in a collection or a folder (Postman
        answers 400).

        Args:
            body: The request body: a ``TransferCollectionResponsesRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CollectionItemTransferResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transfer_collection_responses")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def get_collection_updates_tasks(
        self,
        task_id: str | Resource,
    ) -> GetCollectionUpdatesTasksResponse:
        """Get the status of an asynchronous collection update

        GET /collection-updates-tasks/{task_id}
        Reports the state of a background replacement started with put_collection and `Prefer: respond-
        async`.

        Args:
            task_id: The task: its id or uid, or a model that has one.

        Returns:
            ``GetCollectionUpdatesTasksResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_updates_tasks")

        return await self._invoke(
            operation,
            {
                "task_id": task_id,
            },
            {},
        )

    async def get_collections(
        self,
        *,
        workspace: str | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> GetCollectionsResponse:
        """List collections

        GET /collections
        Lists the collections the key's user can see, including collections they subscribe to.

        Page through the results with `limit` and `offset`; calls without them still work but
        are slower and Postman treats them as deprecated. The `name` filter cannot be combined
        with `limit` and `offset`. An unknown `workspace` id gives an empty list, not an error.
        This endpoint has a tighter rate limit than most (10 requests per 10 seconds).

        Args:
            workspace: The ``workspace`` query parameter (``str``, optional).
            name: The ``name`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            offset: The ``offset`` query parameter (``int``, optional).

        Returns:
            ``GetCollectionsResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collections")

        return await self._invoke(
            operation,
            {},
            {
                "workspace": workspace,
                "name": name,
                "limit": limit,
                "offset": offset,
            },
        )

    async def create_collection(
        self,
        *,
        body: CreateCollectionRequest | Mapping[str, Any],
        workspace: str | Unset = UNSET,
    ) -> CreateCollectionResponse:
        """Create a collection

        POST /collections
        Creates a collection from a body in Collection Format v2.1. Folders may be nested to any
        depth. Without `workspace`, Postman puts the collection in the oldest personal
        (Internal) workspace of the key's user.

        Args:
            body: The request body: a ``CreateCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``, optional).

        Returns:
            ``CreateCollectionResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    async def get_collections_forked_by_user(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        direction: GetCollectionsForkedByUserDirection | Unset = UNSET,
    ) -> GetCollectionsForkedByUserResponse:
        """List the collections the key's user has forked

        GET /collections/collection-forks
        Lists the forks of collections made by the key's user, one page at a time (10 per page
        unless `limit` says otherwise). Follow `meta.nextCursor` to read further pages; it is null
        on the last page.

        Args:
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            direction: The ``direction`` query parameter (``GetCollectionsForkedByUserDirection``, optional).

        Returns:
            ``GetCollectionsForkedByUserResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collections_forked_by_user")

        return await self._invoke(
            operation,
            {},
            {
                "cursor": cursor,
                "limit": limit,
                "direction": direction,
            },
        )

    async def create_collection_fork(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionForkRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateCollectionForkResponse:
        """Fork a collection into a workspace

        POST /collections/fork/{collection_id}
        Makes a fork (a linked copy) of a collection in the given workspace, under the given label.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionForkRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateCollectionForkResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection_fork")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
                "workspace": workspace,
            },
        )

    async def merge_collection_fork(
        self,
        *,
        body: MergeCollectionForkRequest | Mapping[str, Any],
    ) -> MergeCollectionForkResponse:
        """Merge a fork into its parent (deprecated)

        POST /collections/merge
        Deprecated: use PUT /collection-merges, which runs the merge as a task.

        Merges a fork (`source`) into its parent collection (`destination`) and waits for the
        result. The key's user needs the Editor role on the parent.

        Args:
            body: The request body: a ``MergeCollectionForkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``MergeCollectionForkResponse``: the success body, read into its model.

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

        operation = _operation("merge_collection_fork")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def get_collection(
        self,
        collection_id: str | Resource,
        *,
        access_key: str | Unset = UNSET,
        model: GetCollectionModel | Unset = UNSET,
    ) -> GetCollectionResponse:
        """Get a collection

        GET /collections/{collection_id}
        Returns the whole collection in Collection Format v2.1, folders nested as they are in
        Postman. The `collection` object can be sent back unchanged in the body of
        put_collection.

        With a collection access key in `access_key`, no API key is needed.

        With `model=minimal`, `collection` holds only `info`, `variable`, `auth`, `events` and
        two lists of uids, `rootLevelRequests` and `rootLevelFolders`, instead of the items;
        those extra fields are kept as additional properties of the collection object.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            access_key: The ``access_key`` query parameter (``str``, optional).
            model: The ``model`` query parameter (``GetCollectionModel``, optional).

        Returns:
            ``GetCollectionResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "access_key": access_key,
                "model": model,
            },
        )

    async def put_collection(
        self,
        collection_id: str | Resource,
        *,
        body: PutCollectionRequest | Mapping[str, Any],
        prefer: PutCollectionPrefer | Unset = UNSET,
    ) -> PutCollectionAcceptedResponse | PutCollectionResponse:
        """Replace a collection

        PUT /collections/{collection_id}
        Replaces the whole collection with the body, in Collection Format v2.1 (at most 100 MB).

        Keep the `id` of every folder, request and response you want to keep: an item sent
        without its id is deleted and created again under a new id. To copy another
        collection's contents in, strip all of its `id`, `uid` and `_postman_id` values first,
        or the call fails.

        Send `Prefer: respond-async` to run the replacement in the background: the answer is
        then 202 with a task id, to be followed with get_collection_updates_tasks. Only one such
        update runs at a time per collection (a second gets 409).

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``PutCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).
            prefer: The ``Prefer`` header (``PutCollectionPrefer``, optional).

        Returns:
            ``PutCollectionAcceptedResponse | PutCollectionResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            ConflictError: The server answered 409.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("put_collection")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
                "prefer": prefer,
            },
        )

    async def delete_collection(
        self,
        collection_id: str | Resource,
    ) -> DeleteCollectionResponse:
        """Delete a collection

        DELETE /collections/{collection_id}
        Deletes the collection with all its folders, requests and saved responses.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``DeleteCollectionResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    async def patch_collection(
        self,
        collection_id: str | Resource,
        *,
        body: PatchCollectionRequest | Mapping[str, Any],
    ) -> PatchCollectionResponse:
        """Update part of a collection

        PATCH /collections/{collection_id}
        Changes only the parts of the collection given in the body: its name and description
        (`info`), its variables, its authentication and its scripts (`events`). Send at least
        one of these; any other property is rejected. Items are not touched.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``PatchCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PatchCollectionResponse``: the success body, read into its model.

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

        operation = _operation("patch_collection")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def get_collection_comments(
        self,
        collection_id: str | Resource,
    ) -> CommentList:
        """List the comments on a collection

        GET /collections/{collection_id}/comments
        Returns every comment left on the collection itself (not on its requests, folders or
        responses), each with the thread it belongs to and whether that thread
        is still open.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

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

        operation = _operation("get_collection_comments")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    async def create_collection_comment(
        self,
        collection_id: str | Resource,
        *,
        body: CommentCreateBody | Mapping[str, Any],
    ) -> CommentEnvelope:
        """Comment on a collection

        POST /collections/{collection_id}/comments
        Starts a new thread on the collection, or replies in an existing one when `threadId`
        is given. Mention people by writing `@username` in `body` and listing them in `tags`.
        The body may hold at most 10,000 characters.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
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

        operation = _operation("create_collection_comment")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def update_collection_comment(
        self,
        collection_id: str | Resource,
        comment_id: int | Resource,
        *,
        body: CommentUpdateBody | Mapping[str, Any],
    ) -> CommentEnvelope:
        """Edit a comment on a collection

        PUT /collections/{collection_id}/comments/{comment_id}
        Replaces the text (and the mentions) of one of the collection's comments. The body may
        hold at most 10,000 characters.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
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

        operation = _operation("update_collection_comment")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "comment_id": comment_id,
            },
            {
                "body": body,
            },
        )

    async def delete_collection_comment(
        self,
        collection_id: str | Resource,
        comment_id: int | Resource,
    ) -> Any:
        """Delete a comment on a collection

        DELETE /collections/{collection_id}/comments/{comment_id}
        Removes one of the collection's comments. Removing the comment that opened a thread
        removes every reply in that thread as well.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
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

        operation = _operation("delete_collection_comment")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "comment_id": comment_id,
            },
            {},
        )

    async def duplicate_collection(
        self,
        collection_id: str | Resource,
        *,
        body: DuplicateCollectionRequest | Mapping[str, Any],
    ) -> DuplicateCollectionResponse:
        """Duplicate a collection into a workspace

        POST /collections/{collection_id}/duplicates
        Starts copying the collection into the given workspace. The copy is made in the
        background; follow it with get_duplicate_collection_task_status and the returned task id.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``DuplicateCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``DuplicateCollectionResponse``: the success body, read into its model.

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

        operation = _operation("duplicate_collection")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def get_collection_forks(
        self,
        collection_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        direction: GetCollectionForksDirection | Unset = UNSET,
    ) -> GetCollectionForksResponse:
        """List the forks of a collection

        GET /collections/{collection_id}/forks
        Lists the forks made of one collection, with who made each and when, one page at a time
        (10 per page unless `limit` says otherwise). Follow `meta.nextCursor` to read further
        pages; it is null on the last page. A collection that has never been forked gives 400.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            direction: The ``direction`` query parameter (``GetCollectionForksDirection``, optional).

        Returns:
            ``GetCollectionForksResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_forks")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "cursor": cursor,
                "limit": limit,
                "direction": direction,
            },
        )

    async def publish_documentation(
        self,
        collection_id: str | Resource,
        *,
        body: PublishDocumentationRequest | Mapping[str, Any],
    ) -> PublishDocumentationResponse:
        """Publish a collection's documentation

        PUT /collections/{collection_id}/public-documentations
        Makes the collection's documentation public: anyone with the link can read it. The
        body sets its look (colours, light and dark themes, logo), its title and description
        metadata, its layout, and optionally an environment whose initial values are shown
        with it (so it must hold no secrets).

        On Free and Solo plans the user needs edit rights on the collection; Enterprise teams
        with API Governance may reserve publishing to Community Managers. Only collections of
        HTTP requests can be published, and not collections linked to an API.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``PublishDocumentationRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PublishDocumentationResponse``: the success body, read into its model.

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

        operation = _operation("publish_documentation")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def unpublish_documentation(
        self,
        collection_id: str | Resource,
    ) -> Any:
        """Unpublish a collection's documentation

        DELETE /collections/{collection_id}/public-documentations
        Takes the collection's public documentation offline. Answers 204 with no body.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``Any``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("unpublish_documentation")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    async def get_collection_pull_requests(
        self,
        collection_id: str | Resource,
    ) -> GetCollectionPullRequestsResponse:
        """List a collection's pull requests

        GET /collections/{collection_id}/pull-requests
        Lists the pull requests that involve a collection, whatever their state, with their
        source and destination uids and a link to each one's details (GET /pull-requests/{pullRequestId}).
        The key's user needs at least the Viewer role on both ends of each pull request.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``GetCollectionPullRequestsResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_pull_requests")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    async def create_collection_pull_request(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionPullRequestRequest | Mapping[str, Any],
    ) -> CreateCollectionPullRequestResponse:
        """Open a pull request from a fork to its parent

        POST /collections/{collection_id}/pull-requests
        Opens a pull request asking the reviewers to merge the fork named in the path into
        `destinationId`, the collection it was forked from. Only one open pull request may exist
        for a given fork and parent (a second gives 400). The key's user and every reviewer need
        at least the Viewer role on both collections.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionPullRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateCollectionPullRequestResponse``: the success body, read into its model.

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

        operation = _operation("create_collection_pull_request")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def pull_collection_changes(
        self,
        collection_id: str | Resource,
    ) -> PullCollectionChangesResponse:
        """Pull the parent's changes into a fork

        PUT /collections/{collection_id}/pulls
        Brings a fork up to date with the collection it was forked from, and waits for the
        result. In the response, `destinationId` is the fork and `sourceId` its parent. A
        collection that is not a fork gives 400. PUT /collection-merges does the same as a
        background task.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``PullCollectionChangesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("pull_collection_changes")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    async def get_collection_roles(
        self,
        collection_id: str | Resource,
    ) -> GetCollectionRolesResponse:
        """List who can view or edit a collection

        GET /collections/{collection_id}/roles
        Lists the users, user groups and teams that hold a role on the collection, with that role.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``GetCollectionRolesResponse``: the success body, read into its model.

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

        operation = _operation("get_collection_roles")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    async def update_collection_roles(
        self,
        collection_id: str | Resource,
        *,
        body: UpdateCollectionRolesRequest | Mapping[str, Any],
    ) -> Any:
        """Change who can view or edit a collection

        PATCH /collections/{collection_id}/roles
        Sets the role of users, user groups or teams on the collection. Only an Editor of the
        collection may call it, and the external Partner and Guest roles cannot be given here.
        Answers 204 with no body.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionRolesRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Any``: the success body, read into its model.

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

        operation = _operation("update_collection_roles")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def get_source_collection_status(
        self,
        collection_id: str | Resource,
    ) -> GetSourceCollectionStatusResponse:
        """Check whether a fork's source has newer changes

        GET /collections/{collection_id}/source-status
        For a forked collection, tells whether its source (parent) collection holds changes the
        fork does not have yet (`isSourceAhead`). The answer can lag a few minutes behind the
        latest change. Calling this on a collection that is not a fork gives 400.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.

        Returns:
            ``GetSourceCollectionStatusResponse``: the success body, read into its model.

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

        operation = _operation("get_source_collection_status")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {},
        )

    async def transform_collection_to_open_api(
        self,
        collection_id: str | Resource,
        *,
        format_: TransformCollectionToOpenApiFormat | Unset = UNSET,
    ) -> TransformCollectionToOpenAPIResponse:
        """Convert a collection to an OpenAPI definition

        GET /collections/{collection_id}/transformations
        Builds an OpenAPI definition from the collection's requests and returns it as one
        string, JSON unless `format=yaml` is asked for. Nothing is created in Postman.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            format_: The ``format`` query parameter (``TransformCollectionToOpenApiFormat``, optional).

        Returns:
            ``TransformCollectionToOpenAPIResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transform_collection_to_open_api")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "format_": format_,
            },
        )
