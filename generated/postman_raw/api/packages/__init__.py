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

    from ...models.create_package_request import CreatePackageRequest
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_package_envelope import GetPackageEnvelope
    from ...models.get_packages_response import GetPackagesResponse
    from ...models.package import Package
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.update_package_request import UpdatePackageRequest
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class PackagesOperations:
    """Operations tagged packages."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_packages(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetPackagesResponse:
        """List the packages of the library

        GET /packages
        Lists the active packages the key's user can use, without their scripts (fetch one
        package to read its script). Pages are cursor-based: pass `meta.nextCursor` of one page
        as `cursor` to get the next.

        Args:
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetPackagesResponse``: the success body, read into its model.

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

        operation = _operation("get_packages")

        return self._invoke(
            operation,
            {},
            {
                "limit": limit,
                "cursor": cursor,
            },
        )

    def create_package(
        self,
        *,
        body: CreatePackageRequest | Mapping[str, Any],
        workspace: str,
    ) -> Package:
        """Create a package

        POST /packages
        Adds a package, with its index script, to the library of the given workspace's team.
        The name becomes the package's import name and is stored in lowercase; it cannot be
        changed later.

        Args:
            body: The request body: a ``CreatePackageRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``Package``: the success body, read into its model.

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

        operation = _operation("create_package")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    def get_package(
        self,
        package_id: str | Resource,
    ) -> GetPackageEnvelope | Package:
        """Get a package with its script

        GET /packages/{package_id}
        Returns an active package and its current index script. Postman's definition declares
        the package wrapped in `data`, while its example shows it unwrapped (as the create and
        update responses are); both forms are accepted here.

        Args:
            package_id: The package: its id or uid, or a model that has one.

        Returns:
            ``GetPackageEnvelope | Package``: the success body, read into its model.

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

        operation = _operation("get_package")

        return self._invoke(
            operation,
            {
                "package_id": package_id,
            },
            {},
        )

    def delete_package(
        self,
        package_id: str | Resource,
    ) -> Any:
        """Delete a package

        DELETE /packages/{package_id}
        Removes the package and its script. The answer is 204 even when the package was
        already gone.

        Args:
            package_id: The package: its id or uid, or a model that has one.

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

        operation = _operation("delete_package")

        return self._invoke(
            operation,
            {
                "package_id": package_id,
            },
            {},
        )

    def update_package(
        self,
        package_id: str | Resource,
        *,
        body: UpdatePackageRequest | Mapping[str, Any],
    ) -> Package:
        """Change a package's description or script

        PATCH /packages/{package_id}
        Merge-patches the package: send the description, the script or both; fields left out
        keep their value. The name cannot be changed.

        Args:
            package_id: The package: its id or uid, or a model that has one.
            body: The request body: a ``UpdatePackageRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Package``: the success body, read into its model.

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

        operation = _operation("update_package")

        return self._invoke(
            operation,
            {
                "package_id": package_id,
            },
            {
                "body": body,
            },
        )


class AsyncPackagesOperations:
    """Operations tagged packages, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_packages(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetPackagesResponse:
        """List the packages of the library

        GET /packages
        Lists the active packages the key's user can use, without their scripts (fetch one
        package to read its script). Pages are cursor-based: pass `meta.nextCursor` of one page
        as `cursor` to get the next.

        Args:
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetPackagesResponse``: the success body, read into its model.

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

        operation = _operation("get_packages")

        return await self._invoke(
            operation,
            {},
            {
                "limit": limit,
                "cursor": cursor,
            },
        )

    async def create_package(
        self,
        *,
        body: CreatePackageRequest | Mapping[str, Any],
        workspace: str,
    ) -> Package:
        """Create a package

        POST /packages
        Adds a package, with its index script, to the library of the given workspace's team.
        The name becomes the package's import name and is stored in lowercase; it cannot be
        changed later.

        Args:
            body: The request body: a ``CreatePackageRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``Package``: the success body, read into its model.

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

        operation = _operation("create_package")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    async def get_package(
        self,
        package_id: str | Resource,
    ) -> GetPackageEnvelope | Package:
        """Get a package with its script

        GET /packages/{package_id}
        Returns an active package and its current index script. Postman's definition declares
        the package wrapped in `data`, while its example shows it unwrapped (as the create and
        update responses are); both forms are accepted here.

        Args:
            package_id: The package: its id or uid, or a model that has one.

        Returns:
            ``GetPackageEnvelope | Package``: the success body, read into its model.

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

        operation = _operation("get_package")

        return await self._invoke(
            operation,
            {
                "package_id": package_id,
            },
            {},
        )

    async def delete_package(
        self,
        package_id: str | Resource,
    ) -> Any:
        """Delete a package

        DELETE /packages/{package_id}
        Removes the package and its script. The answer is 204 even when the package was
        already gone.

        Args:
            package_id: The package: its id or uid, or a model that has one.

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

        operation = _operation("delete_package")

        return await self._invoke(
            operation,
            {
                "package_id": package_id,
            },
            {},
        )

    async def update_package(
        self,
        package_id: str | Resource,
        *,
        body: UpdatePackageRequest | Mapping[str, Any],
    ) -> Package:
        """Change a package's description or script

        PATCH /packages/{package_id}
        Merge-patches the package: send the description, the script or both; fields left out
        keep their value. The name cannot be changed.

        Args:
            package_id: The package: its id or uid, or a model that has one.
            body: The request body: a ``UpdatePackageRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Package``: the success body, read into its model.

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

        operation = _operation("update_package")

        return await self._invoke(
            operation,
            {
                "package_id": package_id,
            },
            {
                "body": body,
            },
        )
