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
    from ...models.get_analytics_data_duration import GetAnalyticsDataDuration, check_get_analytics_data_duration
    from ...models.get_analytics_data_entity_type import (
        GetAnalyticsDataEntityType,
        check_get_analytics_data_entity_type,
    )
    from ...models.get_analytics_data_metrics import GetAnalyticsDataMetrics, check_get_analytics_data_metrics
    from ...models.get_analytics_data_resource import GetAnalyticsDataResource, check_get_analytics_data_resource
    from ...models.get_analytics_data_response import GetAnalyticsDataResponse
    from ...models.get_analytics_data_user_type import GetAnalyticsDataUserType, check_get_analytics_data_user_type
    from ...models.get_analytics_data_view import GetAnalyticsDataView, check_get_analytics_data_view
    from ...models.get_analytics_metadata_response import GetAnalyticsMetadataResponse
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


class AnalyticsOperations:
    """Operations tagged analytics."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_analytics_data(
        self,
        *,
        resource: GetAnalyticsDataResource,
        metrics: GetAnalyticsDataMetrics,
        view: GetAnalyticsDataView | Unset = UNSET,
        workspace_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        duration: GetAnalyticsDataDuration | Unset = UNSET,
        request_id: str | Unset = UNSET,
        response_status: str | Unset = UNSET,
        attention_type: str | Unset = UNSET,
        period: str | Unset = UNSET,
        user_type: GetAnalyticsDataUserType | Unset = UNSET,
        entity_type: GetAnalyticsDataEntityType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> GetAnalyticsDataResponse:
        """Get analytics figures

        GET /analytics
        Returns one metric of one resource as a table: `schema.columns` describes the columns and
        each entry of `rows` holds one value per column, in the same order. Only certain
        resource/metric pairs exist, and each metric supports only some views; GET
        /analytics-metadata lists them. For example:

        - `user`: `active_users`, `workspace_active_users`
        - `workspace`: `elements_in_workspace`, `active_workspaces`, `api_calls`,
          `active_collections`, `response_status`, `pending_invites`, `needs_attention`,
          `success_rate`, `user_requests`, `collection_error_aggregate`
        - `team`: `user_api_journey`, `workspace_distribution`, `internal_workspace_distribution`,
          `license_consumption`, `members`, `last_autoflex_cycle`, `partner_engagement_funnel`,
          `members_overtime`, `member_invites`, `invites_sent`, `invites_accepted`
        - `ai`: `agent_mode_users`, `new_vs_returning_users`, `agent_mode_sessions`,
          `messages_sent`, `credit_usage`, `credit_usage_by_model`, `usage_leaderboard`,
          `peak_activity`, `activity_distribution`, `top_agent_models_by_usage`
        - `api_development`: `active_workspaces`, `entity_activity`, `top_entities`
        - `api_testing`: `runs`, `functional_test_runs`, `performance_test_runs`
        - `api_production`: `monitor_runs`, `flow_executions`
        - `api_distribution`: `active_workspaces`, `pvt_network`, `partner`, `public`
        - `api_management`: `workspace_activity`

        The summary view answers under `data.summary`. The detailed view of
        `team`/`partner_engagement_funnel` answers with one table per funnel stage
        (`all_partners`, `workspace_visited`, `viewed_collection`, `request_sent`,
        `successful_requests_200OK`). Tables under any other key are kept in the generated
        model's additional properties. Tables are paged with `limit` and `offset`; see
        `pagination.has_more`.

        Args:
            resource: The ``resource`` query parameter (``GetAnalyticsDataResource``).
            metrics: The ``metrics`` query parameter (``GetAnalyticsDataMetrics``).
            view: The ``view`` query parameter (``GetAnalyticsDataView``, optional).
            workspace_type: The ``workspaceType`` query parameter (``str``, optional).
            user_id: The ``userId`` query parameter (``str``, optional).
            duration: The ``duration`` query parameter (``GetAnalyticsDataDuration``, optional).
            request_id: The ``requestId`` query parameter (``str``, optional).
            response_status: The ``responseStatus`` query parameter (``str``, optional).
            attention_type: The ``attentionType`` query parameter (``str``, optional).
            period: The ``period`` query parameter (``str``, optional).
            user_type: The ``userType`` query parameter (``GetAnalyticsDataUserType``, optional).
            entity_type: The ``entityType`` query parameter (``GetAnalyticsDataEntityType``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            offset: The ``offset`` query parameter (``int``, optional).

        Returns:
            ``GetAnalyticsDataResponse``: the success body, read into its model.

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

        operation = _operation("get_analytics_data")

        return self._invoke(
            operation,
            {},
            {
                "resource": resource,
                "metrics": metrics,
                "view": view,
                "workspace_type": workspace_type,
                "user_id": user_id,
                "duration": duration,
                "request_id": request_id,
                "response_status": response_status,
                "attention_type": attention_type,
                "period": period,
                "user_type": user_type,
                "entity_type": entity_type,
                "limit": limit,
                "offset": offset,
            },
        )

    def get_analytics_metadata(
        self,
        *,
        include: str | Unset = UNSET,
        resources: str | Unset = UNSET,
        metrics: str | Unset = UNSET,
    ) -> GetAnalyticsMetadataResponse:
        """List the analytics resources and metrics

        GET /analytics-metadata
        Returns the catalog behind GET /analytics: each resource with its metrics. With
        `include=parameters,response` each metric also says which views, filters and paging it
        accepts and which columns each view returns.

        Args:
            include: The ``include`` query parameter (``str``, optional).
            resources: The ``resources`` query parameter (``str``, optional).
            metrics: The ``metrics`` query parameter (``str``, optional).

        Returns:
            ``GetAnalyticsMetadataResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_analytics_metadata")

        return self._invoke(
            operation,
            {},
            {
                "include": include,
                "resources": resources,
                "metrics": metrics,
            },
        )


class AsyncAnalyticsOperations:
    """Operations tagged analytics, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_analytics_data(
        self,
        *,
        resource: GetAnalyticsDataResource,
        metrics: GetAnalyticsDataMetrics,
        view: GetAnalyticsDataView | Unset = UNSET,
        workspace_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        duration: GetAnalyticsDataDuration | Unset = UNSET,
        request_id: str | Unset = UNSET,
        response_status: str | Unset = UNSET,
        attention_type: str | Unset = UNSET,
        period: str | Unset = UNSET,
        user_type: GetAnalyticsDataUserType | Unset = UNSET,
        entity_type: GetAnalyticsDataEntityType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> GetAnalyticsDataResponse:
        """Get analytics figures

        GET /analytics
        Returns one metric of one resource as a table: `schema.columns` describes the columns and
        each entry of `rows` holds one value per column, in the same order. Only certain
        resource/metric pairs exist, and each metric supports only some views; GET
        /analytics-metadata lists them. For example:

        - `user`: `active_users`, `workspace_active_users`
        - `workspace`: `elements_in_workspace`, `active_workspaces`, `api_calls`,
          `active_collections`, `response_status`, `pending_invites`, `needs_attention`,
          `success_rate`, `user_requests`, `collection_error_aggregate`
        - `team`: `user_api_journey`, `workspace_distribution`, `internal_workspace_distribution`,
          `license_consumption`, `members`, `last_autoflex_cycle`, `partner_engagement_funnel`,
          `members_overtime`, `member_invites`, `invites_sent`, `invites_accepted`
        - `ai`: `agent_mode_users`, `new_vs_returning_users`, `agent_mode_sessions`,
          `messages_sent`, `credit_usage`, `credit_usage_by_model`, `usage_leaderboard`,
          `peak_activity`, `activity_distribution`, `top_agent_models_by_usage`
        - `api_development`: `active_workspaces`, `entity_activity`, `top_entities`
        - `api_testing`: `runs`, `functional_test_runs`, `performance_test_runs`
        - `api_production`: `monitor_runs`, `flow_executions`
        - `api_distribution`: `active_workspaces`, `pvt_network`, `partner`, `public`
        - `api_management`: `workspace_activity`

        The summary view answers under `data.summary`. The detailed view of
        `team`/`partner_engagement_funnel` answers with one table per funnel stage
        (`all_partners`, `workspace_visited`, `viewed_collection`, `request_sent`,
        `successful_requests_200OK`). Tables under any other key are kept in the generated
        model's additional properties. Tables are paged with `limit` and `offset`; see
        `pagination.has_more`.

        Args:
            resource: The ``resource`` query parameter (``GetAnalyticsDataResource``).
            metrics: The ``metrics`` query parameter (``GetAnalyticsDataMetrics``).
            view: The ``view`` query parameter (``GetAnalyticsDataView``, optional).
            workspace_type: The ``workspaceType`` query parameter (``str``, optional).
            user_id: The ``userId`` query parameter (``str``, optional).
            duration: The ``duration`` query parameter (``GetAnalyticsDataDuration``, optional).
            request_id: The ``requestId`` query parameter (``str``, optional).
            response_status: The ``responseStatus`` query parameter (``str``, optional).
            attention_type: The ``attentionType`` query parameter (``str``, optional).
            period: The ``period`` query parameter (``str``, optional).
            user_type: The ``userType`` query parameter (``GetAnalyticsDataUserType``, optional).
            entity_type: The ``entityType`` query parameter (``GetAnalyticsDataEntityType``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            offset: The ``offset`` query parameter (``int``, optional).

        Returns:
            ``GetAnalyticsDataResponse``: the success body, read into its model.

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

        operation = _operation("get_analytics_data")

        return await self._invoke(
            operation,
            {},
            {
                "resource": resource,
                "metrics": metrics,
                "view": view,
                "workspace_type": workspace_type,
                "user_id": user_id,
                "duration": duration,
                "request_id": request_id,
                "response_status": response_status,
                "attention_type": attention_type,
                "period": period,
                "user_type": user_type,
                "entity_type": entity_type,
                "limit": limit,
                "offset": offset,
            },
        )

    async def get_analytics_metadata(
        self,
        *,
        include: str | Unset = UNSET,
        resources: str | Unset = UNSET,
        metrics: str | Unset = UNSET,
    ) -> GetAnalyticsMetadataResponse:
        """List the analytics resources and metrics

        GET /analytics-metadata
        Returns the catalog behind GET /analytics: each resource with its metrics. With
        `include=parameters,response` each metric also says which views, filters and paging it
        accepts and which columns each view returns.

        Args:
            include: The ``include`` query parameter (``str``, optional).
            resources: The ``resources`` query parameter (``str``, optional).
            metrics: The ``metrics`` query parameter (``str``, optional).

        Returns:
            ``GetAnalyticsMetadataResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_analytics_metadata")

        return await self._invoke(
            operation,
            {},
            {
                "include": include,
                "resources": resources,
                "metrics": metrics,
            },
        )
