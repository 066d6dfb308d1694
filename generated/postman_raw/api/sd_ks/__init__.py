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

    from ...models.create_sdk_git_connection_request import CreateSdkGitConnectionRequest
    from ...models.create_sdk_request import CreateSdkRequest
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_sdk_download_url_response import GetSdkDownloadUrlResponse
    from ...models.get_sdk_git_connection_pull_requests_response import GetSdkGitConnectionPullRequestsResponse
    from ...models.get_sdk_git_connection_pull_requests_status import (
        GetSdkGitConnectionPullRequestsStatus,
        check_get_sdk_git_connection_pull_requests_status,
    )
    from ...models.get_sdk_git_connections_response import GetSdkGitConnectionsResponse
    from ...models.get_sdk_git_connections_status import (
        GetSdkGitConnectionsStatus,
        check_get_sdk_git_connections_status,
    )
    from ...models.get_sdks_build_status import GetSdksBuildStatus, check_get_sdks_build_status
    from ...models.get_sdks_response import GetSdksResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.sdk import Sdk
    from ...models.sdk_git_connection import SdkGitConnection
    from ...models.sdk_language_input import SdkLanguageInput, check_sdk_language_input
    from ...models.update_sdk_git_connection_request import UpdateSdkGitConnectionRequest
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class SdksOperations:
    """Operations tagged sd_ks."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_sdk_git_connections(
        self,
        *,
        workspace_id: str,
        source_id: str | Unset = UNSET,
        language: SdkLanguageInput | Unset = UNSET,
        status: GetSdkGitConnectionsStatus | Unset = UNSET,
        repository_url: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSdkGitConnectionsResponse:
        """List SDK Git connections

        GET /sdk-git-connections
        Lists the Git connections of one workspace's collections and specs that the key's user
        can see. A connection ties one source and one SDK language to one repository. Pages are
        taken with `cursor` and `limit` (`meta.nextCursor` is null on the last page).

        Args:
            workspace_id: The ``workspaceId`` query parameter (``str``).
            source_id: The ``sourceId`` query parameter (``str``, optional).
            language: The ``language`` query parameter (``SdkLanguageInput``, optional).
            status: The ``status`` query parameter (``GetSdkGitConnectionsStatus``, optional).
            repository_url: The ``repositoryUrl`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSdkGitConnectionsResponse``: the success body, read into its model.

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

        operation = _operation("get_sdk_git_connections")

        return self._invoke(
            operation,
            {},
            {
                "workspace_id": workspace_id,
                "source_id": source_id,
                "language": language,
                "status": status,
                "repository_url": repository_url,
                "cursor": cursor,
                "limit": limit,
            },
        )

    def create_sdk_git_connection(
        self,
        *,
        body: CreateSdkGitConnectionRequest | Mapping[str, Any],
    ) -> SdkGitConnection:
        """Connect a Git repository to an SDK

        POST /sdk-git-connections
        Connects a collection or spec, for one SDK language, to a Git repository; the new
        connection starts `active`. There is at most one connection per source and language: a
        second one is refused with 409 (change an existing one with PUT
        /sdk-git-connections/{sdkGitConnectionId}). On Team plans
        `autoUpdatePullRequestsEnabled` is always false.

        Args:
            body: The request body: a ``CreateSdkGitConnectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SdkGitConnection``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            ConflictError: The server answered 409.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_sdk_git_connection")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def get_sdk_git_connection(
        self,
        sdk_git_connection_id: str | Resource,
    ) -> SdkGitConnection:
        """Get an SDK Git connection

        GET /sdk-git-connections/{sdk_git_connection_id}
        Returns one Git connection, with the SDK currently on its target branch and its
        SDK-update pull requests, newest first.

        Args:
            sdk_git_connection_id: The sdk git connection: its id or uid, or a model that has one.

        Returns:
            ``SdkGitConnection``: the success body, read into its model.

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

        operation = _operation("get_sdk_git_connection")

        return self._invoke(
            operation,
            {
                "sdk_git_connection_id": sdk_git_connection_id,
            },
            {},
        )

    def update_sdk_git_connection(
        self,
        sdk_git_connection_id: str | Resource,
        *,
        body: UpdateSdkGitConnectionRequest | Mapping[str, Any],
    ) -> SdkGitConnection:
        """Connect or disconnect an SDK Git connection

        PUT /sdk-git-connections/{sdk_git_connection_id}
        Sets a connection's state. `active` (re)connects the repository and resumes automatic
        pull requests; `disconnected` stops them while keeping the pull-request history.
        `inaccessible` is set by Postman alone and cannot be requested. Sending the current
        values changes nothing and still returns the connection. On Team plans
        `autoUpdatePullRequestsEnabled` is always false.

        Args:
            sdk_git_connection_id: The sdk git connection: its id or uid, or a model that has one.
            body: The request body: a ``UpdateSdkGitConnectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SdkGitConnection``: the success body, read into its model.

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

        operation = _operation("update_sdk_git_connection")

        return self._invoke(
            operation,
            {
                "sdk_git_connection_id": sdk_git_connection_id,
            },
            {
                "body": body,
            },
        )

    def get_sdk_git_connection_pull_requests(
        self,
        sdk_git_connection_id: str | Resource,
        *,
        status: GetSdkGitConnectionPullRequestsStatus | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSdkGitConnectionPullRequestsResponse:
        """List an SDK Git connection's pull requests

        GET /sdk-git-connections/{sdk_git_connection_id}/pull-requests
        Lists the SDK-update pull requests opened through a connection, most recently updated
        first. Changes pushed straight to the base branch are not listed. Pages are taken with
        `cursor` and `limit`.

        Args:
            sdk_git_connection_id: The sdk git connection: its id or uid, or a model that has one.
            status: The ``status`` query parameter (``GetSdkGitConnectionPullRequestsStatus``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSdkGitConnectionPullRequestsResponse``: the success body, read into its model.

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

        operation = _operation("get_sdk_git_connection_pull_requests")

        return self._invoke(
            operation,
            {
                "sdk_git_connection_id": sdk_git_connection_id,
            },
            {
                "status": status,
                "cursor": cursor,
                "limit": limit,
            },
        )

    def get_sdks(
        self,
        *,
        workspace_id: str,
        sdk_ids: list[str] | Unset = UNSET,
        build_status: GetSdksBuildStatus | Unset = UNSET,
        language: SdkLanguageInput | Unset = UNSET,
        source_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSdksResponse:
        """List SDKs

        GET /sdks
        Lists the SDKs of one workspace that the key's user can see. To poll the build state
        of several SDKs in one call, pass their ids in `sdkIds`; the other filters are then
        ignored and only the accessible SDKs of that list are returned. Pages are taken with
        `cursor` and `limit`.

        Args:
            workspace_id: The ``workspaceId`` query parameter (``str``).
            sdk_ids: The ``sdkIds`` query parameter (``list[str]``, optional).
            build_status: The ``buildStatus`` query parameter (``GetSdksBuildStatus``, optional).
            language: The ``language`` query parameter (``SdkLanguageInput``, optional).
            source_id: The ``sourceId`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSdksResponse``: the success body, read into its model.

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

        operation = _operation("get_sdks")

        return self._invoke(
            operation,
            {},
            {
                "workspace_id": workspace_id,
                "sdk_ids": sdk_ids,
                "build_status": build_status,
                "language": language,
                "source_id": source_id,
                "cursor": cursor,
                "limit": limit,
            },
        )

    def create_sdk(
        self,
        *,
        body: CreateSdkRequest | Mapping[str, Any],
    ) -> Any:
        """Start generating an SDK

        POST /sdks
        Starts generating one SDK, in one language, from a collection or spec. The work runs in
        the background: the response carries no body, only a `Location` header pointing at the
        new SDK. Poll GET /sdks/{sdkId} (or GET /sdks with `sdkIds`) until `buildStatus` is
        `succeeded` or `failed`, then fetch the archive with GET /sdks/{sdkId}/downloads.

        Only the options object that matches `language` is read (`pythonOptions` for
        `python`, and so on); the others are ignored. Without one, names are derived from the
        source and its workspace.

        Args:
            body: The request body: a ``CreateSdkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Any``: the success body, read into its model.

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

        operation = _operation("create_sdk")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def get_sdk(
        self,
        sdk_id: str | Resource,
    ) -> Sdk:
        """Get an SDK

        GET /sdks/{sdk_id}
        Returns one SDK with the state of its build; this is the endpoint to poll after POST /sdks.

        Args:
            sdk_id: The sdk: its id or uid, or a model that has one.

        Returns:
            ``Sdk``: the success body, read into its model.

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

        operation = _operation("get_sdk")

        return self._invoke(
            operation,
            {
                "sdk_id": sdk_id,
            },
            {},
        )

    def delete_sdk(
        self,
        sdk_id: str | Resource,
    ) -> Any:
        """Delete an SDK

        DELETE /sdks/{sdk_id}
        Deletes an SDK and its stored archive. A generation that is still running cannot be
        cancelled this way.

        Args:
            sdk_id: The sdk: its id or uid, or a model that has one.

        Returns:
            ``Any``: the success body, read into its model.

        Raises:
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

        operation = _operation("delete_sdk")

        return self._invoke(
            operation,
            {
                "sdk_id": sdk_id,
            },
            {},
        )

    def get_sdk_download_url(
        self,
        sdk_id: str | Resource,
    ) -> GetSdkDownloadUrlResponse:
        """Get a download link for an SDK

        GET /sdks/{sdk_id}/downloads
        Returns a signed link to the SDK's zip archive, made on request and valid for a few
        minutes. The archive itself is never sent by the API; download it from `url`.

        Args:
            sdk_id: The sdk: its id or uid, or a model that has one.

        Returns:
            ``GetSdkDownloadUrlResponse``: the success body, read into its model.

        Raises:
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

        operation = _operation("get_sdk_download_url")

        return self._invoke(
            operation,
            {
                "sdk_id": sdk_id,
            },
            {},
        )


