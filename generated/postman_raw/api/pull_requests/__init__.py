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
    from ...models.pull_request_detail import PullRequestDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.review_pull_request_request import ReviewPullRequestRequest
    from ...models.review_pull_request_response import ReviewPullRequestResponse
    from ...models.update_pull_request_request import UpdatePullRequestRequest
    from ...models.update_pull_request_response import UpdatePullRequestResponse
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class PullRequestsOperations:
    """Operations tagged pull_requests."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_pull_request(
        self,
        pull_request_id: str | Resource,
    ) -> PullRequestDetail:
        """Get a pull request

        GET /pull-requests/{pull_request_id}
        Returns one pull request: its source and destination (and whether each still exists),
        the reviewers and their verdicts, its review state and the state of any merge under way.
        The key's user needs at least the Viewer role on both the source and the destination.

        Args:
            pull_request_id: The pull request: its id or uid, or a model that has one.

        Returns:
            ``PullRequestDetail``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_pull_request")

        return self._invoke(
            operation,
            {
                "pull_request_id": pull_request_id,
            },
            {},
        )

    def update_pull_request(
        self,
        pull_request_id: str | Resource,
        *,
        body: UpdatePullRequestRequest | Mapping[str, Any],
    ) -> UpdatePullRequestResponse:
        """Edit an open pull request

        PUT /pull-requests/{pull_request_id}
        Changes the title, description and reviewers of a pull request that is still open. The
        `reviewers` list replaces the current one entirely. A merged or declined pull request
        cannot be edited (409).

        Args:
            pull_request_id: The pull request: its id or uid, or a model that has one.
            body: The request body: a ``UpdatePullRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdatePullRequestResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            ConflictError: The server answered 409.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_pull_request")

        return self._invoke(
            operation,
            {
                "pull_request_id": pull_request_id,
            },
            {
                "body": body,
            },
        )

    def review_pull_request(
        self,
        pull_request_id: str | Resource,
        *,
        body: ReviewPullRequestRequest | Mapping[str, Any],
    ) -> ReviewPullRequestResponse:
        """Approve, unapprove, decline or merge a pull request

        POST /pull-requests/{pull_request_id}/tasks
        Records the key's user's review of a pull request, or merges it. `unapprove` withdraws an
        earlier approval without declining. An action that the pull request's current state does
        not allow (for example merging a declined one) gives 400.

        Args:
            pull_request_id: The pull request: its id or uid, or a model that has one.
            body: The request body: a ``ReviewPullRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``ReviewPullRequestResponse``: the success body, read into its model.

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

        operation = _operation("review_pull_request")

        return self._invoke(
            operation,
            {
                "pull_request_id": pull_request_id,
            },
            {
                "body": body,
            },
        )


class AsyncPullRequestsOperations:
    """Operations tagged pull_requests, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_pull_request(
        self,
        pull_request_id: str | Resource,
    ) -> PullRequestDetail:
        """Get a pull request

        GET /pull-requests/{pull_request_id}
        Returns one pull request: its source and destination (and whether each still exists),
        the reviewers and their verdicts, its review state and the state of any merge under way.
        The key's user needs at least the Viewer role on both the source and the destination.

        Args:
            pull_request_id: The pull request: its id or uid, or a model that has one.

        Returns:
            ``PullRequestDetail``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_pull_request")

        return await self._invoke(
            operation,
            {
                "pull_request_id": pull_request_id,
            },
            {},
        )

    async def update_pull_request(
        self,
        pull_request_id: str | Resource,
        *,
        body: UpdatePullRequestRequest | Mapping[str, Any],
    ) -> UpdatePullRequestResponse:
        """Edit an open pull request

        PUT /pull-requests/{pull_request_id}
        Changes the title, description and reviewers of a pull request that is still open. The
        `reviewers` list replaces the current one entirely. A merged or declined pull request
        cannot be edited (409).

        Args:
            pull_request_id: The pull request: its id or uid, or a model that has one.
            body: The request body: a ``UpdatePullRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdatePullRequestResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            ConflictError: The server answered 409.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_pull_request")

        return await self._invoke(
            operation,
            {
                "pull_request_id": pull_request_id,
            },
            {
                "body": body,
            },
        )

    async def review_pull_request(
        self,
        pull_request_id: str | Resource,
        *,
        body: ReviewPullRequestRequest | Mapping[str, Any],
    ) -> ReviewPullRequestResponse:
        """Approve, unapprove, decline or merge a pull request

        POST /pull-requests/{pull_request_id}/tasks
        Records the key's user's review of a pull request, or merges it. `unapprove` withdraws an
        earlier approval without declining. An action that the pull request's current state does
        not allow (for example merging a declined one) gives 400.

        Args:
            pull_request_id: The pull request: its id or uid, or a model that has one.
            body: The request body: a ``ReviewPullRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``ReviewPullRequestResponse``: the success body, read into its model.

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

        operation = _operation("review_pull_request")

        return await self._invoke(
            operation,
            {
                "pull_request_id": pull_request_id,
            },
            {
                "body": body,
            },
        )
