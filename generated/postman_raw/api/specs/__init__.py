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

    from ...models.create_spec_file_request import CreateSpecFileRequest
    from ...models.create_spec_request import CreateSpecRequest
    from ...models.create_spec_version_tag_request import CreateSpecVersionTagRequest
    from ...models.create_spec_version_tag_response import CreateSpecVersionTagResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.generate_collection_element_type import (
        GenerateCollectionElementType,
        check_generate_collection_element_type,
    )
    from ...models.generate_collection_request import GenerateCollectionRequest
    from ...models.generate_spec_from_collection_element_type import (
        GenerateSpecFromCollectionElementType,
        check_generate_spec_from_collection_element_type,
    )
    from ...models.generate_spec_from_collection_request import GenerateSpecFromCollectionRequest
    from ...models.get_all_specs_response import GetAllSpecsResponse
    from ...models.get_async_spec_task_status_element_type import (
        GetAsyncSpecTaskStatusElementType,
        check_get_async_spec_task_status_element_type,
    )
    from ...models.get_generated_collection_specs_element_type import (
        GetGeneratedCollectionSpecsElementType,
        check_get_generated_collection_specs_element_type,
    )
    from ...models.get_generated_collection_specs_response import GetGeneratedCollectionSpecsResponse
    from ...models.get_spec_collections_element_type import (
        GetSpecCollectionsElementType,
        check_get_spec_collections_element_type,
    )
    from ...models.get_spec_collections_response import GetSpecCollectionsResponse
    from ...models.get_spec_files_response import GetSpecFilesResponse
    from ...models.get_spec_version_tag_response import GetSpecVersionTagResponse
    from ...models.get_spec_version_tags_response import GetSpecVersionTagsResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.spec import Spec
    from ...models.spec_file import SpecFile
    from ...models.spec_task import SpecTask
    from ...models.spec_task_status import SpecTaskStatus
    from ...models.update_spec_file_request import UpdateSpecFileRequest
    from ...models.update_spec_properties_request import UpdateSpecPropertiesRequest
    from ...models.update_spec_sync_options_request import UpdateSpecSyncOptionsRequest
    from ...models.update_spec_sync_options_response import UpdateSpecSyncOptionsResponse
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class SpecsOperations:
    """Operations tagged specs."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_generated_collection_specs(
        self,
        collection_uid: str | Resource,
        element_type: GetGeneratedCollectionSpecsElementType | Resource,
    ) -> GetGeneratedCollectionSpecsResponse:
        """List the specs generated from a collection

        GET /collections/{collection_uid}/generations/{element_type}
        Returns the API specifications that were generated from the collection, with the sync
        state of each.

        Args:
            collection_uid: The collection: its uid, or a model that has one.
            element_type: The element type: its id or uid, or a model that has one.

        Returns:
            ``GetGeneratedCollectionSpecsResponse``: the success body, read into its model.

        Raises:
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_generated_collection_specs")

        return self._invoke(
            operation,
            {
                "collection_uid": collection_uid,
                "element_type": element_type,
            },
            {},
        )

    def generate_spec_from_collection(
        self,
        collection_uid: str | Resource,
        element_type: GenerateSpecFromCollectionElementType | Resource,
        *,
        body: GenerateSpecFromCollectionRequest | Mapping[str, Any],
    ) -> SpecTask:
        """Generate a spec from a collection

        POST /collections/{collection_uid}/generations/{element_type}
        Starts generating an OpenAPI 2.0, 3.0 or 3.1 specification from the collection. The work
        runs in the background: the answer is a task handle whose `url` is polled with GET
        /{elementType}/{elementId}/tasks/{taskId}. Postman documents this answer as 200, unlike
        the other generate and sync calls, which answer 202.

        Args:
            collection_uid: The collection: its uid, or a model that has one.
            element_type: The element type: its id or uid, or a model that has one.
            body: The request body: a ``GenerateSpecFromCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SpecTask``: the success body, read into its model.

        Raises:
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("generate_spec_from_collection")

        return self._invoke(
            operation,
            {
                "collection_uid": collection_uid,
                "element_type": element_type,
            },
            {
                "body": body,
            },
        )

    def sync_collection_with_spec(
        self,
        collection_uid: str | Resource,
        *,
        spec_id: str,
    ) -> SpecTask:
        """Update a generated collection from its spec

        PUT /collections/{collection_uid}/synchronizations
        Starts bringing a collection that was generated from a spec up to date with that spec
        (OpenAPI 2.0, 3.0 and 3.1 only). The collection must have been generated from the spec
        given in `specId`. The work runs in the background: the answer is 202 with a task handle
        to poll.

        Args:
            collection_uid: The collection: its uid, or a model that has one.
            spec_id: The ``specId`` query parameter (``str``).

        Returns:
            ``SpecTask``: the success body, read into its model.

        Raises:
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("sync_collection_with_spec")

        return self._invoke(
            operation,
            {
                "collection_uid": collection_uid,
            },
            {
                "spec_id": spec_id,
            },
        )

    def get_all_specs(
        self,
        *,
        workspace_id: str,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetAllSpecsResponse:
        """List the specs of a workspace

        GET /specs
        Lists the API specifications in a workspace, one page at a time: pass `meta.nextCursor`
        of one page as `cursor` to get the next. `nextCursor` is null on the last page.

        Args:
            workspace_id: The ``workspaceId`` query parameter (``str``).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetAllSpecsResponse``: the success body, read into its model.

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

        operation = _operation("get_all_specs")

        return self._invoke(
            operation,
            {},
            {
                "workspace_id": workspace_id,
                "cursor": cursor,
                "limit": limit,
            },
        )

    def create_spec(
        self,
        *,
        body: CreateSpecRequest | Mapping[str, Any],
        workspace_id: str,
    ) -> Spec:
        """Create a spec

        POST /specs
        Creates an API specification in Spec Hub from one file or several. Supported types:
        OpenAPI 2.0, 3.0 and 3.1, AsyncAPI 2.0 and 3.0, protobuf 2 and 3, GraphQL and Smithy.
        A `/` in a file path creates folders (`components/schemas.json` puts `schemas.json` in a
        `components` folder). A multi-file spec marks exactly one file as `ROOT`. Each file may
        be at most 12 MB.

        Args:
            body: The request body: a ``CreateSpecRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace_id: The ``workspaceId`` query parameter (``str``).

        Returns:
            ``Spec``: the success body, read into its model.

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

        operation = _operation("create_spec")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace_id": workspace_id,
            },
        )

    def get_spec(
        self,
        spec_id: str | Resource,
    ) -> Spec:
        """Get a spec

        GET /specs/{spec_id}
        Returns a spec's name, type, file format and audit fields (not its files).

        Args:
            spec_id: The spec: its id or uid, or a model that has one.

        Returns:
            ``Spec``: the success body, read into its model.

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

        operation = _operation("get_spec")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {},
        )

    def delete_spec(
        self,
        spec_id: str | Resource,
    ) -> Any:
        """Delete a spec

        DELETE /specs/{spec_id}
        Deletes the spec and all of its files. Success has no body.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.

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

        operation = _operation("delete_spec")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {},
        )

    def update_spec_properties(
        self,
        spec_id: str | Resource,
        *,
        body: UpdateSpecPropertiesRequest | Mapping[str, Any],
    ) -> Spec:
        """Rename a spec

        PATCH /specs/{spec_id}
        Changes a spec's properties; today the only one that can change is its name.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            body: The request body: a ``UpdateSpecPropertiesRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Spec``: the success body, read into its model.

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

        operation = _operation("update_spec_properties")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "body": body,
            },
        )

    def update_spec_sync_options(
        self,
        spec_id: str | Resource,
        collection_id: str | Resource,
        *,
        body: UpdateSpecSyncOptionsRequest | Mapping[str, Any],
    ) -> UpdateSpecSyncOptionsResponse:
        """Change how a generated collection syncs with its spec

        PATCH /specs/{spec_id}/collections/{collection_id}/sync-options
        Sets the sync options of a collection generated from the spec. Send at least one
        option; options not sent keep their current value.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``UpdateSpecSyncOptionsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateSpecSyncOptionsResponse``: the success body, read into its model.

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

        operation = _operation("update_spec_sync_options")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    def get_spec_definition(
        self,
        spec_id: str | Resource,
    ) -> str:
        """Get a spec's whole definition

        GET /specs/{spec_id}/definitions
        Returns the complete definition of an OpenAPI or AsyncAPI spec, with its files resolved
        into one document. Postman documents two bodies: the definition as a JSON document
        (`application/json`) or as YAML text (`application/yaml`), matching the format the spec
        is kept in.

        Generated client: the body is returned as text in both cases (the generator reads
        `application/yaml` as text, and the YAML form is listed first so that text wins), so
        a spec kept in either format can be read; parse it with a YAML or JSON parser.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.

        Returns:
            ``str``: the success body, read into its model.

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

        operation = _operation("get_spec_definition")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {},
        )

    def get_spec_files(
        self,
        spec_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSpecFilesResponse:
        """List a spec's files

        GET /specs/{spec_id}/files
        Lists the files of a spec (without their contents). Postman's definition documents no
        paging here, but the answer carries `meta.nextCursor`: pass it back as `cursor` for the
        next page.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSpecFilesResponse``: the success body, read into its model.

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

        operation = _operation("get_spec_files")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "cursor": cursor,
                "limit": limit,
            },
        )

    def create_spec_file(
        self,
        spec_id: str | Resource,
        *,
        body: CreateSpecFileRequest | Mapping[str, Any],
    ) -> SpecFile:
        """Add a file to a spec

        POST /specs/{spec_id}/files
        Adds a file to an OpenAPI or protobuf 2/3 spec. The new file is a `DEFAULT` file; make
        it the root afterwards with PATCH on the file. A `/` in the path creates folders. Each
        file may be at most 10 MB.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            body: The request body: a ``CreateSpecFileRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SpecFile``: the success body, read into its model.

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

        operation = _operation("create_spec_file")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "body": body,
            },
        )

    def get_spec_file(
        self,
        spec_id: str | Resource,
        file_path: str | Resource,
    ) -> SpecFile:
        """Get one file of a spec, with its contents

        GET /specs/{spec_id}/files/{file_path}
        Returns one file of the spec, including its contents as text.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            file_path: The file path: its id or uid, or a model that has one.

        Returns:
            ``SpecFile``: the success body, read into its model.

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

        operation = _operation("get_spec_file")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "file_path": file_path,
            },
            {},
        )

    def delete_spec_file(
        self,
        spec_id: str | Resource,
        file_path: str | Resource,
    ) -> Any:
        """Delete one file of a spec

        DELETE /specs/{spec_id}/files/{file_path}
        Removes the file from the spec. Success has no body.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            file_path: The file path: its id or uid, or a model that has one.

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

        operation = _operation("delete_spec_file")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "file_path": file_path,
            },
            {},
        )

    def update_spec_file(
        self,
        spec_id: str | Resource,
        file_path: str | Resource,
        *,
        body: UpdateSpecFileRequest | Mapping[str, Any],
    ) -> SpecFile:
        """Change one file of a spec

        PATCH /specs/{spec_id}/files/{file_path}
        Changes one thing about a file of an OpenAPI or protobuf 2/3 spec per call: its
        contents, its name, or its type. Sending none of them, or more than one, is rejected
        with 400. Making a file `ROOT` turns the previous root file into a `DEFAULT` file.
        Contents may be at most 10 MB.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            file_path: The file path: its id or uid, or a model that has one.
            body: The request body: a ``UpdateSpecFileRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SpecFile``: the success body, read into its model.

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

        operation = _operation("update_spec_file")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "file_path": file_path,
            },
            {
                "body": body,
            },
        )

    def get_spec_collections(
        self,
        spec_id: str | Resource,
        element_type: GetSpecCollectionsElementType | Resource,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetSpecCollectionsResponse:
        """List the collections generated from a spec

        GET /specs/{spec_id}/generations/{element_type}
        Lists the collections generated from the spec, with the sync state of each, one page
        at a time: pass `meta.nextCursor` of one page as `cursor` to get the next.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            element_type: The element type: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetSpecCollectionsResponse``: the success body, read into its model.

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

        operation = _operation("get_spec_collections")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "element_type": element_type,
            },
            {
                "limit": limit,
                "cursor": cursor,
            },
        )

    def generate_collection(
        self,
        spec_id: str | Resource,
        element_type: GenerateCollectionElementType | Resource,
        *,
        body: GenerateCollectionRequest | Mapping[str, Any],
    ) -> SpecTask:
        """Generate a collection from a spec

        POST /specs/{spec_id}/generations/{element_type}
        Starts generating a collection from an OpenAPI 2.0, 3.0 or 3.1 spec or a Smithy spec.
        The work runs in the background: the answer is 202 with a task handle whose `url` is
        polled with GET /{elementType}/{elementId}/tasks/{taskId}; when the task completes, its
        `details.resources` names the new collection.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            element_type: The element type: its id or uid, or a model that has one.
            body: The request body: a ``GenerateCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SpecTask``: the success body, read into its model.

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

        operation = _operation("generate_collection")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "element_type": element_type,
            },
            {
                "body": body,
            },
        )

    def sync_spec_with_collection(
        self,
        spec_id: str | Resource,
        *,
        collection_uid: str,
    ) -> SpecTask:
        """Update a spec from its linked collection

        PUT /specs/{spec_id}/synchronizations
        Starts bringing the spec (OpenAPI 2.0, 3.0 or 3.1 only) up to date with a collection
        generated from it. The work runs in the background: the answer is 202 with a task
        handle to poll.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            collection_uid: The ``collectionUid`` query parameter (``str``).

        Returns:
            ``SpecTask``: the success body, read into its model.

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

        operation = _operation("sync_spec_with_collection")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "collection_uid": collection_uid,
            },
        )

    def get_spec_version_tags(
        self,
        spec_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSpecVersionTagsResponse:
        """List a spec's version tags

        GET /specs/{spec_id}/version-tags
        Lists the spec's version tags (named snapshots), one page at a time: pass
        `meta.nextCursor` of one page as `cursor` to get the next.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSpecVersionTagsResponse``: the success body, read into its model.

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

        operation = _operation("get_spec_version_tags")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "cursor": cursor,
                "limit": limit,
            },
        )

    def create_spec_version_tag(
        self,
        spec_id: str | Resource,
        *,
        body: CreateSpecVersionTagRequest | Mapping[str, Any],
    ) -> CreateSpecVersionTagResponse:
        """Tag the spec's current version

        POST /specs/{spec_id}/version-tags
        Creates a version tag: a named snapshot of the spec as it is now. A group of changes
        (changelog group) can carry only one tag; tagging it again answers 409 until the spec
        changes again.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            body: The request body: a ``CreateSpecVersionTagRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateSpecVersionTagResponse``: the success body, read into its model.

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

        operation = _operation("create_spec_version_tag")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "body": body,
            },
        )

    def get_spec_version_tag(
        self,
        spec_id: str | Resource,
        tag_id: str | Resource,
    ) -> GetSpecVersionTagResponse:
        """Get the files of a version tag

        GET /specs/{spec_id}/version-tags/{tag_id}/files
        Returns the spec's files and folders as they were when the version tag was created.
        Files carry their contents; folders do not.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            tag_id: The tag: its id or uid, or a model that has one.

        Returns:
            ``GetSpecVersionTagResponse``: the success body, read into its model.

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

        operation = _operation("get_spec_version_tag")

        return self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "tag_id": tag_id,
            },
            {},
        )

    def get_async_spec_task_status(
        self,
        element_type: GetAsyncSpecTaskStatusElementType | Resource,
        element_id: str | Resource,
        task_id: str | Resource,
    ) -> SpecTaskStatus:
        """Poll a spec generation or sync task

        GET /{element_type}/{element_id}/tasks/{task_id}
        Returns the state of a background task started by a generate or sync call. The task
        handle's `url` is this path already filled in. Poll until `status` is `completed` (then
        `details.resources` lists what was created or updated) or `failed` (then `details` is a
        message).

        Args:
            element_type: The element type: its id or uid, or a model that has one.
            element_id: The element: its id or uid, or a model that has one.
            task_id: The task: its id or uid, or a model that has one.

        Returns:
            ``SpecTaskStatus``: the success body, read into its model.

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

        operation = _operation("get_async_spec_task_status")

        return self._invoke(
            operation,
            {
                "element_type": element_type,
                "element_id": element_id,
                "task_id": task_id,
            },
            {},
        )


class AsyncSpecsOperations:
    """Operations tagged specs, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_generated_collection_specs(
        self,
        collection_uid: str | Resource,
        element_type: GetGeneratedCollectionSpecsElementType | Resource,
    ) -> GetGeneratedCollectionSpecsResponse:
        """List the specs generated from a collection

        GET /collections/{collection_uid}/generations/{element_type}
        Returns the API specifications that were generated from the collection, with the sync
        state of each.

        Args:
            collection_uid: The collection: its uid, or a model that has one.
            element_type: The element type: its id or uid, or a model that has one.

        Returns:
            ``GetGeneratedCollectionSpecsResponse``: the success body, read into its model.

        Raises:
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_generated_collection_specs")

        return await self._invoke(
            operation,
            {
                "collection_uid": collection_uid,
                "element_type": element_type,
            },
            {},
        )

    async def generate_spec_from_collection(
        self,
        collection_uid: str | Resource,
        element_type: GenerateSpecFromCollectionElementType | Resource,
        *,
        body: GenerateSpecFromCollectionRequest | Mapping[str, Any],
    ) -> SpecTask:
        """Generate a spec from a collection

        POST /collections/{collection_uid}/generations/{element_type}
        Starts generating an OpenAPI 2.0, 3.0 or 3.1 specification from the collection. The work
        runs in the background: the answer is a task handle whose `url` is polled with GET
        /{elementType}/{elementId}/tasks/{taskId}. Postman documents this answer as 200, unlike
        the other generate and sync calls, which answer 202.

        Args:
            collection_uid: The collection: its uid, or a model that has one.
            element_type: The element type: its id or uid, or a model that has one.
            body: The request body: a ``GenerateSpecFromCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SpecTask``: the success body, read into its model.

        Raises:
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("generate_spec_from_collection")

        return await self._invoke(
            operation,
            {
                "collection_uid": collection_uid,
                "element_type": element_type,
            },
            {
                "body": body,
            },
        )

    async def sync_collection_with_spec(
        self,
        collection_uid: str | Resource,
        *,
        spec_id: str,
    ) -> SpecTask:
        """Update a generated collection from its spec

        PUT /collections/{collection_uid}/synchronizations
        Starts bringing a collection that was generated from a spec up to date with that spec
        (OpenAPI 2.0, 3.0 and 3.1 only). The collection must have been generated from the spec
        given in `specId`. The work runs in the background: the answer is 202 with a task handle
        to poll.

        Args:
            collection_uid: The collection: its uid, or a model that has one.
            spec_id: The ``specId`` query parameter (``str``).

        Returns:
            ``SpecTask``: the success body, read into its model.

        Raises:
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("sync_collection_with_spec")

        return await self._invoke(
            operation,
            {
                "collection_uid": collection_uid,
            },
            {
                "spec_id": spec_id,
            },
        )

    async def get_all_specs(
        self,
        *,
        workspace_id: str,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetAllSpecsResponse:
        """List the specs of a workspace

        GET /specs
        Lists the API specifications in a workspace, one page at a time: pass `meta.nextCursor`
        of one page as `cursor` to get the next. `nextCursor` is null on the last page.

        Args:
            workspace_id: The ``workspaceId`` query parameter (``str``).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetAllSpecsResponse``: the success body, read into its model.

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

        operation = _operation("get_all_specs")

        return await self._invoke(
            operation,
            {},
            {
                "workspace_id": workspace_id,
                "cursor": cursor,
                "limit": limit,
            },
        )

    async def create_spec(
        self,
        *,
        body: CreateSpecRequest | Mapping[str, Any],
        workspace_id: str,
    ) -> Spec:
        """Create a spec

        POST /specs
        Creates an API specification in Spec Hub from one file or several. Supported types:
        OpenAPI 2.0, 3.0 and 3.1, AsyncAPI 2.0 and 3.0, protobuf 2 and 3, GraphQL and Smithy.
        A `/` in a file path creates folders (`components/schemas.json` puts `schemas.json` in a
        `components` folder). A multi-file spec marks exactly one file as `ROOT`. Each file may
        be at most 12 MB.

        Args:
            body: The request body: a ``CreateSpecRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace_id: The ``workspaceId`` query parameter (``str``).

        Returns:
            ``Spec``: the success body, read into its model.

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

        operation = _operation("create_spec")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace_id": workspace_id,
            },
        )

    async def get_spec(
        self,
        spec_id: str | Resource,
    ) -> Spec:
        """Get a spec

        GET /specs/{spec_id}
        Returns a spec's name, type, file format and audit fields (not its files).

        Args:
            spec_id: The spec: its id or uid, or a model that has one.

        Returns:
            ``Spec``: the success body, read into its model.

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

        operation = _operation("get_spec")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {},
        )

    async def delete_spec(
        self,
        spec_id: str | Resource,
    ) -> Any:
        """Delete a spec

        DELETE /specs/{spec_id}
        Deletes the spec and all of its files. Success has no body.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.

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

        operation = _operation("delete_spec")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {},
        )

    async def update_spec_properties(
        self,
        spec_id: str | Resource,
        *,
        body: UpdateSpecPropertiesRequest | Mapping[str, Any],
    ) -> Spec:
        """Rename a spec

        PATCH /specs/{spec_id}
        Changes a spec's properties; today the only one that can change is its name.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            body: The request body: a ``UpdateSpecPropertiesRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Spec``: the success body, read into its model.

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

        operation = _operation("update_spec_properties")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "body": body,
            },
        )

    async def update_spec_sync_options(
        self,
        spec_id: str | Resource,
        collection_id: str | Resource,
        *,
        body: UpdateSpecSyncOptionsRequest | Mapping[str, Any],
    ) -> UpdateSpecSyncOptionsResponse:
        """Change how a generated collection syncs with its spec

        PATCH /specs/{spec_id}/collections/{collection_id}/sync-options
        Sets the sync options of a collection generated from the spec. Send at least one
        option; options not sent keep their current value.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            collection_id: The collection: its id or uid, or a model that has one.
            body: The request body: a ``UpdateSpecSyncOptionsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateSpecSyncOptionsResponse``: the success body, read into its model.

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

        operation = _operation("update_spec_sync_options")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "collection_id": collection_id,
            },
            {
                "body": body,
            },
        )

    async def get_spec_definition(
        self,
        spec_id: str | Resource,
    ) -> str:
        """Get a spec's whole definition

        GET /specs/{spec_id}/definitions
        Returns the complete definition of an OpenAPI or AsyncAPI spec, with its files resolved
        into one document. Postman documents two bodies: the definition as a JSON document
        (`application/json`) or as YAML text (`application/yaml`), matching the format the spec
        is kept in.

        Generated client: the body is returned as text in both cases (the generator reads
        `application/yaml` as text, and the YAML form is listed first so that text wins), so
        a spec kept in either format can be read; parse it with a YAML or JSON parser.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.

        Returns:
            ``str``: the success body, read into its model.

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

        operation = _operation("get_spec_definition")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {},
        )

    async def get_spec_files(
        self,
        spec_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSpecFilesResponse:
        """List a spec's files

        GET /specs/{spec_id}/files
        Lists the files of a spec (without their contents). Postman's definition documents no
        paging here, but the answer carries `meta.nextCursor`: pass it back as `cursor` for the
        next page.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSpecFilesResponse``: the success body, read into its model.

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

        operation = _operation("get_spec_files")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "cursor": cursor,
                "limit": limit,
            },
        )

    async def create_spec_file(
        self,
        spec_id: str | Resource,
        *,
        body: CreateSpecFileRequest | Mapping[str, Any],
    ) -> SpecFile:
        """Add a file to a spec

        POST /specs/{spec_id}/files
        Adds a file to an OpenAPI or protobuf 2/3 spec. The new file is a `DEFAULT` file; make
        it the root afterwards with PATCH on the file. A `/` in the path creates folders. Each
        file may be at most 10 MB.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            body: The request body: a ``CreateSpecFileRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SpecFile``: the success body, read into its model.

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

        operation = _operation("create_spec_file")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "body": body,
            },
        )

    async def get_spec_file(
        self,
        spec_id: str | Resource,
        file_path: str | Resource,
    ) -> SpecFile:
        """Get one file of a spec, with its contents

        GET /specs/{spec_id}/files/{file_path}
        Returns one file of the spec, including its contents as text.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            file_path: The file path: its id or uid, or a model that has one.

        Returns:
            ``SpecFile``: the success body, read into its model.

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

        operation = _operation("get_spec_file")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "file_path": file_path,
            },
            {},
        )

    async def delete_spec_file(
        self,
        spec_id: str | Resource,
        file_path: str | Resource,
    ) -> Any:
        """Delete one file of a spec

        DELETE /specs/{spec_id}/files/{file_path}
        Removes the file from the spec. Success has no body.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            file_path: The file path: its id or uid, or a model that has one.

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

        operation = _operation("delete_spec_file")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "file_path": file_path,
            },
            {},
        )

    async def update_spec_file(
        self,
        spec_id: str | Resource,
        file_path: str | Resource,
        *,
        body: UpdateSpecFileRequest | Mapping[str, Any],
    ) -> SpecFile:
        """Change one file of a spec

        PATCH /specs/{spec_id}/files/{file_path}
        Changes one thing about a file of an OpenAPI or protobuf 2/3 spec per call: its
        contents, its name, or its type. Sending none of them, or more than one, is rejected
        with 400. Making a file `ROOT` turns the previous root file into a `DEFAULT` file.
        Contents may be at most 10 MB.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            file_path: The file path: its id or uid, or a model that has one.
            body: The request body: a ``UpdateSpecFileRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SpecFile``: the success body, read into its model.

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

        operation = _operation("update_spec_file")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "file_path": file_path,
            },
            {
                "body": body,
            },
        )

    async def get_spec_collections(
        self,
        spec_id: str | Resource,
        element_type: GetSpecCollectionsElementType | Resource,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetSpecCollectionsResponse:
        """List the collections generated from a spec

        GET /specs/{spec_id}/generations/{element_type}
        Lists the collections generated from the spec, with the sync state of each, one page
        at a time: pass `meta.nextCursor` of one page as `cursor` to get the next.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            element_type: The element type: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetSpecCollectionsResponse``: the success body, read into its model.

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

        operation = _operation("get_spec_collections")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "element_type": element_type,
            },
            {
                "limit": limit,
                "cursor": cursor,
            },
        )

    async def generate_collection(
        self,
        spec_id: str | Resource,
        element_type: GenerateCollectionElementType | Resource,
        *,
        body: GenerateCollectionRequest | Mapping[str, Any],
    ) -> SpecTask:
        """Generate a collection from a spec

        POST /specs/{spec_id}/generations/{element_type}
        Starts generating a collection from an OpenAPI 2.0, 3.0 or 3.1 spec or a Smithy spec.
        The work runs in the background: the answer is 202 with a task handle whose `url` is
        polled with GET /{elementType}/{elementId}/tasks/{taskId}; when the task completes, its
        `details.resources` names the new collection.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            element_type: The element type: its id or uid, or a model that has one.
            body: The request body: a ``GenerateCollectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SpecTask``: the success body, read into its model.

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

        operation = _operation("generate_collection")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "element_type": element_type,
            },
            {
                "body": body,
            },
        )

    async def sync_spec_with_collection(
        self,
        spec_id: str | Resource,
        *,
        collection_uid: str,
    ) -> SpecTask:
        """Update a spec from its linked collection

        PUT /specs/{spec_id}/synchronizations
        Starts bringing the spec (OpenAPI 2.0, 3.0 or 3.1 only) up to date with a collection
        generated from it. The work runs in the background: the answer is 202 with a task
        handle to poll.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            collection_uid: The ``collectionUid`` query parameter (``str``).

        Returns:
            ``SpecTask``: the success body, read into its model.

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

        operation = _operation("sync_spec_with_collection")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "collection_uid": collection_uid,
            },
        )

    async def get_spec_version_tags(
        self,
        spec_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSpecVersionTagsResponse:
        """List a spec's version tags

        GET /specs/{spec_id}/version-tags
        Lists the spec's version tags (named snapshots), one page at a time: pass
        `meta.nextCursor` of one page as `cursor` to get the next.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSpecVersionTagsResponse``: the success body, read into its model.

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

        operation = _operation("get_spec_version_tags")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "cursor": cursor,
                "limit": limit,
            },
        )

    async def create_spec_version_tag(
        self,
        spec_id: str | Resource,
        *,
        body: CreateSpecVersionTagRequest | Mapping[str, Any],
    ) -> CreateSpecVersionTagResponse:
        """Tag the spec's current version

        POST /specs/{spec_id}/version-tags
        Creates a version tag: a named snapshot of the spec as it is now. A group of changes
        (changelog group) can carry only one tag; tagging it again answers 409 until the spec
        changes again.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            body: The request body: a ``CreateSpecVersionTagRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateSpecVersionTagResponse``: the success body, read into its model.

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

        operation = _operation("create_spec_version_tag")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
            },
            {
                "body": body,
            },
        )

    async def get_spec_version_tag(
        self,
        spec_id: str | Resource,
        tag_id: str | Resource,
    ) -> GetSpecVersionTagResponse:
        """Get the files of a version tag

        GET /specs/{spec_id}/version-tags/{tag_id}/files
        Returns the spec's files and folders as they were when the version tag was created.
        Files carry their contents; folders do not.

        Args:
            spec_id: The spec: its id or uid, or a model that has one.
            tag_id: The tag: its id or uid, or a model that has one.

        Returns:
            ``GetSpecVersionTagResponse``: the success body, read into its model.

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

        operation = _operation("get_spec_version_tag")

        return await self._invoke(
            operation,
            {
                "spec_id": spec_id,
                "tag_id": tag_id,
            },
            {},
        )

    async def get_async_spec_task_status(
        self,
        element_type: GetAsyncSpecTaskStatusElementType | Resource,
        element_id: str | Resource,
        task_id: str | Resource,
    ) -> SpecTaskStatus:
        """Poll a spec generation or sync task

        GET /{element_type}/{element_id}/tasks/{task_id}
        Returns the state of a background task started by a generate or sync call. The task
        handle's `url` is this path already filled in. Poll until `status` is `completed` (then
        `details.resources` lists what was created or updated) or `failed` (then `details` is a
        message).

        Args:
            element_type: The element type: its id or uid, or a model that has one.
            element_id: The element: its id or uid, or a model that has one.
            task_id: The task: its id or uid, or a model that has one.

        Returns:
            ``SpecTaskStatus``: the success body, read into its model.

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

        operation = _operation("get_async_spec_task_status")

        return await self._invoke(
            operation,
            {
                "element_type": element_type,
                "element_id": element_id,
                "task_id": task_id,
            },
            {},
        )
