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
    from ...models.import_open_api_definition_multipart_request import ImportOpenApiDefinitionMultipartRequest
    from ...models.import_open_api_definition_response import ImportOpenApiDefinitionResponse
    from ...models.import_open_api_json_object_input import ImportOpenApiJsonObjectInput
    from ...models.import_open_api_json_string_input import ImportOpenApiJsonStringInput
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


class ImportOperations:
    """Operations tagged import_."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def import_open_api_definition(
        self,
        *,
        body: ImportOpenApiJsonObjectInput
        | ImportOpenApiJsonStringInput
        | ImportOpenApiDefinitionMultipartRequest
        | Mapping[str, Any],
        workspace: str,
    ) -> ImportOpenApiDefinitionResponse:
        """Create a collection from an OpenAPI definition

        POST /import/openapi
        Converts an OpenAPI definition into a new collection in the given workspace. The
        definition can be sent three ways:

        - as JSON (`type: json`, `input` is the definition object),
        - as a JSON string (`type: string`, `input` is the definition serialised to text, JSON
          or YAML),
        - as a multipart upload (`type: file`, `input` is a .zip archive holding the definition).

        `options` tunes the conversion (folder layout, request names, indentation...). This
        endpoint has its own, tighter rate limit: 10 requests per 10 seconds.

        Args:
            body: The request body: a ``ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput`` or a ``ImportOpenApiDefinitionMultipartRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``ImportOpenApiDefinitionResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("import_open_api_definition")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )


class AsyncImportOperations:
    """Operations tagged import_, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def import_open_api_definition(
        self,
        *,
        body: ImportOpenApiJsonObjectInput
        | ImportOpenApiJsonStringInput
        | ImportOpenApiDefinitionMultipartRequest
        | Mapping[str, Any],
        workspace: str,
    ) -> ImportOpenApiDefinitionResponse:
        """Create a collection from an OpenAPI definition

        POST /import/openapi
        Converts an OpenAPI definition into a new collection in the given workspace. The
        definition can be sent three ways:

        - as JSON (`type: json`, `input` is the definition object),
        - as a JSON string (`type: string`, `input` is the definition serialised to text, JSON
          or YAML),
        - as a multipart upload (`type: file`, `input` is a .zip archive holding the definition).

        `options` tunes the conversion (folder layout, request names, indentation...). This
        endpoint has its own, tighter rate limit: 10 requests per 10 seconds.

        Args:
            body: The request body: a ``ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput`` or a ``ImportOpenApiDefinitionMultipartRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``ImportOpenApiDefinitionResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("import_open_api_definition")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )
