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
    import datetime
    from collections.abc import Mapping, Sequence
    from typing import cast

    from ...models.detected_secret_resource_type import DetectedSecretResourceType, check_detected_secret_resource_type
    from ...models.detected_secrets_queries_request import DetectedSecretsQueriesRequest
    from ...models.detected_secrets_queries_response import DetectedSecretsQueriesResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_detected_secrets_locations_response import GetDetectedSecretsLocationsResponse
    from ...models.get_secret_types_response import GetSecretTypesResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.update_detected_secret_resolutions_request import UpdateDetectedSecretResolutionsRequest
    from ...models.update_detected_secret_resolutions_response import UpdateDetectedSecretResolutionsResponse
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class SecretScannerOperations:
    """Operations tagged secret_scanner."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def detected_secrets_queries(
        self,
        *,
        body: DetectedSecretsQueriesRequest | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        include: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
    ) -> DetectedSecretsQueriesResponse:
        """Search detected secrets

        POST /detected-secrets-queries
        Searches the secrets the Secret Scanner found, one entry per secret and workspace (or
        resource). The body holds the filters; an empty body, or none, matches everything.
        Paging (`cursor`, `limit`) and the time window are query parameters; the next page's
        cursor is `meta.nextCursor`. Enterprise plans only.

        Args:
            body: The request body: a ``DetectedSecretsQueriesRequest``, or a mapping of its JSON fields (read through the model before sending). Optional.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            include: The ``include`` query parameter (``str``, optional).
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).

        Returns:
            ``DetectedSecretsQueriesResponse``: the success body, read into its model.

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

        operation = _operation("detected_secrets_queries")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "limit": limit,
                "cursor": cursor,
                "include": include,
                "since": since,
                "until": until,
            },
        )

    def update_detected_secret_resolutions(
        self,
        secret_id: str | Resource,
        *,
        body: UpdateDetectedSecretResolutionsRequest | Mapping[str, Any],
    ) -> UpdateDetectedSecretResolutionsResponse:
        """Resolve a detected secret

        PUT /detected-secrets/{secret_id}
        Records how a detected secret in one workspace was dealt with (a false positive, a
        revoked key, or an accepted risk) and returns the secret with its resolution history.
        Enterprise plans only.

        Args:
            secret_id: The secret: its id or uid, or a model that has one.
            body: The request body: a ``UpdateDetectedSecretResolutionsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateDetectedSecretResolutionsResponse``: the success body, read into its model.

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

        operation = _operation("update_detected_secret_resolutions")

        return self._invoke(
            operation,
            {
                "secret_id": secret_id,
            },
            {
                "body": body,
            },
        )

    def get_detected_secrets_locations(
        self,
        secret_id: str | Resource,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        workspace_id: str,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        resource_type: DetectedSecretResourceType | Unset = UNSET,
    ) -> GetDetectedSecretsLocationsResponse:
        """List where a detected secret was found

        GET /detected-secrets/{secret_id}/locations
        Lists the places in one workspace (request headers, bodies, environment values, ...)
        where a detected secret occurs, with the secret's resolution history in `meta`. Pages
        are taken with `cursor` and `limit`. Enterprise plans only.

        Args:
            secret_id: The secret: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            workspace_id: The ``workspaceId`` query parameter (``str``).
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).
            resource_type: The ``resourceType`` query parameter (``DetectedSecretResourceType``, optional).

        Returns:
            ``GetDetectedSecretsLocationsResponse``: the success body, read into its model.

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

        operation = _operation("get_detected_secrets_locations")

        return self._invoke(
            operation,
            {
                "secret_id": secret_id,
            },
            {
                "limit": limit,
                "cursor": cursor,
                "workspace_id": workspace_id,
                "since": since,
                "until": until,
                "resource_type": resource_type,
            },
        )

    def get_secret_types(
        self,
    ) -> GetSecretTypesResponse:
        """List the kinds of secret the scanner looks for

        GET /secret-types
        Lists the secret types the Secret Scanner detects: Postman's built-in ones and the
        team's own regular expressions. Use a type's `id` in the `secretTypes` filter of POST
        /detected-secrets-queries. Enterprise plans only.

        Returns:
            ``GetSecretTypesResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_secret_types")

        return self._invoke(operation, {}, {})


class AsyncSecretScannerOperations:
    """Operations tagged secret_scanner, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def detected_secrets_queries(
        self,
        *,
        body: DetectedSecretsQueriesRequest | Mapping[str, Any] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        include: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
    ) -> DetectedSecretsQueriesResponse:
        """Search detected secrets

        POST /detected-secrets-queries
        Searches the secrets the Secret Scanner found, one entry per secret and workspace (or
        resource). The body holds the filters; an empty body, or none, matches everything.
        Paging (`cursor`, `limit`) and the time window are query parameters; the next page's
        cursor is `meta.nextCursor`. Enterprise plans only.

        Args:
            body: The request body: a ``DetectedSecretsQueriesRequest``, or a mapping of its JSON fields (read through the model before sending). Optional.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            include: The ``include`` query parameter (``str``, optional).
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).

        Returns:
            ``DetectedSecretsQueriesResponse``: the success body, read into its model.

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

        operation = _operation("detected_secrets_queries")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "limit": limit,
                "cursor": cursor,
                "include": include,
                "since": since,
                "until": until,
            },
        )

    async def update_detected_secret_resolutions(
        self,
        secret_id: str | Resource,
        *,
        body: UpdateDetectedSecretResolutionsRequest | Mapping[str, Any],
    ) -> UpdateDetectedSecretResolutionsResponse:
        """Resolve a detected secret

        PUT /detected-secrets/{secret_id}
        Records how a detected secret in one workspace was dealt with (a false positive, a
        revoked key, or an accepted risk) and returns the secret with its resolution history.
        Enterprise plans only.

        Args:
            secret_id: The secret: its id or uid, or a model that has one.
            body: The request body: a ``UpdateDetectedSecretResolutionsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateDetectedSecretResolutionsResponse``: the success body, read into its model.

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

        operation = _operation("update_detected_secret_resolutions")

        return await self._invoke(
            operation,
            {
                "secret_id": secret_id,
            },
            {
                "body": body,
            },
        )

    async def get_detected_secrets_locations(
        self,
        secret_id: str | Resource,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        workspace_id: str,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        resource_type: DetectedSecretResourceType | Unset = UNSET,
    ) -> GetDetectedSecretsLocationsResponse:
        """List where a detected secret was found

        GET /detected-secrets/{secret_id}/locations
        Lists the places in one workspace (request headers, bodies, environment values, ...)
        where a detected secret occurs, with the secret's resolution history in `meta`. Pages
        are taken with `cursor` and `limit`. Enterprise plans only.

        Args:
            secret_id: The secret: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            workspace_id: The ``workspaceId`` query parameter (``str``).
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).
            resource_type: The ``resourceType`` query parameter (``DetectedSecretResourceType``, optional).

        Returns:
            ``GetDetectedSecretsLocationsResponse``: the success body, read into its model.

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

        operation = _operation("get_detected_secrets_locations")

        return await self._invoke(
            operation,
            {
                "secret_id": secret_id,
            },
            {
                "limit": limit,
                "cursor": cursor,
                "workspace_id": workspace_id,
                "since": since,
                "until": until,
                "resource_type": resource_type,
            },
        )

    async def get_secret_types(
        self,
    ) -> GetSecretTypesResponse:
        """List the kinds of secret the scanner looks for

        GET /secret-types
        Lists the secret types the Secret Scanner detects: Postman's built-in ones and the
        team's own regular expressions. Use a type's `id` in the `secretTypes` filter of POST
        /detected-secrets-queries. Enterprise plans only.

        Returns:
            ``GetSecretTypesResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_secret_types")

        return await self._invoke(operation, {}, {})
