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

    from ...models.billing_account import BillingAccount
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_account_invoices_response import GetAccountInvoicesResponse
    from ...models.get_account_invoices_status import GetAccountInvoicesStatus, check_get_account_invoices_status
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


class BillingOperations:
    """Operations tagged billing."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_accounts(
        self,
    ) -> BillingAccount:
        """Get the team's billing account

        GET /accounts
        Returns the billing account of the key owner's team, its state and how many of its paid slots are
        taken.

        Returns:
            ``BillingAccount``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_accounts")

        return self._invoke(operation, {}, {})

    def get_account_invoices(
        self,
        account_id: str | Resource,
        *,
        status: GetAccountInvoicesStatus,
    ) -> GetAccountInvoicesResponse:
        """List a billing account's invoices

        GET /accounts/{account_id}/invoices
        Lists the invoices of one billing account that have the given status.

        Args:
            account_id: The account: its id or uid, or a model that has one.
            status: The ``status`` query parameter (``GetAccountInvoicesStatus``).

        Returns:
            ``GetAccountInvoicesResponse``: the success body, read into its model.

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

        operation = _operation("get_account_invoices")

        return self._invoke(
            operation,
            {
                "account_id": account_id,
            },
            {
                "status": status,
            },
        )


class AsyncBillingOperations:
    """Operations tagged billing, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_accounts(
        self,
    ) -> BillingAccount:
        """Get the team's billing account

        GET /accounts
        Returns the billing account of the key owner's team, its state and how many of its paid slots are
        taken.

        Returns:
            ``BillingAccount``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_accounts")

        return await self._invoke(operation, {}, {})

    async def get_account_invoices(
        self,
        account_id: str | Resource,
        *,
        status: GetAccountInvoicesStatus,
    ) -> GetAccountInvoicesResponse:
        """List a billing account's invoices

        GET /accounts/{account_id}/invoices
        Lists the invoices of one billing account that have the given status.

        Args:
            account_id: The account: its id or uid, or a model that has one.
            status: The ``status`` query parameter (``GetAccountInvoicesStatus``).

        Returns:
            ``GetAccountInvoicesResponse``: the success body, read into its model.

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

        operation = _operation("get_account_invoices")

        return await self._invoke(
            operation,
            {
                "account_id": account_id,
            },
            {
                "status": status,
            },
        )
