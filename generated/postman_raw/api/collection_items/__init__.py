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

    from ...models.create_collection_folder_request import CreateCollectionFolderRequest
    from ...models.create_collection_folder_response import CreateCollectionFolderResponse
    from ...models.create_collection_request_request import CreateCollectionRequestRequest
    from ...models.create_collection_request_response import CreateCollectionRequestResponse
    from ...models.create_collection_response_request import CreateCollectionResponseRequest
    from ...models.create_collection_response_response import CreateCollectionResponseResponse
    from ...models.delete_collection_folder_response import DeleteCollectionFolderResponse
    from ...models.delete_collection_request_response import DeleteCollectionRequestResponse
    from ...models.delete_collection_response_response import DeleteCollectionResponseResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_collection_folder_response import GetCollectionFolderResponse
    from ...models.get_collection_request_response import GetCollectionRequestResponse
    from ...models.get_collection_response_response import GetCollectionResponseResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.update_collection_folder_request import UpdateCollectionFolderRequest
    from ...models.update_collection_folder_response import UpdateCollectionFolderResponse
    from ...models.update_collection_request_request import UpdateCollectionRequestRequest
    from ...models.update_collection_request_response import UpdateCollectionRequestResponse
    from ...models.update_collection_response_request import UpdateCollectionResponseRequest
    from ...models.update_collection_response_response import UpdateCollectionResponseResponse
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class CollectionItemsOperations:
    """Operations tagged collection_items."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def create_collection_folder(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionFolderRequest | Mapping[str, Any],
    ) -> CreateCollectionFolderResponse:
        """Add a folder to a collection

        POST /collections/{collection_id}/folders
        Creates a folder at the top level of the collection, or inside another folder when
        `folder` is given. Requests sent in `requests` are created inside the new folder in the
        same call. Send a `name`: without one the folder is created with an empty name.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionFolderRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateCollectionFolderResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection_folder")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def get_collection_folder(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        *,
        ids: bool | Unset = UNSET,
        uid: bool | Unset = UNSET,
        populate: bool | Unset = UNSET,
    ) -> GetCollectionFolderResponse:
        """Get one folder of a collection

        GET /collections/{collection_id}/folders/{folder_id}
        Returns the folder's own settings (name, description, auth, scripts, variables) and the
        ids of its requests and sub-folders, in order.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            ids: The ``ids`` query parameter (``bool``, optional).
            uid: The ``uid`` query parameter (``bool``, optional).
            populate: The ``populate`` query parameter (``bool``, optional).

        Returns:
            ``GetCollectionFolderResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_folder")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
            },
            {
                "ids": ids,
                "uid": uid,
                "populate": populate,
            },
        )

    def update_collection_folder(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        *,
        body: UpdateCollectionFolderRequest | Mapping[str, Any],
    ) -> UpdateCollectionFolderResponse:
        """Change a folder's name or description

        PUT /collections/{collection_id}/folders/{folder_id}
        Changes only the fields sent (it behaves like a PATCH): fields left out keep their
        values. The folder's contents are not touched.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionFolderRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateCollectionFolderResponse``: the success body, read into its model.

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

        operation = _operation("update_collection_folder")

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

    def delete_collection_folder(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
    ) -> DeleteCollectionFolderResponse:
        """Delete a folder and everything in it

        DELETE /collections/{collection_id}/folders/{folder_id}
        Removes the folder from the collection, together with its requests and sub-folders.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.

        Returns:
            ``DeleteCollectionFolderResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection_folder")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
            },
            {},
        )

    def create_collection_request(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionRequestRequest | Mapping[str, Any],
        folder_id: str | Unset = UNSET,
    ) -> CreateCollectionRequestResponse:
        """Add a request to a collection

        POST /collections/{collection_id}/requests
        Creates a request at the top level of the collection, or inside the folder named by
        `folderId`. Send a `name`: without one the request is created with an empty name.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionRequestRequest``, or a mapping of its JSON fields (read through the model before sending).
            folder_id: The ``folderId`` query parameter (``str``, optional).

        Returns:
            ``CreateCollectionRequestResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection_request")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
                "folder_id": folder_id,
            },
        )

    def get_collection_request(
        self,
        collection_id: str | Resource,
        request_id: str | Resource,
        *,
        ids: bool | Unset = UNSET,
        uid: bool | Unset = UNSET,
        populate: bool | Unset = UNSET,
    ) -> GetCollectionRequestResponse:
        """Get one request of a collection

        GET /collections/{collection_id}/requests/{request_id}
        Returns the request in the item-level format, with the ids of its saved responses.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            request_id: The request: its id or uid, or a model that has one.
            ids: The ``ids`` query parameter (``bool``, optional).
            uid: The ``uid`` query parameter (``bool``, optional).
            populate: The ``populate`` query parameter (``bool``, optional).

        Returns:
            ``GetCollectionRequestResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_request")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "request_id": request_id,
            },
            {
                "ids": ids,
                "uid": uid,
                "populate": populate,
            },
        )

    def update_collection_request(
        self,
        collection_id: str | Resource,
        request_id: str | Resource,
        *,
        body: UpdateCollectionRequestRequest | Mapping[str, Any],
    ) -> UpdateCollectionRequestResponse:
        """Change a request

        PUT /collections/{collection_id}/requests/{request_id}
        Changes the fields sent and keeps the others. `collectionId` must be the collection's id,
        not its uid. A request cannot be moved to another folder this way.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            request_id: The request: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateCollectionRequestResponse``: the success body, read into its model.

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

        operation = _operation("update_collection_request")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "request_id": request_id,
            },
            {
                "body": body,
            },
        )

    def delete_collection_request(
        self,
        collection_id: str | Resource,
        request_id: str | Resource,
    ) -> DeleteCollectionRequestResponse:
        """Delete a request

        DELETE /collections/{collection_id}/requests/{request_id}
        Removes the request, and its saved responses, from the collection.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            request_id: The request: its id or uid, or a model that has one.

        Returns:
            ``DeleteCollectionRequestResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection_request")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "request_id": request_id,
            },
            {},
        )

    def create_collection_response(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionResponseRequest | Mapping[str, Any],
        request: str,
    ) -> CreateCollectionResponseResponse:
        """Save an example response on a request

        POST /collections/{collection_id}/responses
        Creates a saved (example) response under the request named by `request`. Send a `name`:
        without one the response is created with an empty name.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionResponseRequest``, or a mapping of its JSON fields (read through the model before sending).
            request: The ``request`` query parameter (``str``).

        Returns:
            ``CreateCollectionResponseResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection_response")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
                "request": request,
            },
        )

    def get_collection_response(
        self,
        collection_id: str | Resource,
        response_id: str | Resource,
        *,
        ids: bool | Unset = UNSET,
        uid: bool | Unset = UNSET,
        populate: bool | Unset = UNSET,
    ) -> GetCollectionResponseResponse:
        """Get one saved response

        GET /collections/{collection_id}/responses/{response_id}
        Returns a saved example response, including its body text and the request that produced it.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            response_id: The response: its id or uid, or a model that has one.
            ids: The ``ids`` query parameter (``bool``, optional).
            uid: The ``uid`` query parameter (``bool``, optional).
            populate: The ``populate`` query parameter (``bool``, optional).

        Returns:
            ``GetCollectionResponseResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_response")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "response_id": response_id,
            },
            {
                "ids": ids,
                "uid": uid,
                "populate": populate,
            },
        )

    def update_collection_response(
        self,
        collection_id: str | Resource,
        response_id: str | Resource,
        *,
        body: UpdateCollectionResponseRequest | Mapping[str, Any],
    ) -> UpdateCollectionResponseResponse:
        """Change a saved response

        PUT /collections/{collection_id}/responses/{response_id}
        Changes the fields sent and keeps the others (it behaves like a PATCH). `collectionId`
        must be the collection's id, not its uid.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            response_id: The response: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionResponseRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateCollectionResponseResponse``: the success body, read into its model.

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

        operation = _operation("update_collection_response")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "response_id": response_id,
            },
            {
                "body": body,
            },
        )

    def delete_collection_response(
        self,
        collection_id: str | Resource,
        response_id: str | Resource,
    ) -> DeleteCollectionResponseResponse:
        """Delete a saved response

        DELETE /collections/{collection_id}/responses/{response_id}
        Removes one saved example response from its request.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            response_id: The response: its id or uid, or a model that has one.

        Returns:
            ``DeleteCollectionResponseResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection_response")

        return self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "response_id": response_id,
            },
            {},
        )


class AsyncCollectionItemsOperations:
    """Operations tagged collection_items, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def create_collection_folder(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionFolderRequest | Mapping[str, Any],
    ) -> CreateCollectionFolderResponse:
        """Add a folder to a collection

        POST /collections/{collection_id}/folders
        Creates a folder at the top level of the collection, or inside another folder when
        `folder` is given. Requests sent in `requests` are created inside the new folder in the
        same call. Send a `name`: without one the folder is created with an empty name.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionFolderRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateCollectionFolderResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection_folder")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def get_collection_folder(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        *,
        ids: bool | Unset = UNSET,
        uid: bool | Unset = UNSET,
        populate: bool | Unset = UNSET,
    ) -> GetCollectionFolderResponse:
        """Get one folder of a collection

        GET /collections/{collection_id}/folders/{folder_id}
        Returns the folder's own settings (name, description, auth, scripts, variables) and the
        ids of its requests and sub-folders, in order.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            ids: The ``ids`` query parameter (``bool``, optional).
            uid: The ``uid`` query parameter (``bool``, optional).
            populate: The ``populate`` query parameter (``bool``, optional).

        Returns:
            ``GetCollectionFolderResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_folder")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
            },
            {
                "ids": ids,
                "uid": uid,
                "populate": populate,
            },
        )

    async def update_collection_folder(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
        *,
        body: UpdateCollectionFolderRequest | Mapping[str, Any],
    ) -> UpdateCollectionFolderResponse:
        """Change a folder's name or description

        PUT /collections/{collection_id}/folders/{folder_id}
        Changes only the fields sent (it behaves like a PATCH): fields left out keep their
        values. The folder's contents are not touched.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionFolderRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateCollectionFolderResponse``: the success body, read into its model.

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

        operation = _operation("update_collection_folder")

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

    async def delete_collection_folder(
        self,
        collection_id: str | Resource,
        folder_id: str | Resource,
    ) -> DeleteCollectionFolderResponse:
        """Delete a folder and everything in it

        DELETE /collections/{collection_id}/folders/{folder_id}
        Removes the folder from the collection, together with its requests and sub-folders.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            folder_id: The folder: its id or uid, or a model that has one.

        Returns:
            ``DeleteCollectionFolderResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection_folder")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "folder_id": folder_id,
            },
            {},
        )

    async def create_collection_request(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionRequestRequest | Mapping[str, Any],
        folder_id: str | Unset = UNSET,
    ) -> CreateCollectionRequestResponse:
        """Add a request to a collection

        POST /collections/{collection_id}/requests
        Creates a request at the top level of the collection, or inside the folder named by
        `folderId`. Send a `name`: without one the request is created with an empty name.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionRequestRequest``, or a mapping of its JSON fields (read through the model before sending).
            folder_id: The ``folderId`` query parameter (``str``, optional).

        Returns:
            ``CreateCollectionRequestResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection_request")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
                "folder_id": folder_id,
            },
        )

    async def get_collection_request(
        self,
        collection_id: str | Resource,
        request_id: str | Resource,
        *,
        ids: bool | Unset = UNSET,
        uid: bool | Unset = UNSET,
        populate: bool | Unset = UNSET,
    ) -> GetCollectionRequestResponse:
        """Get one request of a collection

        GET /collections/{collection_id}/requests/{request_id}
        Returns the request in the item-level format, with the ids of its saved responses.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            request_id: The request: its id or uid, or a model that has one.
            ids: The ``ids`` query parameter (``bool``, optional).
            uid: The ``uid`` query parameter (``bool``, optional).
            populate: The ``populate`` query parameter (``bool``, optional).

        Returns:
            ``GetCollectionRequestResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_request")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "request_id": request_id,
            },
            {
                "ids": ids,
                "uid": uid,
                "populate": populate,
            },
        )

    async def update_collection_request(
        self,
        collection_id: str | Resource,
        request_id: str | Resource,
        *,
        body: UpdateCollectionRequestRequest | Mapping[str, Any],
    ) -> UpdateCollectionRequestResponse:
        """Change a request

        PUT /collections/{collection_id}/requests/{request_id}
        Changes the fields sent and keeps the others. `collectionId` must be the collection's id,
        not its uid. A request cannot be moved to another folder this way.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            request_id: The request: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateCollectionRequestResponse``: the success body, read into its model.

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

        operation = _operation("update_collection_request")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "request_id": request_id,
            },
            {
                "body": body,
            },
        )

    async def delete_collection_request(
        self,
        collection_id: str | Resource,
        request_id: str | Resource,
    ) -> DeleteCollectionRequestResponse:
        """Delete a request

        DELETE /collections/{collection_id}/requests/{request_id}
        Removes the request, and its saved responses, from the collection.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            request_id: The request: its id or uid, or a model that has one.

        Returns:
            ``DeleteCollectionRequestResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection_request")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "request_id": request_id,
            },
            {},
        )

    async def create_collection_response(
        self,
        collection_id: str | Resource,
        *,
        body: CreateCollectionResponseRequest | Mapping[str, Any],
        request: str,
    ) -> CreateCollectionResponseResponse:
        """Save an example response on a request

        POST /collections/{collection_id}/responses
        Creates a saved (example) response under the request named by `request`. Send a `name`:
        without one the response is created with an empty name.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``CreateCollectionResponseRequest``, or a mapping of its JSON fields (read through the model before sending).
            request: The ``request`` query parameter (``str``).

        Returns:
            ``CreateCollectionResponseResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_collection_response")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
            },
            {
                "body": body,
                "request": request,
            },
        )

    async def get_collection_response(
        self,
        collection_id: str | Resource,
        response_id: str | Resource,
        *,
        ids: bool | Unset = UNSET,
        uid: bool | Unset = UNSET,
        populate: bool | Unset = UNSET,
    ) -> GetCollectionResponseResponse:
        """Get one saved response

        GET /collections/{collection_id}/responses/{response_id}
        Returns a saved example response, including its body text and the request that produced it.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            response_id: The response: its id or uid, or a model that has one.
            ids: The ``ids`` query parameter (``bool``, optional).
            uid: The ``uid`` query parameter (``bool``, optional).
            populate: The ``populate`` query parameter (``bool``, optional).

        Returns:
            ``GetCollectionResponseResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_collection_response")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "response_id": response_id,
            },
            {
                "ids": ids,
                "uid": uid,
                "populate": populate,
            },
        )

    async def update_collection_response(
        self,
        collection_id: str | Resource,
        response_id: str | Resource,
        *,
        body: UpdateCollectionResponseRequest | Mapping[str, Any],
    ) -> UpdateCollectionResponseResponse:
        """Change a saved response

        PUT /collections/{collection_id}/responses/{response_id}
        Changes the fields sent and keeps the others (it behaves like a PATCH). `collectionId`
        must be the collection's id, not its uid.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            response_id: The response: its id or uid, or a model that has one.
            body: The request body: a ``UpdateCollectionResponseRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateCollectionResponseResponse``: the success body, read into its model.

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

        operation = _operation("update_collection_response")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "response_id": response_id,
            },
            {
                "body": body,
            },
        )

    async def delete_collection_response(
        self,
        collection_id: str | Resource,
        response_id: str | Resource,
    ) -> DeleteCollectionResponseResponse:
        """Delete a saved response

        DELETE /collections/{collection_id}/responses/{response_id}
        Removes one saved example response from its request.

        Args:
            collection_id: The collection: its id or uid, or a model that has one.
            response_id: The response: its id or uid, or a model that has one.

        Returns:
            ``DeleteCollectionResponseResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_collection_response")

        return await self._invoke(
            operation,
            {
                "collection_id": collection_id,
                "response_id": response_id,
            },
            {},
        )
