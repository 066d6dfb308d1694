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

    from ...models.create_monitor_request import CreateMonitorRequest
    from ...models.create_monitor_response import CreateMonitorResponse
    from ...models.delete_monitor_response import DeleteMonitorResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_monitor_response import GetMonitorResponse
    from ...models.get_monitors_response import GetMonitorsResponse
    from ...models.get_runner_instances_response import GetRunnerInstancesResponse
    from ...models.get_runner_metrics_response import GetRunnerMetricsResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.run_monitor_accepted_response import RunMonitorAcceptedResponse
    from ...models.run_monitor_response import RunMonitorResponse
    from ...models.update_monitor_request import UpdateMonitorRequest
    from ...models.update_monitor_response import UpdateMonitorResponse
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class MonitorsOperations:
    """Operations tagged monitors."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_monitors(
        self,
        *,
        workspace: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        owner: int | Unset = UNSET,
        collection_uid: str | Unset = UNSET,
        environment_uid: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetMonitorsResponse:
        """List monitors

        GET /monitors
        Lists the monitors the key owner can see, a page at a time (at most 25 per page), with
        optional filters by workspace, state, owner, collection and environment.

        Args:
            workspace: The ``workspace`` query parameter (``str``, optional).
            active: The ``active`` query parameter (``bool``, optional).
            owner: The ``owner`` query parameter (``int``, optional).
            collection_uid: The ``collectionUid`` query parameter (``str``, optional).
            environment_uid: The ``environmentUid`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetMonitorsResponse``: the success body, read into its model.

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

        operation = _operation("get_monitors")

        return self._invoke(
            operation,
            {},
            {
                "workspace": workspace,
                "active": active,
                "owner": owner,
                "collection_uid": collection_uid,
                "environment_uid": environment_uid,
                "cursor": cursor,
                "limit": limit,
            },
        )

    def create_monitor(
        self,
        *,
        body: CreateMonitorRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateMonitorResponse:
        """Create a monitor

        POST /monitors
        Creates a monitor that runs a collection on a cron schedule. Collections that belong to
        an API definition cannot be monitored.

        Args:
            body: The request body: a ``CreateMonitorRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateMonitorResponse``: the success body, read into its model.

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

        operation = _operation("create_monitor")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    def get_monitor(
        self,
        monitor_id: str | Resource,
    ) -> GetMonitorResponse:
        """Get a monitor

        GET /monitors/{monitor_id}
        Returns a monitor's settings, its schedule and a summary of its latest run.

        Args:
            monitor_id: The monitor: its id or uid, or a model that has one.

        Returns:
            ``GetMonitorResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_monitor")

        return self._invoke(
            operation,
            {
                "monitor_id": monitor_id,
            },
            {},
        )

    def update_monitor(
        self,
        monitor_id: str | Resource,
        *,
        body: UpdateMonitorRequest | Mapping[str, Any],
    ) -> UpdateMonitorResponse:
        """Update a monitor

        PUT /monitors/{monitor_id}
        Changes the settings sent and leaves the others as they are; sending only
        `{"monitor": {"active": false}}` pauses a monitor. The collection and environment of a
        monitor cannot be changed.

        Args:
            monitor_id: The monitor: its id or uid, or a model that has one.
            body: The request body: a ``UpdateMonitorRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateMonitorResponse``: the success body, read into its model.

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

        operation = _operation("update_monitor")

        return self._invoke(
            operation,
            {
                "monitor_id": monitor_id,
            },
            {
                "body": body,
            },
        )

    def delete_monitor(
        self,
        monitor_id: str | Resource,
    ) -> DeleteMonitorResponse:
        """Delete a monitor

        DELETE /monitors/{monitor_id}
        Deletes the monitor; its collection and environment are kept.

        Args:
            monitor_id: The monitor: its id or uid, or a model that has one.

        Returns:
            ``DeleteMonitorResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_monitor")

        return self._invoke(
            operation,
            {
                "monitor_id": monitor_id,
            },
            {},
        )

    def run_monitor(
        self,
        monitor_id: str | Resource,
        *,
        async_: bool | Unset = UNSET,
    ) -> RunMonitorAcceptedResponse | RunMonitorResponse:
        """Run a monitor now

        POST /monitors/{monitor_id}/run
        Starts a run of the monitor outside its schedule. A synchronous call that takes longer
        than 300 seconds is answered with 202 while the run goes on; its outcome then appears
        in `lastRun` of GET /monitors/{monitorId}. Passing `async=true` avoids the wait.

        Args:
            monitor_id: The monitor: its id or uid, or a model that has one.
            async_: The ``async`` query parameter (``bool``, optional).

        Returns:
            ``RunMonitorAcceptedResponse | RunMonitorResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("run_monitor")

        return self._invoke(
            operation,
            {
                "monitor_id": monitor_id,
            },
            {
                "async_": async_,
            },
        )

    def get_runner_instances(
        self,
        runner_id: str | Resource,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetRunnerInstancesResponse:
        """List a runner's instances

        GET /runners/{runner_id}/instances
        Lists the instances of a self-hosted monitor runner: the processes that share the
        runner's id and key and poll Postman for monitor runs to execute. Team Admins and Super
        Admins can find a runner's id in Team Settings > Runners.

        Args:
            runner_id: The runner: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetRunnerInstancesResponse``: the success body, read into its model.

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

        operation = _operation("get_runner_instances")

        return self._invoke(
            operation,
            {
                "runner_id": runner_id,
            },
            {
                "limit": limit,
                "cursor": cursor,
            },
        )

    def get_runner_metrics(
        self,
        runner_id: str | Resource,
    ) -> GetRunnerMetricsResponse:
        """Get a runner's queue metrics

        GET /runners/{runner_id}/metrics
        Returns what Postman's side knows about a self-hosted runner: when it last checked in
        and how many monitor runs wait in its queue, and for how long.

        Args:
            runner_id: The runner: its id or uid, or a model that has one.

        Returns:
            ``GetRunnerMetricsResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_runner_metrics")

        return self._invoke(
            operation,
            {
                "runner_id": runner_id,
            },
            {},
        )


class AsyncMonitorsOperations:
    """Operations tagged monitors, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_monitors(
        self,
        *,
        workspace: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        owner: int | Unset = UNSET,
        collection_uid: str | Unset = UNSET,
        environment_uid: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetMonitorsResponse:
        """List monitors

        GET /monitors
        Lists the monitors the key owner can see, a page at a time (at most 25 per page), with
        optional filters by workspace, state, owner, collection and environment.

        Args:
            workspace: The ``workspace`` query parameter (``str``, optional).
            active: The ``active`` query parameter (``bool``, optional).
            owner: The ``owner`` query parameter (``int``, optional).
            collection_uid: The ``collectionUid`` query parameter (``str``, optional).
            environment_uid: The ``environmentUid`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetMonitorsResponse``: the success body, read into its model.

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

        operation = _operation("get_monitors")

        return await self._invoke(
            operation,
            {},
            {
                "workspace": workspace,
                "active": active,
                "owner": owner,
                "collection_uid": collection_uid,
                "environment_uid": environment_uid,
                "cursor": cursor,
                "limit": limit,
            },
        )

    async def create_monitor(
        self,
        *,
        body: CreateMonitorRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateMonitorResponse:
        """Create a monitor

        POST /monitors
        Creates a monitor that runs a collection on a cron schedule. Collections that belong to
        an API definition cannot be monitored.

        Args:
            body: The request body: a ``CreateMonitorRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateMonitorResponse``: the success body, read into its model.

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

        operation = _operation("create_monitor")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    async def get_monitor(
        self,
        monitor_id: str | Resource,
    ) -> GetMonitorResponse:
        """Get a monitor

        GET /monitors/{monitor_id}
        Returns a monitor's settings, its schedule and a summary of its latest run.

        Args:
            monitor_id: The monitor: its id or uid, or a model that has one.

        Returns:
            ``GetMonitorResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_monitor")

        return await self._invoke(
            operation,
            {
                "monitor_id": monitor_id,
            },
            {},
        )

    async def update_monitor(
        self,
        monitor_id: str | Resource,
        *,
        body: UpdateMonitorRequest | Mapping[str, Any],
    ) -> UpdateMonitorResponse:
        """Update a monitor

        PUT /monitors/{monitor_id}
        Changes the settings sent and leaves the others as they are; sending only
        `{"monitor": {"active": false}}` pauses a monitor. The collection and environment of a
        monitor cannot be changed.

        Args:
            monitor_id: The monitor: its id or uid, or a model that has one.
            body: The request body: a ``UpdateMonitorRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateMonitorResponse``: the success body, read into its model.

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

        operation = _operation("update_monitor")

        return await self._invoke(
            operation,
            {
                "monitor_id": monitor_id,
            },
            {
                "body": body,
            },
        )

    async def delete_monitor(
        self,
        monitor_id: str | Resource,
    ) -> DeleteMonitorResponse:
        """Delete a monitor

        DELETE /monitors/{monitor_id}
        Deletes the monitor; its collection and environment are kept.

        Args:
            monitor_id: The monitor: its id or uid, or a model that has one.

        Returns:
            ``DeleteMonitorResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_monitor")

        return await self._invoke(
            operation,
            {
                "monitor_id": monitor_id,
            },
            {},
        )

    async def run_monitor(
        self,
        monitor_id: str | Resource,
        *,
        async_: bool | Unset = UNSET,
    ) -> RunMonitorAcceptedResponse | RunMonitorResponse:
        """Run a monitor now

        POST /monitors/{monitor_id}/run
        Starts a run of the monitor outside its schedule. A synchronous call that takes longer
        than 300 seconds is answered with 202 while the run goes on; its outcome then appears
        in `lastRun` of GET /monitors/{monitorId}. Passing `async=true` avoids the wait.

        Args:
            monitor_id: The monitor: its id or uid, or a model that has one.
            async_: The ``async`` query parameter (``bool``, optional).

        Returns:
            ``RunMonitorAcceptedResponse | RunMonitorResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("run_monitor")

        return await self._invoke(
            operation,
            {
                "monitor_id": monitor_id,
            },
            {
                "async_": async_,
            },
        )

    async def get_runner_instances(
        self,
        runner_id: str | Resource,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetRunnerInstancesResponse:
        """List a runner's instances

        GET /runners/{runner_id}/instances
        Lists the instances of a self-hosted monitor runner: the processes that share the
        runner's id and key and poll Postman for monitor runs to execute. Team Admins and Super
        Admins can find a runner's id in Team Settings > Runners.

        Args:
            runner_id: The runner: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetRunnerInstancesResponse``: the success body, read into its model.

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

        operation = _operation("get_runner_instances")

        return await self._invoke(
            operation,
            {
                "runner_id": runner_id,
            },
            {
                "limit": limit,
                "cursor": cursor,
            },
        )

    async def get_runner_metrics(
        self,
        runner_id: str | Resource,
    ) -> GetRunnerMetricsResponse:
        """Get a runner's queue metrics

        GET /runners/{runner_id}/metrics
        Returns what Postman's side knows about a self-hosted runner: when it last checked in
        and how many monitor runs wait in its queue, and for how long.

        Args:
            runner_id: The runner: its id or uid, or a model that has one.

        Returns:
            ``GetRunnerMetricsResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_runner_metrics")

        return await self._invoke(
            operation,
            {
                "runner_id": runner_id,
            },
            {},
        )
