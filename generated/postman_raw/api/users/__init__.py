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

    from ...models.authenticated_user_response import AuthenticatedUserResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.team_user import TeamUser
    from ...models.team_user_list import TeamUserList
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class UsersOperations:
    """Operations tagged users."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_authenticated_user(
        self,
    ) -> AuthenticatedUserResponse:
        """Get the user who owns the API key

        GET /me
        Returns the key owner's profile and, except for Guest and Partner users, the plan's
        usage counters (`operations`), which show how much of each monthly allowance is used.
        `flow_count` appears only on Free plans.

        Returns:
            ``AuthenticatedUserResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_authenticated_user")

        return self._invoke(operation, {}, {})

    def get_team_users(
        self,
        *,
        group_id: int | Unset = UNSET,
    ) -> TeamUserList:
        """List the members of the team

        GET /users
        Lists every user of the key owner's team, optionally only those in one user group.

        Args:
            group_id: The ``groupId`` query parameter (``int``, optional).

        Returns:
            ``TeamUserList``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_team_users")

        return self._invoke(
            operation,
            {},
            {
                "group_id": group_id,
            },
        )

    def get_team_user(
        self,
        user_id: int | Resource,
    ) -> TeamUser:
        """Get one member of the team

        GET /users/{user_id}
        Returns one user of the key owner's team.

        Args:
            user_id: The user: its id or uid, or a model that has one.

        Returns:
            ``TeamUser``: the success body, read into its model.

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

        operation = _operation("get_team_user")

        return self._invoke(
            operation,
            {
                "user_id": user_id,
            },
            {},
        )


class AsyncUsersOperations:
    """Operations tagged users, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_authenticated_user(
        self,
    ) -> AuthenticatedUserResponse:
        """Get the user who owns the API key

        GET /me
        Returns the key owner's profile and, except for Guest and Partner users, the plan's
        usage counters (`operations`), which show how much of each monthly allowance is used.
        `flow_count` appears only on Free plans.

        Returns:
            ``AuthenticatedUserResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_authenticated_user")

        return await self._invoke(operation, {}, {})

    async def get_team_users(
        self,
        *,
        group_id: int | Unset = UNSET,
    ) -> TeamUserList:
        """List the members of the team

        GET /users
        Lists every user of the key owner's team, optionally only those in one user group.

        Args:
            group_id: The ``groupId`` query parameter (``int``, optional).

        Returns:
            ``TeamUserList``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_team_users")

        return await self._invoke(
            operation,
            {},
            {
                "group_id": group_id,
            },
        )

    async def get_team_user(
        self,
        user_id: int | Resource,
    ) -> TeamUser:
        """Get one member of the team

        GET /users/{user_id}
        Returns one user of the key owner's team.

        Args:
            user_id: The user: its id or uid, or a model that has one.

        Returns:
            ``TeamUser``: the success body, read into its model.

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

        operation = _operation("get_team_user")

        return await self._invoke(
            operation,
            {
                "user_id": user_id,
            },
            {},
        )
