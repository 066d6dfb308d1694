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

    from ...models.create_environment_request import CreateEnvironmentRequest
    from ...models.create_environment_response import CreateEnvironmentResponse
    from ...models.delete_environment_response import DeleteEnvironmentResponse
    from ...models.environment_patch_operation import EnvironmentPatchOperation
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.fork_environment_request import ForkEnvironmentRequest
    from ...models.fork_environment_response import ForkEnvironmentResponse
    from ...models.get_environment_forks_direction import (
        GetEnvironmentForksDirection,
        check_get_environment_forks_direction,
    )
    from ...models.get_environment_forks_response import GetEnvironmentForksResponse
    from ...models.get_environment_forks_sort import GetEnvironmentForksSort, check_get_environment_forks_sort
    from ...models.get_environment_response import GetEnvironmentResponse
    from ...models.get_environments_response import GetEnvironmentsResponse
    from ...models.merge_environment_fork_request import MergeEnvironmentForkRequest
    from ...models.merge_environment_fork_response import MergeEnvironmentForkResponse
    from ...models.patch_environment_response import PatchEnvironmentResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.pull_environment_request import PullEnvironmentRequest
    from ...models.pull_environment_response import PullEnvironmentResponse
    from ...models.put_environment_request import PutEnvironmentRequest
    from ...models.put_environment_response import PutEnvironmentResponse
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


class EnvironmentsOperations:
    """Operations tagged environments."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_environments(
        self,
        *,
        workspace: str | Unset = UNSET,
    ) -> GetEnvironmentsResponse:
        """List environments

        GET /environments
        Lists the environments the key owner can see, optionally only those of one workspace.
        An unknown workspace id gives an empty list rather than an error.

        Args:
            workspace: The ``workspace`` query parameter (``str``, optional).

        Returns:
            ``GetEnvironmentsResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_environments")

        return self._invoke(
            operation,
            {},
            {
                "workspace": workspace,
            },
        )

    def create_environment(
        self,
        *,
        body: CreateEnvironmentRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateEnvironmentResponse:
        """Create an environment

        POST /environments
        Creates an environment, with its variables, in the given workspace. The body may be up
        to 30 MB; if the server answers 411, send an explicit `Content-Length` header. Only
        shared variable values (the ones synced to the Postman cloud) can be set through the API.

        Args:
            body: The request body: a ``CreateEnvironmentRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateEnvironmentResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            PayloadTooLargeError: The server answered 413.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_environment")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    def get_environment(
        self,
        environment_id: str | Resource,
    ) -> GetEnvironmentResponse:
        """Get an environment

        GET /environments/{environment_id}
        Returns one environment with all of its variables. An unknown id is reported as 400
        (this is the status Postman's definition gives, with an `instanceNotFoundError` body) or
        as 404.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.

        Returns:
            ``GetEnvironmentResponse``: the success body, read into its model.

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

        operation = _operation("get_environment")

        return self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {},
        )

    def put_environment(
        self,
        environment_id: str | Resource,
        *,
        body: PutEnvironmentRequest | Mapping[str, Any],
    ) -> PutEnvironmentResponse:
        """Replace an environment

        PUT /environments/{environment_id}
        Replaces the environment's name and its whole list of variables with those sent:
        variables left out of `values` are removed. The body may be up to 30 MB; if the server
        answers 411, send an explicit `Content-Length` header. Only shared variable values can
        be set through the API.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            body: The request body: a ``PutEnvironmentRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PutEnvironmentResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PayloadTooLargeError: The server answered 413.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("put_environment")

        return self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "body": body,
            },
        )

    def delete_environment(
        self,
        environment_id: str | Resource,
    ) -> DeleteEnvironmentResponse:
        """Delete an environment

        DELETE /environments/{environment_id}
        Deletes the environment for good.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.

        Returns:
            ``DeleteEnvironmentResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_environment")

        return self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {},
        )

    def patch_environment(
        self,
        environment_id: str | Resource,
        *,
        body: Sequence[EnvironmentPatchOperation | Mapping[str, Any]],
    ) -> PatchEnvironmentResponse:
        """Change parts of an environment

        PATCH /environments/{environment_id}
        Applies a list of JSON-Patch-style operations (RFC 6902 pointers into the environment)
        to rename the environment or to add, change or remove variables. The body is a JSON
        array sent as `application/json`. Postman asks that one call use one kind of operation
        (all `add`, all `replace` or all `remove`), although several `remove` operations
        followed by `add` are accepted. Use `add` on `/values/{n}/description` to give an
        existing variable a description. Limits as for PUT: 30 MB, `Content-Length` on 411,
        shared values only.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            body: The request body: a list, each item a ``EnvironmentPatchOperation`` or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PatchEnvironmentResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            PayloadTooLargeError: The server answered 413.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("patch_environment")

        return self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "body": body,
            },
        )

    def get_environment_forks(
        self,
        environment_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        direction: GetEnvironmentForksDirection | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort: GetEnvironmentForksSort | Unset = UNSET,
    ) -> GetEnvironmentForksResponse:
        """List an environment's forks

        GET /environments/{environment_id}/forks
        Lists the forks made from the environment, a page at a time.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            direction: The ``direction`` query parameter (``GetEnvironmentForksDirection``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            sort: The ``sort`` query parameter (``GetEnvironmentForksSort``, optional).

        Returns:
            ``GetEnvironmentForksResponse``: the success body, read into its model.

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

        operation = _operation("get_environment_forks")

        return self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "cursor": cursor,
                "direction": direction,
                "limit": limit,
                "sort": sort,
            },
        )

    def fork_environment(
        self,
        environment_id: str | Resource,
        *,
        body: ForkEnvironmentRequest | Mapping[str, Any],
        workspace_id: str,
    ) -> ForkEnvironmentResponse:
        """Fork an environment

        POST /environments/{environment_id}/forks
        Makes a fork of the environment in the given workspace.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            body: The request body: a ``ForkEnvironmentRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace_id: The ``workspaceId`` query parameter (``str``).

        Returns:
            ``ForkEnvironmentResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("fork_environment")

        return self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "body": body,
                "workspace_id": workspace_id,
            },
        )

    def merge_environment_fork(
        self,
        environment_id: str | Resource,
        *,
        body: MergeEnvironmentForkRequest | Mapping[str, Any],
    ) -> MergeEnvironmentForkResponse:
        """Merge a fork into its parent

        POST /environments/{environment_id}/merges
        Merges the changes of a fork (`source`) into the environment named in the path, which
        must be that fork's parent. With `deleteSource` the fork is deleted afterwards.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            body: The request body: a ``MergeEnvironmentForkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``MergeEnvironmentForkResponse``: the success body, read into its model.

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

        operation = _operation("merge_environment_fork")

        return self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "body": body,
            },
        )

    def pull_environment(
        self,
        environment_uid: str | Resource,
        *,
        body: PullEnvironmentRequest | Mapping[str, Any],
    ) -> PullEnvironmentResponse:
        """Pull parent changes into a fork

        POST /environments/{environment_uid}/pulls
        Brings the changes made in the parent environment (`source`) into the fork named in the
        path.

        Args:
            environment_uid: The environment: its uid, or a model that has one.
            body: The request body: a ``PullEnvironmentRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PullEnvironmentResponse``: the success body, read into its model.

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

        operation = _operation("pull_environment")

        return self._invoke(
            operation,
            {
                "environment_uid": environment_uid,
            },
            {
                "body": body,
            },
        )


class AsyncEnvironmentsOperations:
    """Operations tagged environments, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_environments(
        self,
        *,
        workspace: str | Unset = UNSET,
    ) -> GetEnvironmentsResponse:
        """List environments

        GET /environments
        Lists the environments the key owner can see, optionally only those of one workspace.
        An unknown workspace id gives an empty list rather than an error.

        Args:
            workspace: The ``workspace`` query parameter (``str``, optional).

        Returns:
            ``GetEnvironmentsResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_environments")

        return await self._invoke(
            operation,
            {},
            {
                "workspace": workspace,
            },
        )

    async def create_environment(
        self,
        *,
        body: CreateEnvironmentRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateEnvironmentResponse:
        """Create an environment

        POST /environments
        Creates an environment, with its variables, in the given workspace. The body may be up
        to 30 MB; if the server answers 411, send an explicit `Content-Length` header. Only
        shared variable values (the ones synced to the Postman cloud) can be set through the API.

        Args:
            body: The request body: a ``CreateEnvironmentRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateEnvironmentResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            PayloadTooLargeError: The server answered 413.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_environment")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    async def get_environment(
        self,
        environment_id: str | Resource,
    ) -> GetEnvironmentResponse:
        """Get an environment

        GET /environments/{environment_id}
        Returns one environment with all of its variables. An unknown id is reported as 400
        (this is the status Postman's definition gives, with an `instanceNotFoundError` body) or
        as 404.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.

        Returns:
            ``GetEnvironmentResponse``: the success body, read into its model.

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

        operation = _operation("get_environment")

        return await self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {},
        )

    async def put_environment(
        self,
        environment_id: str | Resource,
        *,
        body: PutEnvironmentRequest | Mapping[str, Any],
    ) -> PutEnvironmentResponse:
        """Replace an environment

        PUT /environments/{environment_id}
        Replaces the environment's name and its whole list of variables with those sent:
        variables left out of `values` are removed. The body may be up to 30 MB; if the server
        answers 411, send an explicit `Content-Length` header. Only shared variable values can
        be set through the API.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            body: The request body: a ``PutEnvironmentRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PutEnvironmentResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            PayloadTooLargeError: The server answered 413.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("put_environment")

        return await self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "body": body,
            },
        )

    async def delete_environment(
        self,
        environment_id: str | Resource,
    ) -> DeleteEnvironmentResponse:
        """Delete an environment

        DELETE /environments/{environment_id}
        Deletes the environment for good.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.

        Returns:
            ``DeleteEnvironmentResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_environment")

        return await self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {},
        )

    async def patch_environment(
        self,
        environment_id: str | Resource,
        *,
        body: Sequence[EnvironmentPatchOperation | Mapping[str, Any]],
    ) -> PatchEnvironmentResponse:
        """Change parts of an environment

        PATCH /environments/{environment_id}
        Applies a list of JSON-Patch-style operations (RFC 6902 pointers into the environment)
        to rename the environment or to add, change or remove variables. The body is a JSON
        array sent as `application/json`. Postman asks that one call use one kind of operation
        (all `add`, all `replace` or all `remove`), although several `remove` operations
        followed by `add` are accepted. Use `add` on `/values/{n}/description` to give an
        existing variable a description. Limits as for PUT: 30 MB, `Content-Length` on 411,
        shared values only.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            body: The request body: a list, each item a ``EnvironmentPatchOperation`` or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PatchEnvironmentResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            PayloadTooLargeError: The server answered 413.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("patch_environment")

        return await self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "body": body,
            },
        )

    async def get_environment_forks(
        self,
        environment_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        direction: GetEnvironmentForksDirection | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort: GetEnvironmentForksSort | Unset = UNSET,
    ) -> GetEnvironmentForksResponse:
        """List an environment's forks

        GET /environments/{environment_id}/forks
        Lists the forks made from the environment, a page at a time.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            direction: The ``direction`` query parameter (``GetEnvironmentForksDirection``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            sort: The ``sort`` query parameter (``GetEnvironmentForksSort``, optional).

        Returns:
            ``GetEnvironmentForksResponse``: the success body, read into its model.

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

        operation = _operation("get_environment_forks")

        return await self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "cursor": cursor,
                "direction": direction,
                "limit": limit,
                "sort": sort,
            },
        )

    async def fork_environment(
        self,
        environment_id: str | Resource,
        *,
        body: ForkEnvironmentRequest | Mapping[str, Any],
        workspace_id: str,
    ) -> ForkEnvironmentResponse:
        """Fork an environment

        POST /environments/{environment_id}/forks
        Makes a fork of the environment in the given workspace.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            body: The request body: a ``ForkEnvironmentRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace_id: The ``workspaceId`` query parameter (``str``).

        Returns:
            ``ForkEnvironmentResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("fork_environment")

        return await self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "body": body,
                "workspace_id": workspace_id,
            },
        )

    async def merge_environment_fork(
        self,
        environment_id: str | Resource,
        *,
        body: MergeEnvironmentForkRequest | Mapping[str, Any],
    ) -> MergeEnvironmentForkResponse:
        """Merge a fork into its parent

        POST /environments/{environment_id}/merges
        Merges the changes of a fork (`source`) into the environment named in the path, which
        must be that fork's parent. With `deleteSource` the fork is deleted afterwards.

        Args:
            environment_id: The environment: its id or uid, or a model that has one.
            body: The request body: a ``MergeEnvironmentForkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``MergeEnvironmentForkResponse``: the success body, read into its model.

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

        operation = _operation("merge_environment_fork")

        return await self._invoke(
            operation,
            {
                "environment_id": environment_id,
            },
            {
                "body": body,
            },
        )

    async def pull_environment(
        self,
        environment_uid: str | Resource,
        *,
        body: PullEnvironmentRequest | Mapping[str, Any],
    ) -> PullEnvironmentResponse:
        """Pull parent changes into a fork

        POST /environments/{environment_uid}/pulls
        Brings the changes made in the parent environment (`source`) into the fork named in the
        path.

        Args:
            environment_uid: The environment: its uid, or a model that has one.
            body: The request body: a ``PullEnvironmentRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PullEnvironmentResponse``: the success body, read into its model.

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

        operation = _operation("pull_environment")

        return await self._invoke(
            operation,
            {
                "environment_uid": environment_uid,
            },
            {
                "body": body,
            },
        )
