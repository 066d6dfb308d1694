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

    from ...models.component import Component
    from ...models.component_version import ComponentVersion
    from ...models.create_component_request import CreateComponentRequest
    from ...models.create_component_response import CreateComponentResponse
    from ...models.create_component_version_request import CreateComponentVersionRequest
    from ...models.create_component_version_response import CreateComponentVersionResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_all_components_response import GetAllComponentsResponse
    from ...models.get_all_components_status import GetAllComponentsStatus, check_get_all_components_status
    from ...models.get_all_components_type import GetAllComponentsType, check_get_all_components_type
    from ...models.get_component_draft_response import GetComponentDraftResponse
    from ...models.get_component_envelope import GetComponentEnvelope
    from ...models.get_component_versions_response import GetComponentVersionsResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.update_component_draft_request import UpdateComponentDraftRequest
    from ...models.update_component_draft_response import UpdateComponentDraftResponse
    from ...models.update_component_request import UpdateComponentRequest
    from ...models.update_component_response import UpdateComponentResponse
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class ComponentsOperations:
    """Operations tagged components."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_all_components(
        self,
        *,
        type_: GetAllComponentsType | Unset = UNSET,
        status: GetAllComponentsStatus | Unset = UNSET,
        has_versions: bool | Unset = UNSET,
        include: str | Unset = UNSET,
        expand: str | Unset = UNSET,
    ) -> GetAllComponentsResponse:
        """List the components of the team's library

        GET /components
        Lists the library's components. Filters narrow the list by type, lifecycle state or
        whether anything was published. `include` adds `hasVersions` and `latestVersion` to
        each entry (`latestVersion.content` also adds the text of that version); with
        `expand=latestVersion` the latest version comes as an object instead of only its id.
        Enterprise plans only.

        Args:
            type_: The ``type`` query parameter (``GetAllComponentsType``, optional).
            status: The ``status`` query parameter (``GetAllComponentsStatus``, optional).
            has_versions: The ``hasVersions`` query parameter (``bool``, optional).
            include: The ``include`` query parameter (``str``, optional).
            expand: The ``expand`` query parameter (``str``, optional).

        Returns:
            ``GetAllComponentsResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_all_components")

        return self._invoke(
            operation,
            {},
            {
                "type_": type_,
                "status": status,
                "has_versions": has_versions,
                "include": include,
                "expand": expand,
            },
        )

    def create_component(
        self,
        *,
        body: CreateComponentRequest | Mapping[str, Any],
    ) -> CreateComponentResponse:
        """Add a component to the library

        POST /components
        Creates an active component whose draft holds the given content. Nothing is published
        yet: publish the draft with POST /components/{componentId}/versions. Names are unique
        within the team. Enterprise plans only.

        Args:
            body: The request body: a ``CreateComponentRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateComponentResponse``: the success body, read into its model.

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

        operation = _operation("create_component")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def get_component(
        self,
        component_id: str | Resource,
        *,
        include: str | Unset = UNSET,
        expand: str | Unset = UNSET,
    ) -> Component | GetComponentEnvelope:
        """Get one component

        GET /components/{component_id}
        Returns one component of the library. `include` and `expand` work as in the list.
        Postman's definition declares the component wrapped in `data`, while its example shows
        the component unwrapped; both forms are accepted here. Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``str``, optional).
            expand: The ``expand`` query parameter (``str``, optional).

        Returns:
            ``Component | GetComponentEnvelope``: the success body, read into its model.

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

        operation = _operation("get_component")

        return self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "include": include,
                "expand": expand,
            },
        )

    def update_component(
        self,
        component_id: str | Resource,
        *,
        body: UpdateComponentRequest | Mapping[str, Any],
    ) -> UpdateComponentResponse:
        """Rename, archive or reactivate a component

        PATCH /components/{component_id}
        Changes either the name or the lifecycle state of a component, never both in one call
        (make two calls for that). Archiving makes the component read-only: it is kept, its
        published versions stay readable, but it can no longer be edited, renamed or published
        until it is made `active` again. Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            body: The request body: a ``UpdateComponentRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateComponentResponse``: the success body, read into its model.

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

        operation = _operation("update_component")

        return self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "body": body,
            },
        )

    def get_component_draft(
        self,
        component_id: str | Resource,
    ) -> GetComponentDraftResponse:
        """Get a component's working draft

        GET /components/{component_id}/drafts
        Returns the content and format of the component's draft: the unpublished state, which
        may differ from the latest published version. Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.

        Returns:
            ``GetComponentDraftResponse``: the success body, read into its model.

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

        operation = _operation("get_component_draft")

        return self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {},
        )

    def update_component_draft(
        self,
        component_id: str | Resource,
        *,
        body: UpdateComponentDraftRequest | Mapping[str, Any],
    ) -> UpdateComponentDraftResponse:
        """Change a component's working draft

        PATCH /components/{component_id}/drafts
        Replaces the draft's content, its format, or both (at least one must be sent). The
        published versions are not affected. Archived components cannot be changed.
        Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            body: The request body: a ``UpdateComponentDraftRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateComponentDraftResponse``: the success body, read into its model.

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

        operation = _operation("update_component_draft")

        return self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "body": body,
            },
        )

    def get_component_versions(
        self,
        component_id: str | Resource,
        *,
        include: str | Unset = UNSET,
    ) -> GetComponentVersionsResponse:
        """List a component's published versions

        GET /components/{component_id}/versions
        Lists the versions published from the component. With `include=content` each version
        also carries its text. Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``str``, optional).

        Returns:
            ``GetComponentVersionsResponse``: the success body, read into its model.

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

        operation = _operation("get_component_versions")

        return self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "include": include,
            },
        )

    def create_component_version(
        self,
        component_id: str | Resource,
        *,
        body: CreateComponentVersionRequest | Mapping[str, Any],
    ) -> CreateComponentVersionResponse:
        """Publish a version of a component

        POST /components/{component_id}/versions
        Publishes the component's current draft as a new, immutable version with the given
        label. An archived component must be made `active` before it can be published.
        Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            body: The request body: a ``CreateComponentVersionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateComponentVersionResponse``: the success body, read into its model.

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

        operation = _operation("create_component_version")

        return self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "body": body,
            },
        )

    def get_component_version(
        self,
        component_id: str | Resource,
        version_id: str | Resource,
        *,
        include: str | Unset = UNSET,
    ) -> ComponentVersion:
        """Get one published version of a component

        GET /components/{component_id}/versions/{version_id}
        Returns one published version. Its text is included only with `include=content`.
        Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            version_id: The version: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``str``, optional).

        Returns:
            ``ComponentVersion``: the success body, read into its model.

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

        operation = _operation("get_component_version")

        return self._invoke(
            operation,
            {
                "component_id": component_id,
                "version_id": version_id,
            },
            {
                "include": include,
            },
        )


