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
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.schema_security_validation_request import SchemaSecurityValidationRequest
    from ...models.schema_security_validation_response import SchemaSecurityValidationResponse
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class ApiSecurityOperations:
    """Operations tagged api_security."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def schema_security_validation(
        self,
        *,
        body: SchemaSecurityValidationRequest | Mapping[str, Any],
    ) -> SchemaSecurityValidationResponse:
        """Check an API definition for security and governance issues

        POST /security/api-validation
        Runs the team's configured API governance rules over an OpenAPI 2 or 3 definition and
        lists every rule it breaks, with where the problem is and a link that explains the
        fix. Suited to a CI pipeline. The definition may be at most 10 MB. Security findings
        appear only when Postman's OWASP security rules are imported and enabled for the team.

        Args:
            body: The request body: a ``SchemaSecurityValidationRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SchemaSecurityValidationResponse``: the success body, read into its model.

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

        operation = _operation("schema_security_validation")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )


class AsyncApiSecurityOperations:
    """Operations tagged api_security, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def schema_security_validation(
        self,
        *,
        body: SchemaSecurityValidationRequest | Mapping[str, Any],
    ) -> SchemaSecurityValidationResponse:
        """Check an API definition for security and governance issues

        POST /security/api-validation
        Runs the team's configured API governance rules over an OpenAPI 2 or 3 definition and
        lists every rule it breaks, with where the problem is and a link that explains the
        fix. Suited to a CI pipeline. The definition may be at most 10 MB. Security findings
        appear only when Postman's OWASP security rules are imported and enabled for the team.

        Args:
            body: The request body: a ``SchemaSecurityValidationRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``SchemaSecurityValidationResponse``: the success body, read into its model.

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

        operation = _operation("schema_security_validation")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )
