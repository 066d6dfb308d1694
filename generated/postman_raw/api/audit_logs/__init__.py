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

    from ...models.audit_log_action import AuditLogAction
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_audit_logs_order_by import GetAuditLogsOrderBy, check_get_audit_logs_order_by
    from ...models.get_audit_logs_response import GetAuditLogsResponse
    from ...models.problem_detail import ProblemDetail
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


class AuditLogsOperations:
    """Operations tagged audit_logs."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_audit_log_event_actions(
        self,
    ) -> list[AuditLogAction]:
        """List the audit event actions

        GET /audit-actions
        Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
        Use `name` as the `action` filter of GET /audit/logs.

        Returns:
            ``list[AuditLogAction]``: the success body, read into its model.

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

        operation = _operation("get_audit_log_event_actions")

        return self._invoke(operation, {}, {})

    def get_audit_logs(
        self,
        *,
        user_id: int | Unset = UNSET,
        action: str | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        until: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        orderBy: GetAuditLogsOrderBy | Unset = UNSET,
        order_by: GetAuditLogsOrderBy | Unset = UNSET,
    ) -> GetAuditLogsResponse:
        """List the team's audit events

        GET /audit/logs
        Lists the audit events recorded for the key owner's team, newest first unless `orderBy`
        says otherwise, optionally only those of one user, of one action or within a date range.
        `limit` and `cursor` page through the events; Postman's description of the answer names
        no field carrying the next cursor, so any such field is kept in the generated model's
        additional properties.

        Args:
            user_id: The ``userId`` query parameter (``int``, optional).
            action: The ``action`` query parameter (``str``, optional).
            since: The ``since`` query parameter (``datetime.date``, optional).
            until: The ``until`` query parameter (``datetime.date``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            orderBy: The ``orderBy`` query parameter (``GetAuditLogsOrderBy``, optional).
            order_by: The ``order_by`` query parameter (``GetAuditLogsOrderBy``, optional).

        Returns:
            ``GetAuditLogsResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_audit_logs")

        return self._invoke(
            operation,
            {},
            {
                "user_id": user_id,
                "action": action,
                "since": since,
                "until": until,
                "limit": limit,
                "cursor": cursor,
                "orderBy": orderBy,
                "order_by": order_by,
            },
        )


class AsyncAuditLogsOperations:
    """Operations tagged audit_logs, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_audit_log_event_actions(
        self,
    ) -> list[AuditLogAction]:
        """List the audit event actions

        GET /audit-actions
        Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
        Use `name` as the `action` filter of GET /audit/logs.

        Returns:
            ``list[AuditLogAction]``: the success body, read into its model.

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

        operation = _operation("get_audit_log_event_actions")

        return await self._invoke(operation, {}, {})

    async def get_audit_logs(
        self,
        *,
        user_id: int | Unset = UNSET,
        action: str | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        until: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        orderBy: GetAuditLogsOrderBy | Unset = UNSET,
        order_by: GetAuditLogsOrderBy | Unset = UNSET,
    ) -> GetAuditLogsResponse:
        """List the team's audit events

        GET /audit/logs
        Lists the audit events recorded for the key owner's team, newest first unless `orderBy`
        says otherwise, optionally only those of one user, of one action or within a date range.
        `limit` and `cursor` page through the events; Postman's description of the answer names
        no field carrying the next cursor, so any such field is kept in the generated model's
        additional properties.

        Args:
            user_id: The ``userId`` query parameter (``int``, optional).
            action: The ``action`` query parameter (``str``, optional).
            since: The ``since`` query parameter (``datetime.date``, optional).
            until: The ``until`` query parameter (``datetime.date``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            orderBy: The ``orderBy`` query parameter (``GetAuditLogsOrderBy``, optional).
            order_by: The ``order_by`` query parameter (``GetAuditLogsOrderBy``, optional).

        Returns:
            ``GetAuditLogsResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_audit_logs")

        return await self._invoke(
            operation,
            {},
            {
                "user_id": user_id,
                "action": action,
                "since": since,
                "until": until,
                "limit": limit,
                "cursor": cursor,
                "orderBy": orderBy,
                "order_by": order_by,
            },
        )