class AsyncSdksOperations:
    """Operations tagged sd_ks, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_sdk_git_connections(
        self,
        *,
        workspace_id: str,
        source_id: str | Unset = UNSET,
        language: SdkLanguageInput | Unset = UNSET,
        status: GetSdkGitConnectionsStatus | Unset = UNSET,
        repository_url: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSdkGitConnectionsResponse:
        """List SDK Git connections

        GET /sdk-git-connections
        Lists the Git connections of one workspace's collections and specs that the key's user
        can see. A connection ties one source and one SDK language to one repository. Pages are
        taken with `cursor` and `limit` (`meta.nextCursor` is null on the last page).

        Args:
            workspace_id: The ``workspaceId`` query parameter (``str``).
            source_id: The ``sourceId`` query parameter (``str``, optional).
            language: The ``language`` query parameter (``SdkLanguageInput``, optional).
            status: The ``status`` query parameter (``GetSdkGitConnectionsStatus``, optional).
            repository_url: The ``repositoryUrl`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSdkGitConnectionsResponse``: the success body, read into its model.

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

        operation = _operation("get_sdk_git_connections")

        return await self._invoke(
            operation,
            {},
            {
                "workspace_id": workspace_id,
                "source_id": source_id,
                "language": language,
                "status": status,
                "repository_url": repository_url,
                "cursor": cursor,
                "limit": limit,
            },
        )

    async def create_sdk_git_connection(
        self,
        *,
        body: CreateSdkGitConnectionRequest | Mapping[str, Any],
    ) -> SdkGitConnection:
        """Connect a Git repository to an SDK

        POST /sdk-git-connections
        Connects a collection or spec, for one SDK language, to a Git repository; the new
        connection starts `active`. There is at most one connection per source and language: a
        second one is refused with 409 (change an existing one with PUT
        /sdk-git-connections/{sdkGitConnectionId}). On Team plans
        `autoUpdatePullRequestsEnabled` is always false.

        Args:
            body: The request body: a ``CreateSdkGitConnectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SdkGitConnection``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            ConflictError: The server answered 409.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_sdk_git_connection")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def get_sdk_git_connection(
        self,
        sdk_git_connection_id: str | Resource,
    ) -> SdkGitConnection:
        """Get an SDK Git connection

        GET /sdk-git-connections/{sdk_git_connection_id}
        Returns one Git connection, with the SDK currently on its target branch and its
        SDK-update pull requests, newest first.

        Args:
            sdk_git_connection_id: The sdk git connection: its id or uid, or a model that has one.

        Returns:
            ``SdkGitConnection``: the success body, read into its model.

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

        operation = _operation("get_sdk_git_connection")

        return await self._invoke(
            operation,
            {
                "sdk_git_connection_id": sdk_git_connection_id,
            },
            {},
        )

    async def update_sdk_git_connection(
        self,
        sdk_git_connection_id: str | Resource,
        *,
        body: UpdateSdkGitConnectionRequest | Mapping[str, Any],
    ) -> SdkGitConnection:
        """Connect or disconnect an SDK Git connection

        PUT /sdk-git-connections/{sdk_git_connection_id}
        Sets a connection's state. `active` (re)connects the repository and resumes automatic
        pull requests; `disconnected` stops them while keeping the pull-request history.
        `inaccessible` is set by Postman alone and cannot be requested. Sending the current
        values changes nothing and still returns the connection. On Team plans
        `autoUpdatePullRequestsEnabled` is always false.

        Args:
            sdk_git_connection_id: The sdk git connection: its id or uid, or a model that has one.
            body: The request body: a ``UpdateSdkGitConnectionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SdkGitConnection``: the success body, read into its model.

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

        operation = _operation("update_sdk_git_connection")

        return await self._invoke(
            operation,
            {
                "sdk_git_connection_id": sdk_git_connection_id,
            },
            {
                "body": body,
            },
        )

    async def get_sdk_git_connection_pull_requests(
        self,
        sdk_git_connection_id: str | Resource,
        *,
        status: GetSdkGitConnectionPullRequestsStatus | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSdkGitConnectionPullRequestsResponse:
        """List an SDK Git connection's pull requests

        GET /sdk-git-connections/{sdk_git_connection_id}/pull-requests
        Lists the SDK-update pull requests opened through a connection, most recently updated
        first. Changes pushed straight to the base branch are not listed. Pages are taken with
        `cursor` and `limit`.

        Args:
            sdk_git_connection_id: The sdk git connection: its id or uid, or a model that has one.
            status: The ``status`` query parameter (``GetSdkGitConnectionPullRequestsStatus``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSdkGitConnectionPullRequestsResponse``: the success body, read into its model.

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

        operation = _operation("get_sdk_git_connection_pull_requests")

        return await self._invoke(
            operation,
            {
                "sdk_git_connection_id": sdk_git_connection_id,
            },
            {
                "status": status,
                "cursor": cursor,
                "limit": limit,
            },
        )

    async def get_sdks(
        self,
        *,
        workspace_id: str,
        sdk_ids: list[str] | Unset = UNSET,
        build_status: GetSdksBuildStatus | Unset = UNSET,
        language: SdkLanguageInput | Unset = UNSET,
        source_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetSdksResponse:
        """List SDKs

        GET /sdks
        Lists the SDKs of one workspace that the key's user can see. To poll the build state
        of several SDKs in one call, pass their ids in `sdkIds`; the other filters are then
        ignored and only the accessible SDKs of that list are returned. Pages are taken with
        `cursor` and `limit`.

        Args:
            workspace_id: The ``workspaceId`` query parameter (``str``).
            sdk_ids: The ``sdkIds`` query parameter (``list[str]``, optional).
            build_status: The ``buildStatus`` query parameter (``GetSdksBuildStatus``, optional).
            language: The ``language`` query parameter (``SdkLanguageInput``, optional).
            source_id: The ``sourceId`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetSdksResponse``: the success body, read into its model.

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

        operation = _operation("get_sdks")

        return await self._invoke(
            operation,
            {},
            {
                "workspace_id": workspace_id,
                "sdk_ids": sdk_ids,
                "build_status": build_status,
                "language": language,
                "source_id": source_id,
                "cursor": cursor,
                "limit": limit,
            },
        )

    async def create_sdk(
        self,
        *,
        body: CreateSdkRequest | Mapping[str, Any],
    ) -> Any:
        """Start generating an SDK

        POST /sdks
        Starts generating one SDK, in one language, from a collection or spec. The work runs in
        the background: the response carries no body, only a `Location` header pointing at the
        new SDK. Poll GET /sdks/{sdkId} (or GET /sdks with `sdkIds`) until `buildStatus` is
        `succeeded` or `failed`, then fetch the archive with GET /sdks/{sdkId}/downloads.

        Only the options object that matches `language` is read (`pythonOptions` for
        `python`, and so on); the others are ignored. Without one, names are derived from the
        source and its workspace.

        Args:
            body: The request body: a ``CreateSdkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Any``: the success body, read into its model.

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

        operation = _operation("create_sdk")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def get_sdk(
        self,
        sdk_id: str | Resource,
    ) -> Sdk:
        """Get an SDK

        GET /sdks/{sdk_id}
        Returns one SDK with the state of its build; this is the endpoint to poll after POST /sdks.

        Args:
            sdk_id: The sdk: its id or uid, or a model that has one.

        Returns:
            ``Sdk``: the success body, read into its model.

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

        operation = _operation("get_sdk")

        return await self._invoke(
            operation,
            {
                "sdk_id": sdk_id,
            },
            {},
        )

    async def delete_sdk(
        self,
        sdk_id: str | Resource,
    ) -> Any:
        """Delete an SDK

        DELETE /sdks/{sdk_id}
        Deletes an SDK and its stored archive. A generation that is still running cannot be
        cancelled this way.

        Args:
            sdk_id: The sdk: its id or uid, or a model that has one.

        Returns:
            ``Any``: the success body, read into its model.

        Raises:
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

        operation = _operation("delete_sdk")

        return await self._invoke(
            operation,
            {
                "sdk_id": sdk_id,
            },
            {},
        )

    async def get_sdk_download_url(
        self,
        sdk_id: str | Resource,
    ) -> GetSdkDownloadUrlResponse:
        """Get a download link for an SDK

        GET /sdks/{sdk_id}/downloads
        Returns a signed link to the SDK's zip archive, made on request and valid for a few
        minutes. The archive itself is never sent by the API; download it from `url`.

        Args:
            sdk_id: The sdk: its id or uid, or a model that has one.

        Returns:
            ``GetSdkDownloadUrlResponse``: the success body, read into its model.

        Raises:
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

        operation = _operation("get_sdk_download_url")

        return await self._invoke(
            operation,
            {
                "sdk_id": sdk_id,
            },
            {},
        )