class AsyncComponentsOperations:
    """Operations tagged components, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_all_components(
        self,
        *,
        type_: GetAllComponentsType | Unset = UNSET,
        status: GetAllComponentsStatus | Unset = UNSET,
        has_versions: bool | Unset = UNSET,
        include: str | Unset = UNSET,
        expand: str | Unset = UNSET,
    ) -> GetAllComponentsResponse:
        """List the components of the team's library

        GET /components
        Lists the library's components. Filters narrow the list by type, lifecycle state or
        whether anything was published. `include` adds `hasVersions` and `latestVersion` to
        each entry (`latestVersion.content` also adds the text of that version); with
        `expand=latestVersion` the latest version comes as an object instead of only its id.
        Enterprise plans only.

        Args:
            type_: The ``type`` query parameter (``GetAllComponentsType``, optional).
            status: The ``status`` query parameter (``GetAllComponentsStatus``, optional).
            has_versions: The ``hasVersions`` query parameter (``bool``, optional).
            include: The ``include`` query parameter (``str``, optional).
            expand: The ``expand`` query parameter (``str``, optional).

        Returns:
            ``GetAllComponentsResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_all_components")

        return await self._invoke(
            operation,
            {},
            {
                "type_": type_,
                "status": status,
                "has_versions": has_versions,
                "include": include,
                "expand": expand,
            },
        )

    async def create_component(
        self,
        *,
        body: CreateComponentRequest | Mapping[str, Any],
    ) -> CreateComponentResponse:
        """Add a component to the library

        POST /components
        Creates an active component whose draft holds the given content. Nothing is published
        yet: publish the draft with POST /components/{componentId}/versions. Names are unique
        within the team. Enterprise plans only.

        Args:
            body: The request body: a ``CreateComponentRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateComponentResponse``: the success body, read into its model.

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

        operation = _operation("create_component")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def get_component(
        self,
        component_id: str | Resource,
        *,
        include: str | Unset = UNSET,
        expand: str | Unset = UNSET,
    ) -> Component | GetComponentEnvelope:
        """Get one component

        GET /components/{component_id}
        Returns one component of the library. `include` and `expand` work as in the list.
        Postman's definition declares the component wrapped in `data`, while its example shows
        the component unwrapped; both forms are accepted here. Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``str``, optional).
            expand: The ``expand`` query parameter (``str``, optional).

        Returns:
            ``Component | GetComponentEnvelope``: the success body, read into its model.

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

        operation = _operation("get_component")

        return await self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "include": include,
                "expand": expand,
            },
        )

    async def update_component(
        self,
        component_id: str | Resource,
        *,
        body: UpdateComponentRequest | Mapping[str, Any],
    ) -> UpdateComponentResponse:
        """Rename, archive or reactivate a component

        PATCH /components/{component_id}
        Changes either the name or the lifecycle state of a component, never both in one call
        (make two calls for that). Archiving makes the component read-only: it is kept, its
        published versions stay readable, but it can no longer be edited, renamed or published
        until it is made `active` again. Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            body: The request body: a ``UpdateComponentRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateComponentResponse``: the success body, read into its model.

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

        operation = _operation("update_component")

        return await self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "body": body,
            },
        )

    async def get_component_draft(
        self,
        component_id: str | Resource,
    ) -> GetComponentDraftResponse:
        """Get a component's working draft

        GET /components/{component_id}/drafts
        Returns the content and format of the component's draft: the unpublished state, which
        may differ from the latest published version. Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.

        Returns:
            ``GetComponentDraftResponse``: the success body, read into its model.

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

        operation = _operation("get_component_draft")

        return await self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {},
        )

    async def update_component_draft(
        self,
        component_id: str | Resource,
        *,
        body: UpdateComponentDraftRequest | Mapping[str, Any],
    ) -> UpdateComponentDraftResponse:
        """Change a component's working draft

        PATCH /components/{component_id}/drafts
        Replaces the draft's content, its format, or both (at least one must be sent). The
        published versions are not affected. Archived components cannot be changed.
        Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            body: The request body: a ``UpdateComponentDraftRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateComponentDraftResponse``: the success body, read into its model.

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

        operation = _operation("update_component_draft")

        return await self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "body": body,
            },
        )

    async def get_component_versions(
        self,
        component_id: str | Resource,
        *,
        include: str | Unset = UNSET,
    ) -> GetComponentVersionsResponse:
        """List a component's published versions

        GET /components/{component_id}/versions
        Lists the versions published from the component. With `include=content` each version
        also carries its text. Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``str``, optional).

        Returns:
            ``GetComponentVersionsResponse``: the success body, read into its model.

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

        operation = _operation("get_component_versions")

        return await self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "include": include,
            },
        )

    async def create_component_version(
        self,
        component_id: str | Resource,
        *,
        body: CreateComponentVersionRequest | Mapping[str, Any],
    ) -> CreateComponentVersionResponse:
        """Publish a version of a component

        POST /components/{component_id}/versions
        Publishes the component's current draft as a new, immutable version with the given
        label. An archived component must be made `active` before it can be published.
        Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            body: The request body: a ``CreateComponentVersionRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateComponentVersionResponse``: the success body, read into its model.

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

        operation = _operation("create_component_version")

        return await self._invoke(
            operation,
            {
                "component_id": component_id,
            },
            {
                "body": body,
            },
        )

    async def get_component_version(
        self,
        component_id: str | Resource,
        version_id: str | Resource,
        *,
        include: str | Unset = UNSET,
    ) -> ComponentVersion:
        """Get one published version of a component

        GET /components/{component_id}/versions/{version_id}
        Returns one published version. Its text is included only with `include=content`.
        Enterprise plans only.

        Args:
            component_id: The component: its id or uid, or a model that has one.
            version_id: The version: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``str``, optional).

        Returns:
            ``ComponentVersion``: the success body, read into its model.

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

        operation = _operation("get_component_version")

        return await self._invoke(
            operation,
            {
                "component_id": component_id,
                "version_id": version_id,
            },
            {
                "include": include,
            },
        )
