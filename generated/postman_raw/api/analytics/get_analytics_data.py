from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_analytics_data_duration import GetAnalyticsDataDuration
from ...models.get_analytics_data_entity_type import GetAnalyticsDataEntityType
from ...models.get_analytics_data_metrics import GetAnalyticsDataMetrics
from ...models.get_analytics_data_resource import GetAnalyticsDataResource
from ...models.get_analytics_data_response import GetAnalyticsDataResponse
from ...models.get_analytics_data_user_type import GetAnalyticsDataUserType
from ...models.get_analytics_data_view import GetAnalyticsDataView
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource: str = resource
    params["resource"] = json_resource

    json_metrics: str = metrics
    params["metrics"] = json_metrics

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view

    params["view"] = json_view

    params["workspaceType"] = workspace_type

    params["userId"] = user_id

    json_duration: str | Unset = UNSET
    if not isinstance(duration, Unset):
        json_duration = duration

    params["duration"] = json_duration

    params["requestId"] = request_id

    params["responseStatus"] = response_status

    params["attentionType"] = attention_type

    params["period"] = period

    json_user_type: str | Unset = UNSET
    if not isinstance(user_type, Unset):
        json_user_type = user_type

    params["userType"] = json_user_type

    json_entity_type: str | Unset = UNSET
    if not isinstance(entity_type, Unset):
        json_entity_type = entity_type

    params["entityType"] = json_entity_type

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAnalyticsDataResponse | None:
    if response.status_code == 200:
        response_200 = GetAnalyticsDataResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAnalyticsDataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[GetAnalyticsDataResponse]:
    """Get analytics figures

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
        resource (GetAnalyticsDataResource):
        metrics (GetAnalyticsDataMetrics):
        view (GetAnalyticsDataView | Unset):
        workspace_type (str | Unset):
        user_id (str | Unset):
        duration (GetAnalyticsDataDuration | Unset):
        request_id (str | Unset):
        response_status (str | Unset):
        attention_type (str | Unset):
        period (str | Unset):
        user_type (GetAnalyticsDataUserType | Unset):
        entity_type (GetAnalyticsDataEntityType | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnalyticsDataResponse]
    """

    kwargs = _get_kwargs(
        resource=resource,
        metrics=metrics,
        view=view,
        workspace_type=workspace_type,
        user_id=user_id,
        duration=duration,
        request_id=request_id,
        response_status=response_status,
        attention_type=attention_type,
        period=period,
        user_type=user_type,
        entity_type=entity_type,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
) -> GetAnalyticsDataResponse | None:
    """Get analytics figures

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
        resource (GetAnalyticsDataResource):
        metrics (GetAnalyticsDataMetrics):
        view (GetAnalyticsDataView | Unset):
        workspace_type (str | Unset):
        user_id (str | Unset):
        duration (GetAnalyticsDataDuration | Unset):
        request_id (str | Unset):
        response_status (str | Unset):
        attention_type (str | Unset):
        period (str | Unset):
        user_type (GetAnalyticsDataUserType | Unset):
        entity_type (GetAnalyticsDataEntityType | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnalyticsDataResponse
    """

    return sync_detailed(
        client=client,
        resource=resource,
        metrics=metrics,
        view=view,
        workspace_type=workspace_type,
        user_id=user_id,
        duration=duration,
        request_id=request_id,
        response_status=response_status,
        attention_type=attention_type,
        period=period,
        user_type=user_type,
        entity_type=entity_type,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[GetAnalyticsDataResponse]:
    """Get analytics figures

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
        resource (GetAnalyticsDataResource):
        metrics (GetAnalyticsDataMetrics):
        view (GetAnalyticsDataView | Unset):
        workspace_type (str | Unset):
        user_id (str | Unset):
        duration (GetAnalyticsDataDuration | Unset):
        request_id (str | Unset):
        response_status (str | Unset):
        attention_type (str | Unset):
        period (str | Unset):
        user_type (GetAnalyticsDataUserType | Unset):
        entity_type (GetAnalyticsDataEntityType | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnalyticsDataResponse]
    """

    kwargs = _get_kwargs(
        resource=resource,
        metrics=metrics,
        view=view,
        workspace_type=workspace_type,
        user_id=user_id,
        duration=duration,
        request_id=request_id,
        response_status=response_status,
        attention_type=attention_type,
        period=period,
        user_type=user_type,
        entity_type=entity_type,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
) -> GetAnalyticsDataResponse | None:
    """Get analytics figures

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
        resource (GetAnalyticsDataResource):
        metrics (GetAnalyticsDataMetrics):
        view (GetAnalyticsDataView | Unset):
        workspace_type (str | Unset):
        user_id (str | Unset):
        duration (GetAnalyticsDataDuration | Unset):
        request_id (str | Unset):
        response_status (str | Unset):
        attention_type (str | Unset):
        period (str | Unset):
        user_type (GetAnalyticsDataUserType | Unset):
        entity_type (GetAnalyticsDataEntityType | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnalyticsDataResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            resource=resource,
            metrics=metrics,
            view=view,
            workspace_type=workspace_type,
            user_id=user_id,
            duration=duration,
            request_id=request_id,
            response_status=response_status,
            attention_type=attention_type,
            period=period,
            user_type=user_type,
            entity_type=entity_type,
            limit=limit,
            offset=offset,
        )
    ).parsed
