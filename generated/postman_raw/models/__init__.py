"""Data models of the Postman API, loaded lazily.

Importing this package imports no model module. ``postman_raw.models.Name`` loads the module
that defines ``Name`` on first access (PEP 562); endpoint modules import the modules they need
directly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_workspace_to_private_network_request import AddWorkspaceToPrivateNetworkRequest
    from .add_workspace_to_private_network_request_workspace import AddWorkspaceToPrivateNetworkRequestWorkspace
    from .analytics_column import AnalyticsColumn
    from .analytics_data import AnalyticsData
    from .analytics_metadata import AnalyticsMetadata
    from .analytics_metadata_metric import AnalyticsMetadataMetric
    from .analytics_metadata_resource import AnalyticsMetadataResource
    from .analytics_metric_filter import AnalyticsMetricFilter
    from .analytics_metric_filters import AnalyticsMetricFilters
    from .analytics_metric_pagination import AnalyticsMetricPagination
    from .analytics_metric_parameters import AnalyticsMetricParameters
    from .analytics_metric_responses import AnalyticsMetricResponses
    from .analytics_metric_view_parameter import AnalyticsMetricViewParameter
    from .analytics_metric_view_response import AnalyticsMetricViewResponse
    from .analytics_pagination import AnalyticsPagination
    from .analytics_table import AnalyticsTable
    from .analytics_table_schema import AnalyticsTableSchema
    from .approve_deny_access_request_request import ApproveDenyAccessRequestRequest
    from .approve_deny_access_request_request_action import ApproveDenyAccessRequestRequestAction
    from .approve_deny_access_request_response import ApproveDenyAccessRequestResponse
    from .async_merge_pull_collection_fork_request import AsyncMergePullCollectionForkRequest
    from .async_merge_pull_collection_fork_request_strategy import AsyncMergePullCollectionForkRequestStrategy
    from .async_merge_pull_collection_fork_response import AsyncMergePullCollectionForkResponse
    from .async_merge_pull_collection_task_status_response import AsyncMergePullCollectionTaskStatusResponse
    from .attached_tag import AttachedTag
    from .audit_log_action import AuditLogAction
    from .audit_log_actor import AuditLogActor
    from .audit_log_event import AuditLogEvent
    from .audit_log_event_data import AuditLogEventData
    from .audit_log_event_data_variables import AuditLogEventDataVariables
    from .audit_log_team import AuditLogTeam
    from .audit_log_user import AuditLogUser
    from .auth_apikey_settings import AuthApikeySettings
    from .auth_attribute import AuthAttribute
    from .auth_awsv_4_settings import AuthAwsv4Settings
    from .auth_basic_settings import AuthBasicSettings
    from .auth_bearer_settings import AuthBearerSettings
    from .auth_definition import AuthDefinition
    from .auth_digest_settings import AuthDigestSettings
    from .auth_edgegrid_settings import AuthEdgegridSettings
    from .auth_hawk_settings import AuthHawkSettings
    from .auth_ntlm_settings import AuthNtlmSettings
    from .auth_oauth_1_settings import AuthOauth1Settings
    from .auth_oauth_2_settings import AuthOauth2Settings
    from .authenticated_user import AuthenticatedUser
    from .authenticated_user_response import AuthenticatedUserResponse
    from .billing_account import BillingAccount
    from .billing_account_slots import BillingAccountSlots
    from .client_certificate import ClientCertificate
    from .client_certificate_cert import ClientCertificateCert
    from .client_certificate_key import ClientCertificateKey
    from .collection_access_key import CollectionAccessKey
    from .collection_access_key_page_meta import CollectionAccessKeyPageMeta
    from .collection_docs_appearance import CollectionDocsAppearance
    from .collection_docs_colors import CollectionDocsColors
    from .collection_docs_customization import CollectionDocsCustomization
    from .collection_docs_meta_tag import CollectionDocsMetaTag
    from .collection_docs_theme import CollectionDocsTheme
    from .collection_document import CollectionDocument
    from .collection_duplication_task import CollectionDuplicationTask
    from .collection_folder import CollectionFolder
    from .collection_folder_record import CollectionFolderRecord
    from .collection_fork_entry import CollectionForkEntry
    from .collection_fork_info import CollectionForkInfo
    from .collection_forks_meta import CollectionForksMeta
    from .collection_info import CollectionInfo
    from .collection_item_body_mode import CollectionItemBodyMode
    from .collection_item_body_options import CollectionItemBodyOptions
    from .collection_item_body_options_binary import CollectionItemBodyOptionsBinary
    from .collection_item_body_options_graphql import CollectionItemBodyOptionsGraphql
    from .collection_item_body_options_params import CollectionItemBodyOptionsParams
    from .collection_item_body_options_urlencoded import CollectionItemBodyOptionsUrlencoded
    from .collection_item_deletion import CollectionItemDeletion
    from .collection_item_form_field import CollectionItemFormField
    from .collection_item_graphql_body import CollectionItemGraphqlBody
    from .collection_item_http_method import CollectionItemHttpMethod
    from .collection_item_operation_meta import CollectionItemOperationMeta
    from .collection_item_path_variable import CollectionItemPathVariable
    from .collection_item_query_param import CollectionItemQueryParam
    from .collection_item_raw_body_options import CollectionItemRawBodyOptions
    from .collection_item_transfer_location import CollectionItemTransferLocation
    from .collection_item_transfer_location_position import CollectionItemTransferLocationPosition
    from .collection_item_transfer_mode import CollectionItemTransferMode
    from .collection_item_transfer_result import CollectionItemTransferResult
    from .collection_item_transfer_target import CollectionItemTransferTarget
    from .collection_item_transfer_target_model import CollectionItemTransferTargetModel
    from .collection_list_meta import CollectionListMeta
    from .collection_merge_task import CollectionMergeTask
    from .collection_merge_task_details import CollectionMergeTaskDetails
    from .collection_merge_task_error import CollectionMergeTaskError
    from .collection_pull_request_summary import CollectionPullRequestSummary
    from .collection_request_item import CollectionRequestItem
    from .collection_request_record import CollectionRequestRecord
    from .collection_request_record_path_variables_type_0 import CollectionRequestRecordPathVariablesType0
    from .collection_response_record import CollectionResponseRecord
    from .collection_response_status_code import CollectionResponseStatusCode
    from .collection_role import CollectionRole
    from .collection_role_assignment import CollectionRoleAssignment
    from .collection_role_assignment_role import CollectionRoleAssignmentRole
    from .collection_role_update import CollectionRoleUpdate
    from .collection_role_update_op import CollectionRoleUpdateOp
    from .collection_role_update_path import CollectionRoleUpdatePath
    from .collection_semver import CollectionSemver
    from .collection_summary import CollectionSummary
    from .collection_summary_fork import CollectionSummaryFork
    from .collection_update_task import CollectionUpdateTask
    from .collection_variable import CollectionVariable
    from .collection_write_result import CollectionWriteResult
    from .comment import Comment
    from .comment_create_body import CommentCreateBody
    from .comment_envelope import CommentEnvelope
    from .comment_list import CommentList
    from .comment_mention import CommentMention
    from .comment_mention_type import CommentMentionType
    from .comment_mentions import CommentMentions
    from .comment_update_body import CommentUpdateBody
    from .component import Component
    from .component_page_meta import ComponentPageMeta
    from .component_version import ComponentVersion
    from .component_version_source import ComponentVersionSource
    from .component_version_source_type import ComponentVersionSourceType
    from .create_access_request_request import CreateAccessRequestRequest
    from .create_access_request_request_request_type import CreateAccessRequestRequestRequestType
    from .create_access_request_response import CreateAccessRequestResponse
    from .create_collection_folder_request import CreateCollectionFolderRequest
    from .create_collection_folder_response import CreateCollectionFolderResponse
    from .create_collection_fork_request import CreateCollectionForkRequest
    from .create_collection_fork_response import CreateCollectionForkResponse
    from .create_collection_pull_request_request import CreateCollectionPullRequestRequest
    from .create_collection_pull_request_response import CreateCollectionPullRequestResponse
    from .create_collection_request import CreateCollectionRequest
    from .create_collection_request_request import CreateCollectionRequestRequest
    from .create_collection_request_response import CreateCollectionRequestResponse
    from .create_collection_response import CreateCollectionResponse
    from .create_collection_response_request import CreateCollectionResponseRequest
    from .create_collection_response_response import CreateCollectionResponseResponse
    from .create_component_request import CreateComponentRequest
    from .create_component_request_format import CreateComponentRequestFormat
    from .create_component_request_type import CreateComponentRequestType
    from .create_component_response import CreateComponentResponse
    from .create_component_version_request import CreateComponentVersionRequest
    from .create_component_version_response import CreateComponentVersionResponse
    from .create_environment_request import CreateEnvironmentRequest
    from .create_environment_response import CreateEnvironmentResponse
    from .create_mock_request import CreateMockRequest
    from .create_mock_response import CreateMockResponse
    from .create_mock_server_response_request import CreateMockServerResponseRequest
    from .create_monitor_request import CreateMonitorRequest
    from .create_monitor_response import CreateMonitorResponse
    from .create_package_request import CreatePackageRequest
    from .create_sdk_git_connection_request import CreateSdkGitConnectionRequest
    from .create_sdk_request import CreateSdkRequest
    from .create_spec_file_request import CreateSpecFileRequest
    from .create_spec_request import CreateSpecRequest
    from .create_spec_request_type import CreateSpecRequestType
    from .create_spec_version_tag_request import CreateSpecVersionTagRequest
    from .create_spec_version_tag_response import CreateSpecVersionTagResponse
    from .create_team_request import CreateTeamRequest
    from .create_team_response import CreateTeamResponse
    from .create_webhook_request import CreateWebhookRequest
    from .create_webhook_response import CreateWebhookResponse
    from .create_workspace_request import CreateWorkspaceRequest
    from .create_workspace_response import CreateWorkspaceResponse
    from .create_workspace_update_request import CreateWorkspaceUpdateRequest
    from .create_workspace_update_request_category import CreateWorkspaceUpdateRequestCategory
    from .created_collection_fork import CreatedCollectionFork
    from .delete_collection_folder_response import DeleteCollectionFolderResponse
    from .delete_collection_request_response import DeleteCollectionRequestResponse
    from .delete_collection_response import DeleteCollectionResponse
    from .delete_collection_response_response import DeleteCollectionResponseResponse
    from .delete_environment_response import DeleteEnvironmentResponse
    from .delete_mock_response import DeleteMockResponse
    from .delete_monitor_response import DeleteMonitorResponse
    from .delete_workspace_response import DeleteWorkspaceResponse
    from .deleted_collection_ref import DeletedCollectionRef
    from .deleted_mock_server import DeletedMockServer
    from .deleted_mock_server_response import DeletedMockServerResponse
    from .deleted_workspace_id import DeletedWorkspaceId
    from .detected_secret import DetectedSecret
    from .detected_secret_activity import DetectedSecretActivity
    from .detected_secret_location import DetectedSecretLocation
    from .detected_secret_locations_meta import DetectedSecretLocationsMeta
    from .detected_secret_resolution_change import DetectedSecretResolutionChange
    from .detected_secret_resource_type import DetectedSecretResourceType
    from .detected_secrets_page_meta import DetectedSecretsPageMeta
    from .detected_secrets_queries_request import DetectedSecretsQueriesRequest
    from .detected_secrets_queries_request_statuses_item import DetectedSecretsQueriesRequestStatusesItem
    from .detected_secrets_queries_request_workspace_visibilities_item import (
        DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem,
    )
    from .detected_secrets_queries_response import DetectedSecretsQueriesResponse
    from .detected_secrets_resource_filter import DetectedSecretsResourceFilter
    from .duplicate_collection_request import DuplicateCollectionRequest
    from .duplicate_collection_response import DuplicateCollectionResponse
    from .entity_tag import EntityTag
    from .environment import Environment
    from .environment_create_data import EnvironmentCreateData
    from .environment_deleted import EnvironmentDeleted
    from .environment_fork_created import EnvironmentForkCreated
    from .environment_fork_summary import EnvironmentForkSummary
    from .environment_forks_meta import EnvironmentForksMeta
    from .environment_ids import EnvironmentIds
    from .environment_patch_operation import EnvironmentPatchOperation
    from .environment_replace_data import EnvironmentReplaceData
    from .environment_summary import EnvironmentSummary
    from .environment_uid_only import EnvironmentUidOnly
    from .environment_variable import EnvironmentVariable
    from .environment_variable_postman_source import EnvironmentVariablePostmanSource
    from .environment_variable_source import EnvironmentVariableSource
    from .error_detail import ErrorDetail
    from .error_envelope import ErrorEnvelope
    from .error_name_message import ErrorNameMessage
    from .event_script import EventScript
    from .event_script_packages import EventScriptPackages
    from .file_body_source import FileBodySource
    from .fork_environment_request import ForkEnvironmentRequest
    from .fork_environment_response import ForkEnvironmentResponse
    from .form_data_param import FormDataParam
    from .format_description_block import FormatDescriptionBlock
    from .generate_collection_element_type import GenerateCollectionElementType
    from .generate_collection_options import GenerateCollectionOptions
    from .generate_collection_options_folder_strategy import GenerateCollectionOptionsFolderStrategy
    from .generate_collection_options_indent_character import GenerateCollectionOptionsIndentCharacter
    from .generate_collection_options_request_name_source import GenerateCollectionOptionsRequestNameSource
    from .generate_collection_request import GenerateCollectionRequest
    from .generate_oauth_token_request import GenerateOauthTokenRequest
    from .generate_service_account_token_response import GenerateServiceAccountTokenResponse
    from .generate_spec_from_collection_element_type import GenerateSpecFromCollectionElementType
    from .generate_spec_from_collection_request import GenerateSpecFromCollectionRequest
    from .generate_spec_from_collection_request_format import GenerateSpecFromCollectionRequestFormat
    from .generate_spec_from_collection_request_type import GenerateSpecFromCollectionRequestType
    from .generate_tool_request import GenerateToolRequest
    from .generate_tool_response import GenerateToolResponse
    from .generated_spec import GeneratedSpec
    from .get_account_invoices_response import GetAccountInvoicesResponse
    from .get_account_invoices_status import GetAccountInvoicesStatus
    from .get_all_components_response import GetAllComponentsResponse
    from .get_all_components_status import GetAllComponentsStatus
    from .get_all_components_type import GetAllComponentsType
    from .get_all_specs_response import GetAllSpecsResponse
    from .get_all_workspace_roles_response import GetAllWorkspaceRolesResponse
    from .get_analytics_data_duration import GetAnalyticsDataDuration
    from .get_analytics_data_entity_type import GetAnalyticsDataEntityType
    from .get_analytics_data_metrics import GetAnalyticsDataMetrics
    from .get_analytics_data_resource import GetAnalyticsDataResource
    from .get_analytics_data_response import GetAnalyticsDataResponse
    from .get_analytics_data_user_type import GetAnalyticsDataUserType
    from .get_analytics_data_view import GetAnalyticsDataView
    from .get_analytics_metadata_response import GetAnalyticsMetadataResponse
    from .get_async_spec_task_status_element_type import GetAsyncSpecTaskStatusElementType
    from .get_audit_logs_order_by import GetAuditLogsOrderBy
    from .get_audit_logs_response import GetAuditLogsResponse
    from .get_collection_access_keys_response import GetCollectionAccessKeysResponse
    from .get_collection_folder_response import GetCollectionFolderResponse
    from .get_collection_forks_direction import GetCollectionForksDirection
    from .get_collection_forks_response import GetCollectionForksResponse
    from .get_collection_model import GetCollectionModel
    from .get_collection_pull_requests_response import GetCollectionPullRequestsResponse
    from .get_collection_request_response import GetCollectionRequestResponse
    from .get_collection_response import GetCollectionResponse
    from .get_collection_response_response import GetCollectionResponseResponse
    from .get_collection_roles_response import GetCollectionRolesResponse
    from .get_collection_updates_tasks_response import GetCollectionUpdatesTasksResponse
    from .get_collections_forked_by_user_direction import GetCollectionsForkedByUserDirection
    from .get_collections_forked_by_user_response import GetCollectionsForkedByUserResponse
    from .get_collections_response import GetCollectionsResponse
    from .get_component_draft_response import GetComponentDraftResponse
    from .get_component_envelope import GetComponentEnvelope
    from .get_component_versions_response import GetComponentVersionsResponse
    from .get_detected_secrets_locations_response import GetDetectedSecretsLocationsResponse
    from .get_duplicate_collection_task_status_response import GetDuplicateCollectionTaskStatusResponse
    from .get_environment_forks_direction import GetEnvironmentForksDirection
    from .get_environment_forks_response import GetEnvironmentForksResponse
    from .get_environment_forks_sort import GetEnvironmentForksSort
    from .get_environment_response import GetEnvironmentResponse
    from .get_environments_response import GetEnvironmentsResponse
    from .get_generated_collection_specs_element_type import GetGeneratedCollectionSpecsElementType
    from .get_generated_collection_specs_response import GetGeneratedCollectionSpecsResponse
    from .get_groups_response import GetGroupsResponse
    from .get_mock_call_logs_direction import GetMockCallLogsDirection
    from .get_mock_call_logs_response import GetMockCallLogsResponse
    from .get_mock_call_logs_sort import GetMockCallLogsSort
    from .get_mock_response import GetMockResponse
    from .get_mocks_response import GetMocksResponse
    from .get_monitor_response import GetMonitorResponse
    from .get_monitors_response import GetMonitorsResponse
    from .get_package_envelope import GetPackageEnvelope
    from .get_packages_response import GetPackagesResponse
    from .get_runner_instances_response import GetRunnerInstancesResponse
    from .get_runner_metrics_response import GetRunnerMetricsResponse
    from .get_sdk_download_url_response import GetSdkDownloadUrlResponse
    from .get_sdk_git_connection_pull_requests_response import GetSdkGitConnectionPullRequestsResponse
    from .get_sdk_git_connection_pull_requests_status import GetSdkGitConnectionPullRequestsStatus
    from .get_sdk_git_connections_response import GetSdkGitConnectionsResponse
    from .get_sdk_git_connections_status import GetSdkGitConnectionsStatus
    from .get_sdks_build_status import GetSdksBuildStatus
    from .get_sdks_response import GetSdksResponse
    from .get_secret_types_response import GetSecretTypesResponse
    from .get_secret_types_response_meta import GetSecretTypesResponseMeta
    from .get_source_collection_status_response import GetSourceCollectionStatusResponse
    from .get_source_collection_status_response_collection import GetSourceCollectionStatusResponseCollection
    from .get_spec_collections_element_type import GetSpecCollectionsElementType
    from .get_spec_collections_response import GetSpecCollectionsResponse
    from .get_spec_files_response import GetSpecFilesResponse
    from .get_spec_version_tag_response import GetSpecVersionTagResponse
    from .get_spec_version_tags_response import GetSpecVersionTagsResponse
    from .get_tagged_entities_direction import GetTaggedEntitiesDirection
    from .get_tagged_entities_entity_type import GetTaggedEntitiesEntityType
    from .get_tagged_entities_response import GetTaggedEntitiesResponse
    from .get_tagged_entities_response_data import GetTaggedEntitiesResponseData
    from .get_team_access_requests_response import GetTeamAccessRequestsResponse
    from .get_team_include import GetTeamInclude
    from .get_team_response import GetTeamResponse
    from .get_teams_response import GetTeamsResponse
    from .get_workspace_activity_feed_element_type import GetWorkspaceActivityFeedElementType
    from .get_workspace_activity_feed_response import GetWorkspaceActivityFeedResponse
    from .get_workspace_response import GetWorkspaceResponse
    from .get_workspace_roles_include import GetWorkspaceRolesInclude
    from .get_workspace_updates_response import GetWorkspaceUpdatesResponse
    from .get_workspaces_element_type import GetWorkspacesElementType
    from .get_workspaces_include import GetWorkspacesInclude
    from .get_workspaces_response import GetWorkspacesResponse
    from .get_workspaces_type import GetWorkspacesType
    from .header_entry import HeaderEntry
    from .import_open_api_definition_multipart_request import ImportOpenApiDefinitionMultipartRequest
    from .import_open_api_definition_multipart_request_type import ImportOpenApiDefinitionMultipartRequestType
    from .import_open_api_definition_response import ImportOpenApiDefinitionResponse
    from .import_open_api_json_object_input import ImportOpenApiJsonObjectInput
    from .import_open_api_json_object_input_input import ImportOpenApiJsonObjectInputInput
    from .import_open_api_json_object_input_type import ImportOpenApiJsonObjectInputType
    from .import_open_api_json_string_input import ImportOpenApiJsonStringInput
    from .import_open_api_json_string_input_type import ImportOpenApiJsonStringInputType
    from .import_open_api_options import ImportOpenApiOptions
    from .import_open_api_options_folder_strategy import ImportOpenApiOptionsFolderStrategy
    from .import_open_api_options_indent_character import ImportOpenApiOptionsIndentCharacter
    from .import_open_api_options_request_name_source import ImportOpenApiOptionsRequestNameSource
    from .imported_collection import ImportedCollection
    from .invoice import Invoice
    from .invoice_amount import InvoiceAmount
    from .invoice_links import InvoiceLinks
    from .invoice_web_link import InvoiceWebLink
    from .list_private_network_add_requests_direction import ListPrivateNetworkAddRequestsDirection
    from .list_private_network_add_requests_response import ListPrivateNetworkAddRequestsResponse
    from .list_private_network_add_requests_sort import ListPrivateNetworkAddRequestsSort
    from .list_private_network_add_requests_status import ListPrivateNetworkAddRequestsStatus
    from .list_private_network_add_requests_type import ListPrivateNetworkAddRequestsType
    from .list_private_network_workspaces_direction import ListPrivateNetworkWorkspacesDirection
    from .list_private_network_workspaces_response import ListPrivateNetworkWorkspacesResponse
    from .list_private_network_workspaces_response_folders_item import ListPrivateNetworkWorkspacesResponseFoldersItem
    from .list_private_network_workspaces_sort import ListPrivateNetworkWorkspacesSort
    from .list_private_network_workspaces_type import ListPrivateNetworkWorkspacesType
    from .manage_team_member_roles_request import ManageTeamMemberRolesRequest
    from .manage_team_member_roles_response import ManageTeamMemberRolesResponse
    from .merge_collection_fork_request import MergeCollectionForkRequest
    from .merge_collection_fork_request_strategy import MergeCollectionForkRequestStrategy
    from .merge_collection_fork_response import MergeCollectionForkResponse
    from .merge_environment_fork_request import MergeEnvironmentForkRequest
    from .merge_environment_fork_response import MergeEnvironmentForkResponse
    from .merged_collection_fork import MergedCollectionFork
    from .mock_call_log import MockCallLog
    from .mock_call_log_header import MockCallLogHeader
    from .mock_call_log_header_description import MockCallLogHeaderDescription
    from .mock_call_log_page_meta import MockCallLogPageMeta
    from .mock_call_log_request import MockCallLogRequest
    from .mock_call_log_request_body import MockCallLogRequestBody
    from .mock_call_log_response import MockCallLogResponse
    from .mock_call_log_response_body import MockCallLogResponseBody
    from .mock_server import MockServer
    from .mock_server_changes import MockServerChanges
    from .mock_server_config import MockServerConfig
    from .mock_server_config_changes import MockServerConfigChanges
    from .mock_server_delay import MockServerDelay
    from .mock_server_id_only import MockServerIdOnly
    from .mock_server_response import MockServerResponse
    from .mock_server_response_changes import MockServerResponseChanges
    from .mock_server_response_header import MockServerResponseHeader
    from .mock_server_response_language import MockServerResponseLanguage
    from .monitor import Monitor
    from .monitor_create_data import MonitorCreateData
    from .monitor_deleted import MonitorDeleted
    from .monitor_ids import MonitorIds
    from .monitor_last_run import MonitorLastRun
    from .monitor_list_meta import MonitorListMeta
    from .monitor_notification_recipient import MonitorNotificationRecipient
    from .monitor_notifications import MonitorNotifications
    from .monitor_options import MonitorOptions
    from .monitor_region import MonitorRegion
    from .monitor_retry import MonitorRetry
    from .monitor_run_counts import MonitorRunCounts
    from .monitor_run_error import MonitorRunError
    from .monitor_run_executed_item import MonitorRunExecutedItem
    from .monitor_run_execution import MonitorRunExecution
    from .monitor_run_http_request import MonitorRunHttpRequest
    from .monitor_run_http_request_body import MonitorRunHttpRequestBody
    from .monitor_run_http_request_headers import MonitorRunHttpRequestHeaders
    from .monitor_run_http_response import MonitorRunHttpResponse
    from .monitor_run_http_response_body import MonitorRunHttpResponseBody
    from .monitor_run_http_response_headers import MonitorRunHttpResponseHeaders
    from .monitor_run_info import MonitorRunInfo
    from .monitor_run_pending import MonitorRunPending
    from .monitor_run_pending_info import MonitorRunPendingInfo
    from .monitor_run_result import MonitorRunResult
    from .monitor_run_result_failures_item import MonitorRunResultFailuresItem
    from .monitor_run_stats import MonitorRunStats
    from .monitor_schedule import MonitorSchedule
    from .monitor_summary import MonitorSummary
    from .monitor_update_data import MonitorUpdateData
    from .new_mock_server import NewMockServer
    from .new_mock_server_response import NewMockServerResponse
    from .new_webhook import NewWebhook
    from .o_auth_token_grant import OAuthTokenGrant
    from .package import Package
    from .package_page_meta import PackagePageMeta
    from .package_summary import PackageSummary
    from .partner_invite_emails import PartnerInviteEmails
    from .partner_invite_outcome import PartnerInviteOutcome
    from .partner_invite_result_item import PartnerInviteResultItem
    from .partner_removal_outcome import PartnerRemovalOutcome
    from .partner_removal_result_item import PartnerRemovalResultItem
    from .partner_removal_user_ids import PartnerRemovalUserIds
    from .partner_team_removal import PartnerTeamRemoval
    from .partner_team_removal_action import PartnerTeamRemovalAction
    from .partner_team_removal_target_entity import PartnerTeamRemovalTargetEntity
    from .partner_workspace_invite import PartnerWorkspaceInvite
    from .partner_workspace_invite_action import PartnerWorkspaceInviteAction
    from .partner_workspace_invite_role_id import PartnerWorkspaceInviteRoleId
    from .partner_workspace_invite_target_entity import PartnerWorkspaceInviteTargetEntity
    from .partner_workspace_removal import PartnerWorkspaceRemoval
    from .partner_workspace_removal_action import PartnerWorkspaceRemovalAction
    from .partner_workspace_removal_target_entity import PartnerWorkspaceRemovalTargetEntity
    from .patch_collection_changes import PatchCollectionChanges
    from .patch_collection_event import PatchCollectionEvent
    from .patch_collection_event_listen import PatchCollectionEventListen
    from .patch_collection_event_script import PatchCollectionEventScript
    from .patch_collection_info import PatchCollectionInfo
    from .patch_collection_request import PatchCollectionRequest
    from .patch_collection_response import PatchCollectionResponse
    from .patch_collection_variable import PatchCollectionVariable
    from .patch_environment_response import PatchEnvironmentResponse
    from .patch_workspace_update_request import PatchWorkspaceUpdateRequest
    from .patch_workspace_update_request_category import PatchWorkspaceUpdateRequestCategory
    from .patched_collection_info import PatchedCollectionInfo
    from .postbot_tool_code import PostbotToolCode
    from .postbot_tool_config import PostbotToolConfig
    from .postbot_tool_config_agent_framework import PostbotToolConfigAgentFramework
    from .postbot_tool_config_language import PostbotToolConfigLanguage
    from .private_network_add_request import PrivateNetworkAddRequest
    from .private_network_add_request_reply import PrivateNetworkAddRequestReply
    from .private_network_element import PrivateNetworkElement
    from .private_network_page_meta import PrivateNetworkPageMeta
    from .private_network_requested_element import PrivateNetworkRequestedElement
    from .problem_detail import ProblemDetail
    from .protocol_profile_behavior import ProtocolProfileBehavior
    from .proxy_config import ProxyConfig
    from .publish_documentation_request import PublishDocumentationRequest
    from .publish_documentation_request_documentation_layout import PublishDocumentationRequestDocumentationLayout
    from .publish_documentation_response import PublishDocumentationResponse
    from .publish_mock_response import PublishMockResponse
    from .pull_collection_changes_response import PullCollectionChangesResponse
    from .pull_environment_request import PullEnvironmentRequest
    from .pull_environment_response import PullEnvironmentResponse
    from .pull_request_detail import PullRequestDetail
    from .pull_request_detail_destination import PullRequestDetailDestination
    from .pull_request_detail_merge import PullRequestDetailMerge
    from .pull_request_detail_reviewer import PullRequestDetailReviewer
    from .pull_request_detail_source import PullRequestDetailSource
    from .pull_request_review_actor import PullRequestReviewActor
    from .pulled_collection_changes import PulledCollectionChanges
    from .put_collection_accepted_response import PutCollectionAcceptedResponse
    from .put_collection_prefer import PutCollectionPrefer
    from .put_collection_request import PutCollectionRequest
    from .put_collection_response import PutCollectionResponse
    from .put_environment_request import PutEnvironmentRequest
    from .put_environment_response import PutEnvironmentResponse
    from .rate_limited_body import RateLimitedBody
    from .remove_team_members_request import RemoveTeamMembersRequest
    from .remove_workspace_from_private_network_response import RemoveWorkspaceFromPrivateNetworkResponse
    from .remove_workspace_from_private_network_response_workspace import (
        RemoveWorkspaceFromPrivateNetworkResponseWorkspace,
    )
    from .request_body_definition import RequestBodyDefinition
    from .request_body_definition_graphql import RequestBodyDefinitionGraphql
    from .request_body_definition_options import RequestBodyDefinitionOptions
    from .request_definition import RequestDefinition
    from .request_url import RequestUrl
    from .respond_private_network_add_request_request import RespondPrivateNetworkAddRequestRequest
    from .respond_private_network_add_request_request_response import RespondPrivateNetworkAddRequestRequestResponse
    from .respond_private_network_add_request_request_status import RespondPrivateNetworkAddRequestRequestStatus
    from .respond_private_network_add_request_response import RespondPrivateNetworkAddRequestResponse
    from .response_cookie import ResponseCookie
    from .review_pull_request_request import ReviewPullRequestRequest
    from .review_pull_request_request_action import ReviewPullRequestRequestAction
    from .review_pull_request_response import ReviewPullRequestResponse
    from .revoke_oauth_token_request import RevokeOauthTokenRequest
    from .revoke_oauth_token_response import RevokeOauthTokenResponse
    from .run_monitor_accepted_response import RunMonitorAcceptedResponse
    from .run_monitor_response import RunMonitorResponse
    from .runner_instance import RunnerInstance
    from .runner_instances_meta import RunnerInstancesMeta
    from .saved_response import SavedResponse
    from .saved_response_timings_type_0 import SavedResponseTimingsType0
    from .schema_security_validation_request import SchemaSecurityValidationRequest
    from .schema_security_validation_response import SchemaSecurityValidationResponse
    from .script_event import ScriptEvent
    from .sdk import Sdk
    from .sdk_author import SdkAuthor
    from .sdk_build_error import SdkBuildError
    from .sdk_cli_options import SdkCliOptions
    from .sdk_csharp_options import SdkCsharpOptions
    from .sdk_git_connection import SdkGitConnection
    from .sdk_git_connection_pull_request import SdkGitConnectionPullRequest
    from .sdk_git_connection_pull_request_summary import SdkGitConnectionPullRequestSummary
    from .sdk_go_options import SdkGoOptions
    from .sdk_java_options import SdkJavaOptions
    from .sdk_kotlin_options import SdkKotlinOptions
    from .sdk_language_input import SdkLanguageInput
    from .sdk_page_meta import SdkPageMeta
    from .sdk_php_options import SdkPhpOptions
    from .sdk_python_options import SdkPythonOptions
    from .sdk_retry_options import SdkRetryOptions
    from .sdk_retry_options_http_methods_to_retry_item import SdkRetryOptionsHttpMethodsToRetryItem
    from .sdk_ruby_options import SdkRubyOptions
    from .sdk_rust_options import SdkRustOptions
    from .sdk_source import SdkSource
    from .sdk_source_input import SdkSourceInput
    from .sdk_source_input_type import SdkSourceInputType
    from .sdk_typescript_options import SdkTypescriptOptions
    from .search_filter_condition import SearchFilterCondition
    from .search_filters import SearchFilters
    from .search_flag_filter import SearchFlagFilter
    from .search_hit import SearchHit
    from .search_hit_collection import SearchHitCollection
    from .search_hit_link import SearchHitLink
    from .search_hit_links import SearchHitLinks
    from .search_hit_organization import SearchHitOrganization
    from .search_hit_team import SearchHitTeam
    from .search_hit_workspace import SearchHitWorkspace
    from .search_page_meta import SearchPageMeta
    from .search_postman_resources_request import SearchPostmanResourcesRequest
    from .search_postman_resources_request_element_type import SearchPostmanResourcesRequestElementType
    from .search_postman_resources_request_ownership import SearchPostmanResourcesRequestOwnership
    from .search_postman_resources_response import SearchPostmanResourcesResponse
    from .search_text_filter import SearchTextFilter
    from .search_visibility_filter import SearchVisibilityFilter
    from .search_visibility_filter_eq import SearchVisibilityFilterEq
    from .search_visibility_filter_ne import SearchVisibilityFilterNe
    from .secret_type import SecretType
    from .security_validation_category import SecurityValidationCategory
    from .security_validation_definition import SecurityValidationDefinition
    from .security_validation_definition_language import SecurityValidationDefinitionLanguage
    from .security_validation_definition_type import SecurityValidationDefinitionType
    from .security_validation_location import SecurityValidationLocation
    from .security_validation_position import SecurityValidationPosition
    from .security_validation_vulnerability import SecurityValidationVulnerability
    from .security_validation_warning import SecurityValidationWarning
    from .source_collection_status import SourceCollectionStatus
    from .spec import Spec
    from .spec_definition_document import SpecDefinitionDocument
    from .spec_file import SpecFile
    from .spec_file_source import SpecFileSource
    from .spec_file_source_type import SpecFileSourceType
    from .spec_generated_collection import SpecGeneratedCollection
    from .spec_page_meta import SpecPageMeta
    from .spec_sync_options import SpecSyncOptions
    from .spec_task import SpecTask
    from .spec_task_meta import SpecTaskMeta
    from .spec_task_resource import SpecTaskResource
    from .spec_task_resources import SpecTaskResources
    from .spec_task_status import SpecTaskStatus
    from .spec_version_tag import SpecVersionTag
    from .spec_version_tag_entry import SpecVersionTagEntry
    from .tag_assignment import TagAssignment
    from .tagged_entities_page import TaggedEntitiesPage
    from .tagged_entity import TaggedEntity
    from .team import Team
    from .team_access_request import TeamAccessRequest
    from .team_access_request_decision import TeamAccessRequestDecision
    from .team_access_request_summary import TeamAccessRequestSummary
    from .team_entity_reference import TeamEntityReference
    from .team_entity_reference_entity_type import TeamEntityReferenceEntityType
    from .team_entity_role_result import TeamEntityRoleResult
    from .team_identifier_type import TeamIdentifierType
    from .team_page_metadata import TeamPageMetadata
    from .team_role import TeamRole
    from .team_role_change_set import TeamRoleChangeSet
    from .team_role_grants import TeamRoleGrants
    from .team_settings import TeamSettings
    from .team_settings_result import TeamSettingsResult
    from .team_user import TeamUser
    from .team_user_list import TeamUserList
    from .transfer_collection_folders_request import TransferCollectionFoldersRequest
    from .transfer_collection_requests_request import TransferCollectionRequestsRequest
    from .transfer_collection_responses_request import TransferCollectionResponsesRequest
    from .transfer_workspace_element_request import TransferWorkspaceElementRequest
    from .transfer_workspace_element_request_type import TransferWorkspaceElementRequestType
    from .transfer_workspace_element_response import TransferWorkspaceElementResponse
    from .transfer_workspace_to_team_request import TransferWorkspaceToTeamRequest
    from .transfer_workspace_to_team_response import TransferWorkspaceToTeamResponse
    from .transform_collection_to_open_api_format import TransformCollectionToOpenApiFormat
    from .transform_collection_to_open_api_response import TransformCollectionToOpenAPIResponse
    from .unpublish_mock_response import UnpublishMockResponse
    from .update_collection_folder_request import UpdateCollectionFolderRequest
    from .update_collection_folder_response import UpdateCollectionFolderResponse
    from .update_collection_request_request import UpdateCollectionRequestRequest
    from .update_collection_request_response import UpdateCollectionRequestResponse
    from .update_collection_response_request import UpdateCollectionResponseRequest
    from .update_collection_response_response import UpdateCollectionResponseResponse
    from .update_collection_roles_request import UpdateCollectionRolesRequest
    from .update_collection_tags_request import UpdateCollectionTagsRequest
    from .update_component_draft_request import UpdateComponentDraftRequest
    from .update_component_draft_request_format import UpdateComponentDraftRequestFormat
    from .update_component_draft_response import UpdateComponentDraftResponse
    from .update_component_request import UpdateComponentRequest
    from .update_component_request_status import UpdateComponentRequestStatus
    from .update_component_response import UpdateComponentResponse
    from .update_detected_secret_resolutions_request import UpdateDetectedSecretResolutionsRequest
    from .update_detected_secret_resolutions_request_resolution import UpdateDetectedSecretResolutionsRequestResolution
    from .update_detected_secret_resolutions_response import UpdateDetectedSecretResolutionsResponse
    from .update_mock_request import UpdateMockRequest
    from .update_mock_response import UpdateMockResponse
    from .update_mock_server_response_request import UpdateMockServerResponseRequest
    from .update_monitor_request import UpdateMonitorRequest
    from .update_monitor_response import UpdateMonitorResponse
    from .update_package_request import UpdatePackageRequest
    from .update_pan_element_or_folder_request import UpdatePanElementOrFolderRequest
    from .update_pan_element_or_folder_request_workspace import UpdatePanElementOrFolderRequestWorkspace
    from .update_pull_request_request import UpdatePullRequestRequest
    from .update_pull_request_response import UpdatePullRequestResponse
    from .update_sdk_git_connection_request import UpdateSdkGitConnectionRequest
    from .update_sdk_git_connection_request_status import UpdateSdkGitConnectionRequestStatus
    from .update_spec_file_request import UpdateSpecFileRequest
    from .update_spec_file_request_type import UpdateSpecFileRequestType
    from .update_spec_properties_request import UpdateSpecPropertiesRequest
    from .update_spec_sync_options_request import UpdateSpecSyncOptionsRequest
    from .update_spec_sync_options_response import UpdateSpecSyncOptionsResponse
    from .update_team_settings_request import UpdateTeamSettingsRequest
    from .update_team_settings_request_settings import UpdateTeamSettingsRequestSettings
    from .update_team_settings_request_settings_rfa_for_add_collaborator import (
        UpdateTeamSettingsRequestSettingsRfaForAddCollaborator,
    )
    from .update_team_settings_request_settings_rfa_for_add_member import (
        UpdateTeamSettingsRequestSettingsRfaForAddMember,
    )
    from .update_workspace_global_variables_request import UpdateWorkspaceGlobalVariablesRequest
    from .update_workspace_request import UpdateWorkspaceRequest
    from .update_workspace_response import UpdateWorkspaceResponse
    from .update_workspace_roles_request import UpdateWorkspaceRolesRequest
    from .update_workspace_tags_request import UpdateWorkspaceTagsRequest
    from .url_credentials import UrlCredentials
    from .url_encoded_param import UrlEncodedParam
    from .url_path_segment import UrlPathSegment
    from .url_query_param import UrlQueryParam
    from .usage_counter import UsageCounter
    from .user_collection_fork import UserCollectionFork
    from .user_collection_forks_meta import UserCollectionForksMeta
    from .user_group import UserGroup
    from .webhook import Webhook
    from .workspace import Workspace
    from .workspace_activity import WorkspaceActivity
    from .workspace_activity_user import WorkspaceActivityUser
    from .workspace_changes import WorkspaceChanges
    from .workspace_changes_type import WorkspaceChangesType
    from .workspace_create_fields import WorkspaceCreateFields
    from .workspace_create_fields_type import WorkspaceCreateFieldsType
    from .workspace_element_ref import WorkspaceElementRef
    from .workspace_element_transfer import WorkspaceElementTransfer
    from .workspace_element_transfer_result import WorkspaceElementTransferResult
    from .workspace_global_variable import WorkspaceGlobalVariable
    from .workspace_global_variables import WorkspaceGlobalVariables
    from .workspace_id_name import WorkspaceIdName
    from .workspace_page_meta import WorkspacePageMeta
    from .workspace_role_assignment import WorkspaceRoleAssignment
    from .workspace_role_assignment_list import WorkspaceRoleAssignmentList
    from .workspace_role_catalog import WorkspaceRoleCatalog
    from .workspace_role_definition import WorkspaceRoleDefinition
    from .workspace_role_grant import WorkspaceRoleGrant
    from .workspace_role_patch_operation import WorkspaceRolePatchOperation
    from .workspace_role_patch_operation_path import WorkspaceRolePatchOperationPath
    from .workspace_scim_ids import WorkspaceScimIds
    from .workspace_summary import WorkspaceSummary
    from .workspace_team_transfer import WorkspaceTeamTransfer
    from .workspace_team_transfer_result import WorkspaceTeamTransferResult
    from .workspace_update import WorkspaceUpdate
    from .workspace_update_author import WorkspaceUpdateAuthor
    from .workspace_update_related_resource import WorkspaceUpdateRelatedResource
    from .workspace_update_saved import WorkspaceUpdateSaved

_MODULE_OF: dict[str, str] = {
    "AddWorkspaceToPrivateNetworkRequest": ".add_workspace_to_private_network_request",
    "AddWorkspaceToPrivateNetworkRequestWorkspace": ".add_workspace_to_private_network_request_workspace",
    "AnalyticsColumn": ".analytics_column",
    "AnalyticsData": ".analytics_data",
    "AnalyticsMetadata": ".analytics_metadata",
    "AnalyticsMetadataMetric": ".analytics_metadata_metric",
    "AnalyticsMetadataResource": ".analytics_metadata_resource",
    "AnalyticsMetricFilter": ".analytics_metric_filter",
    "AnalyticsMetricFilters": ".analytics_metric_filters",
    "AnalyticsMetricPagination": ".analytics_metric_pagination",
    "AnalyticsMetricParameters": ".analytics_metric_parameters",
    "AnalyticsMetricResponses": ".analytics_metric_responses",
    "AnalyticsMetricViewParameter": ".analytics_metric_view_parameter",
    "AnalyticsMetricViewResponse": ".analytics_metric_view_response",
    "AnalyticsPagination": ".analytics_pagination",
    "AnalyticsTable": ".analytics_table",
    "AnalyticsTableSchema": ".analytics_table_schema",
    "ApproveDenyAccessRequestRequest": ".approve_deny_access_request_request",
    "ApproveDenyAccessRequestRequestAction": ".approve_deny_access_request_request_action",
    "ApproveDenyAccessRequestResponse": ".approve_deny_access_request_response",
    "AsyncMergePullCollectionForkRequest": ".async_merge_pull_collection_fork_request",
    "AsyncMergePullCollectionForkRequestStrategy": ".async_merge_pull_collection_fork_request_strategy",
    "AsyncMergePullCollectionForkResponse": ".async_merge_pull_collection_fork_response",
    "AsyncMergePullCollectionTaskStatusResponse": ".async_merge_pull_collection_task_status_response",
    "AttachedTag": ".attached_tag",
    "AuditLogAction": ".audit_log_action",
    "AuditLogActor": ".audit_log_actor",
    "AuditLogEvent": ".audit_log_event",
    "AuditLogEventData": ".audit_log_event_data",
    "AuditLogEventDataVariables": ".audit_log_event_data_variables",
    "AuditLogTeam": ".audit_log_team",
    "AuditLogUser": ".audit_log_user",
    "AuthApikeySettings": ".auth_apikey_settings",
    "AuthAttribute": ".auth_attribute",
    "AuthAwsv4Settings": ".auth_awsv_4_settings",
    "AuthBasicSettings": ".auth_basic_settings",
    "AuthBearerSettings": ".auth_bearer_settings",
    "AuthDefinition": ".auth_definition",
    "AuthDigestSettings": ".auth_digest_settings",
    "AuthEdgegridSettings": ".auth_edgegrid_settings",
    "AuthHawkSettings": ".auth_hawk_settings",
    "AuthNtlmSettings": ".auth_ntlm_settings",
    "AuthOauth1Settings": ".auth_oauth_1_settings",
    "AuthOauth2Settings": ".auth_oauth_2_settings",
    "AuthenticatedUser": ".authenticated_user",
    "AuthenticatedUserResponse": ".authenticated_user_response",
    "BillingAccount": ".billing_account",
    "BillingAccountSlots": ".billing_account_slots",
    "ClientCertificate": ".client_certificate",
    "ClientCertificateCert": ".client_certificate_cert",
    "ClientCertificateKey": ".client_certificate_key",
    "CollectionAccessKey": ".collection_access_key",
    "CollectionAccessKeyPageMeta": ".collection_access_key_page_meta",
    "CollectionDocsAppearance": ".collection_docs_appearance",
    "CollectionDocsColors": ".collection_docs_colors",
    "CollectionDocsCustomization": ".collection_docs_customization",
    "CollectionDocsMetaTag": ".collection_docs_meta_tag",
    "CollectionDocsTheme": ".collection_docs_theme",
    "CollectionDocument": ".collection_document",
    "CollectionDuplicationTask": ".collection_duplication_task",
    "CollectionFolder": ".collection_folder",
    "CollectionFolderRecord": ".collection_folder_record",
    "CollectionForkEntry": ".collection_fork_entry",
    "CollectionForkInfo": ".collection_fork_info",
    "CollectionForksMeta": ".collection_forks_meta",
    "CollectionInfo": ".collection_info",
    "CollectionItemBodyMode": ".collection_item_body_mode",
    "CollectionItemBodyOptions": ".collection_item_body_options",
    "CollectionItemBodyOptionsBinary": ".collection_item_body_options_binary",
    "CollectionItemBodyOptionsGraphql": ".collection_item_body_options_graphql",
    "CollectionItemBodyOptionsParams": ".collection_item_body_options_params",
    "CollectionItemBodyOptionsUrlencoded": ".collection_item_body_options_urlencoded",
    "CollectionItemDeletion": ".collection_item_deletion",
    "CollectionItemFormField": ".collection_item_form_field",
    "CollectionItemGraphqlBody": ".collection_item_graphql_body",
    "CollectionItemHttpMethod": ".collection_item_http_method",
    "CollectionItemOperationMeta": ".collection_item_operation_meta",
    "CollectionItemPathVariable": ".collection_item_path_variable",
    "CollectionItemQueryParam": ".collection_item_query_param",
    "CollectionItemRawBodyOptions": ".collection_item_raw_body_options",
    "CollectionItemTransferLocation": ".collection_item_transfer_location",
    "CollectionItemTransferLocationPosition": ".collection_item_transfer_location_position",
    "CollectionItemTransferMode": ".collection_item_transfer_mode",
    "CollectionItemTransferResult": ".collection_item_transfer_result",
    "CollectionItemTransferTarget": ".collection_item_transfer_target",
    "CollectionItemTransferTargetModel": ".collection_item_transfer_target_model",
    "CollectionListMeta": ".collection_list_meta",
    "CollectionMergeTask": ".collection_merge_task",
    "CollectionMergeTaskDetails": ".collection_merge_task_details",
    "CollectionMergeTaskError": ".collection_merge_task_error",
    "CollectionPullRequestSummary": ".collection_pull_request_summary",
    "CollectionRequestItem": ".collection_request_item",
    "CollectionRequestRecord": ".collection_request_record",
    "CollectionRequestRecordPathVariablesType0": ".collection_request_record_path_variables_type_0",
    "CollectionResponseRecord": ".collection_response_record",
    "CollectionResponseStatusCode": ".collection_response_status_code",
    "CollectionRole": ".collection_role",
    "CollectionRoleAssignment": ".collection_role_assignment",
    "CollectionRoleAssignmentRole": ".collection_role_assignment_role",
    "CollectionRoleUpdate": ".collection_role_update",
    "CollectionRoleUpdateOp": ".collection_role_update_op",
    "CollectionRoleUpdatePath": ".collection_role_update_path",
    "CollectionSemver": ".collection_semver",
    "CollectionSummary": ".collection_summary",
    "CollectionSummaryFork": ".collection_summary_fork",
    "CollectionUpdateTask": ".collection_update_task",
    "CollectionVariable": ".collection_variable",
    "CollectionWriteResult": ".collection_write_result",
    "Comment": ".comment",
    "CommentCreateBody": ".comment_create_body",
    "CommentEnvelope": ".comment_envelope",
    "CommentList": ".comment_list",
    "CommentMention": ".comment_mention",
    "CommentMentionType": ".comment_mention_type",
    "CommentMentions": ".comment_mentions",
    "CommentUpdateBody": ".comment_update_body",
    "Component": ".component",
    "ComponentPageMeta": ".component_page_meta",
    "ComponentVersion": ".component_version",
    "ComponentVersionSource": ".component_version_source",
    "ComponentVersionSourceType": ".component_version_source_type",
    "CreateAccessRequestRequest": ".create_access_request_request",
    "CreateAccessRequestRequestRequestType": ".create_access_request_request_request_type",
    "CreateAccessRequestResponse": ".create_access_request_response",
    "CreateCollectionFolderRequest": ".create_collection_folder_request",
    "CreateCollectionFolderResponse": ".create_collection_folder_response",
    "CreateCollectionForkRequest": ".create_collection_fork_request",
    "CreateCollectionForkResponse": ".create_collection_fork_response",
    "CreateCollectionPullRequestRequest": ".create_collection_pull_request_request",
    "CreateCollectionPullRequestResponse": ".create_collection_pull_request_response",
    "CreateCollectionRequest": ".create_collection_request",
    "CreateCollectionRequestRequest": ".create_collection_request_request",
    "CreateCollectionRequestResponse": ".create_collection_request_response",
    "CreateCollectionResponse": ".create_collection_response",
    "CreateCollectionResponseRequest": ".create_collection_response_request",
    "CreateCollectionResponseResponse": ".create_collection_response_response",
    "CreateComponentRequest": ".create_component_request",
    "CreateComponentRequestFormat": ".create_component_request_format",
    "CreateComponentRequestType": ".create_component_request_type",
    "CreateComponentResponse": ".create_component_response",
    "CreateComponentVersionRequest": ".create_component_version_request",
    "CreateComponentVersionResponse": ".create_component_version_response",
    "CreateEnvironmentRequest": ".create_environment_request",
    "CreateEnvironmentResponse": ".create_environment_response",
    "CreateMockRequest": ".create_mock_request",
    "CreateMockResponse": ".create_mock_response",
    "CreateMockServerResponseRequest": ".create_mock_server_response_request",
    "CreateMonitorRequest": ".create_monitor_request",
    "CreateMonitorResponse": ".create_monitor_response",
    "CreatePackageRequest": ".create_package_request",
    "CreateSdkGitConnectionRequest": ".create_sdk_git_connection_request",
    "CreateSdkRequest": ".create_sdk_request",
    "CreateSpecFileRequest": ".create_spec_file_request",
    "CreateSpecRequest": ".create_spec_request",
    "CreateSpecRequestType": ".create_spec_request_type",
    "CreateSpecVersionTagRequest": ".create_spec_version_tag_request",
    "CreateSpecVersionTagResponse": ".create_spec_version_tag_response",
    "CreateTeamRequest": ".create_team_request",
    "CreateTeamResponse": ".create_team_response",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreateWebhookResponse": ".create_webhook_response",
    "CreateWorkspaceRequest": ".create_workspace_request",
    "CreateWorkspaceResponse": ".create_workspace_response",
    "CreateWorkspaceUpdateRequest": ".create_workspace_update_request",
    "CreateWorkspaceUpdateRequestCategory": ".create_workspace_update_request_category",
    "CreatedCollectionFork": ".created_collection_fork",
    "DeleteCollectionFolderResponse": ".delete_collection_folder_response",
    "DeleteCollectionRequestResponse": ".delete_collection_request_response",
    "DeleteCollectionResponse": ".delete_collection_response",
    "DeleteCollectionResponseResponse": ".delete_collection_response_response",
    "DeleteEnvironmentResponse": ".delete_environment_response",
    "DeleteMockResponse": ".delete_mock_response",
    "DeleteMonitorResponse": ".delete_monitor_response",
    "DeleteWorkspaceResponse": ".delete_workspace_response",
    "DeletedCollectionRef": ".deleted_collection_ref",
    "DeletedMockServer": ".deleted_mock_server",
    "DeletedMockServerResponse": ".deleted_mock_server_response",
    "DeletedWorkspaceId": ".deleted_workspace_id",
    "DetectedSecret": ".detected_secret",
    "DetectedSecretActivity": ".detected_secret_activity",
    "DetectedSecretLocation": ".detected_secret_location",
    "DetectedSecretLocationsMeta": ".detected_secret_locations_meta",
    "DetectedSecretResolutionChange": ".detected_secret_resolution_change",
    "DetectedSecretResourceType": ".detected_secret_resource_type",
    "DetectedSecretsPageMeta": ".detected_secrets_page_meta",
    "DetectedSecretsQueriesRequest": ".detected_secrets_queries_request",
    "DetectedSecretsQueriesRequestStatusesItem": ".detected_secrets_queries_request_statuses_item",
    "DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem": ".detected_secrets_queries_request_workspace_visibilities_item",
    "DetectedSecretsQueriesResponse": ".detected_secrets_queries_response",
    "DetectedSecretsResourceFilter": ".detected_secrets_resource_filter",
    "DuplicateCollectionRequest": ".duplicate_collection_request",
    "DuplicateCollectionResponse": ".duplicate_collection_response",
    "EntityTag": ".entity_tag",
    "Environment": ".environment",
    "EnvironmentCreateData": ".environment_create_data",
    "EnvironmentDeleted": ".environment_deleted",
    "EnvironmentForkCreated": ".environment_fork_created",
    "EnvironmentForkSummary": ".environment_fork_summary",
    "EnvironmentForksMeta": ".environment_forks_meta",
    "EnvironmentIds": ".environment_ids",
    "EnvironmentPatchOperation": ".environment_patch_operation",
    "EnvironmentReplaceData": ".environment_replace_data",
    "EnvironmentSummary": ".environment_summary",
    "EnvironmentUidOnly": ".environment_uid_only",
    "EnvironmentVariable": ".environment_variable",
    "EnvironmentVariablePostmanSource": ".environment_variable_postman_source",
    "EnvironmentVariableSource": ".environment_variable_source",
    "ErrorDetail": ".error_detail",
    "ErrorEnvelope": ".error_envelope",
    "ErrorNameMessage": ".error_name_message",
    "EventScript": ".event_script",
    "EventScriptPackages": ".event_script_packages",
    "FileBodySource": ".file_body_source",
    "ForkEnvironmentRequest": ".fork_environment_request",
    "ForkEnvironmentResponse": ".fork_environment_response",
    "FormDataParam": ".form_data_param",
    "FormatDescriptionBlock": ".format_description_block",
    "GenerateCollectionElementType": ".generate_collection_element_type",
    "GenerateCollectionOptions": ".generate_collection_options",
    "GenerateCollectionOptionsFolderStrategy": ".generate_collection_options_folder_strategy",
    "GenerateCollectionOptionsIndentCharacter": ".generate_collection_options_indent_character",
    "GenerateCollectionOptionsRequestNameSource": ".generate_collection_options_request_name_source",
    "GenerateCollectionRequest": ".generate_collection_request",
    "GenerateOauthTokenRequest": ".generate_oauth_token_request",
    "GenerateServiceAccountTokenResponse": ".generate_service_account_token_response",
    "GenerateSpecFromCollectionElementType": ".generate_spec_from_collection_element_type",
    "GenerateSpecFromCollectionRequest": ".generate_spec_from_collection_request",
    "GenerateSpecFromCollectionRequestFormat": ".generate_spec_from_collection_request_format",
    "GenerateSpecFromCollectionRequestType": ".generate_spec_from_collection_request_type",
    "GenerateToolRequest": ".generate_tool_request",
    "GenerateToolResponse": ".generate_tool_response",
    "GeneratedSpec": ".generated_spec",
    "GetAccountInvoicesResponse": ".get_account_invoices_response",
    "GetAccountInvoicesStatus": ".get_account_invoices_status",
    "GetAllComponentsResponse": ".get_all_components_response",
    "GetAllComponentsStatus": ".get_all_components_status",
    "GetAllComponentsType": ".get_all_components_type",
    "GetAllSpecsResponse": ".get_all_specs_response",
    "GetAllWorkspaceRolesResponse": ".get_all_workspace_roles_response",
    "GetAnalyticsDataDuration": ".get_analytics_data_duration",
    "GetAnalyticsDataEntityType": ".get_analytics_data_entity_type",
    "GetAnalyticsDataMetrics": ".get_analytics_data_metrics",
    "GetAnalyticsDataResource": ".get_analytics_data_resource",
    "GetAnalyticsDataResponse": ".get_analytics_data_response",
    "GetAnalyticsDataUserType": ".get_analytics_data_user_type",
    "GetAnalyticsDataView": ".get_analytics_data_view",
    "GetAnalyticsMetadataResponse": ".get_analytics_metadata_response",
    "GetAsyncSpecTaskStatusElementType": ".get_async_spec_task_status_element_type",
    "GetAuditLogsOrderBy": ".get_audit_logs_order_by",
    "GetAuditLogsResponse": ".get_audit_logs_response",
    "GetCollectionAccessKeysResponse": ".get_collection_access_keys_response",
    "GetCollectionFolderResponse": ".get_collection_folder_response",
    "GetCollectionForksDirection": ".get_collection_forks_direction",
    "GetCollectionForksResponse": ".get_collection_forks_response",
    "GetCollectionModel": ".get_collection_model",
    "GetCollectionPullRequestsResponse": ".get_collection_pull_requests_response",
    "GetCollectionRequestResponse": ".get_collection_request_response",
    "GetCollectionResponse": ".get_collection_response",
    "GetCollectionResponseResponse": ".get_collection_response_response",
    "GetCollectionRolesResponse": ".get_collection_roles_response",
    "GetCollectionUpdatesTasksResponse": ".get_collection_updates_tasks_response",
    "GetCollectionsForkedByUserDirection": ".get_collections_forked_by_user_direction",
    "GetCollectionsForkedByUserResponse": ".get_collections_forked_by_user_response",
    "GetCollectionsResponse": ".get_collections_response",
    "GetComponentDraftResponse": ".get_component_draft_response",
    "GetComponentEnvelope": ".get_component_envelope",
    "GetComponentVersionsResponse": ".get_component_versions_response",
    "GetDetectedSecretsLocationsResponse": ".get_detected_secrets_locations_response",
    "GetDuplicateCollectionTaskStatusResponse": ".get_duplicate_collection_task_status_response",
    "GetEnvironmentForksDirection": ".get_environment_forks_direction",
    "GetEnvironmentForksResponse": ".get_environment_forks_response",
    "GetEnvironmentForksSort": ".get_environment_forks_sort",
    "GetEnvironmentResponse": ".get_environment_response",
    "GetEnvironmentsResponse": ".get_environments_response",
    "GetGeneratedCollectionSpecsElementType": ".get_generated_collection_specs_element_type",
    "GetGeneratedCollectionSpecsResponse": ".get_generated_collection_specs_response",
    "GetGroupsResponse": ".get_groups_response",
    "GetMockCallLogsDirection": ".get_mock_call_logs_direction",
    "GetMockCallLogsResponse": ".get_mock_call_logs_response",
    "GetMockCallLogsSort": ".get_mock_call_logs_sort",
    "GetMockResponse": ".get_mock_response",
    "GetMocksResponse": ".get_mocks_response",
    "GetMonitorResponse": ".get_monitor_response",
    "GetMonitorsResponse": ".get_monitors_response",
    "GetPackageEnvelope": ".get_package_envelope",
    "GetPackagesResponse": ".get_packages_response",
    "GetRunnerInstancesResponse": ".get_runner_instances_response",
    "GetRunnerMetricsResponse": ".get_runner_metrics_response",
    "GetSdkDownloadUrlResponse": ".get_sdk_download_url_response",
    "GetSdkGitConnectionPullRequestsResponse": ".get_sdk_git_connection_pull_requests_response",
    "GetSdkGitConnectionPullRequestsStatus": ".get_sdk_git_connection_pull_requests_status",
    "GetSdkGitConnectionsResponse": ".get_sdk_git_connections_response",
    "GetSdkGitConnectionsStatus": ".get_sdk_git_connections_status",
    "GetSdksBuildStatus": ".get_sdks_build_status",
    "GetSdksResponse": ".get_sdks_response",
    "GetSecretTypesResponse": ".get_secret_types_response",
    "GetSecretTypesResponseMeta": ".get_secret_types_response_meta",
    "GetSourceCollectionStatusResponse": ".get_source_collection_status_response",
    "GetSourceCollectionStatusResponseCollection": ".get_source_collection_status_response_collection",
    "GetSpecCollectionsElementType": ".get_spec_collections_element_type",
    "GetSpecCollectionsResponse": ".get_spec_collections_response",
    "GetSpecFilesResponse": ".get_spec_files_response",
    "GetSpecVersionTagResponse": ".get_spec_version_tag_response",
    "GetSpecVersionTagsResponse": ".get_spec_version_tags_response",
    "GetTaggedEntitiesDirection": ".get_tagged_entities_direction",
    "GetTaggedEntitiesEntityType": ".get_tagged_entities_entity_type",
    "GetTaggedEntitiesResponse": ".get_tagged_entities_response",
    "GetTaggedEntitiesResponseData": ".get_tagged_entities_response_data",
    "GetTeamAccessRequestsResponse": ".get_team_access_requests_response",
    "GetTeamInclude": ".get_team_include",
    "GetTeamResponse": ".get_team_response",
    "GetTeamsResponse": ".get_teams_response",
    "GetWorkspaceActivityFeedElementType": ".get_workspace_activity_feed_element_type",
    "GetWorkspaceActivityFeedResponse": ".get_workspace_activity_feed_response",
    "GetWorkspaceResponse": ".get_workspace_response",
    "GetWorkspaceRolesInclude": ".get_workspace_roles_include",
    "GetWorkspaceUpdatesResponse": ".get_workspace_updates_response",
    "GetWorkspacesElementType": ".get_workspaces_element_type",
    "GetWorkspacesInclude": ".get_workspaces_include",
    "GetWorkspacesResponse": ".get_workspaces_response",
    "GetWorkspacesType": ".get_workspaces_type",
    "HeaderEntry": ".header_entry",
    "ImportOpenApiDefinitionMultipartRequest": ".import_open_api_definition_multipart_request",
    "ImportOpenApiDefinitionMultipartRequestType": ".import_open_api_definition_multipart_request_type",
    "ImportOpenApiDefinitionResponse": ".import_open_api_definition_response",
    "ImportOpenApiJsonObjectInput": ".import_open_api_json_object_input",
    "ImportOpenApiJsonObjectInputInput": ".import_open_api_json_object_input_input",
    "ImportOpenApiJsonObjectInputType": ".import_open_api_json_object_input_type",
    "ImportOpenApiJsonStringInput": ".import_open_api_json_string_input",
    "ImportOpenApiJsonStringInputType": ".import_open_api_json_string_input_type",
    "ImportOpenApiOptions": ".import_open_api_options",
    "ImportOpenApiOptionsFolderStrategy": ".import_open_api_options_folder_strategy",
    "ImportOpenApiOptionsIndentCharacter": ".import_open_api_options_indent_character",
    "ImportOpenApiOptionsRequestNameSource": ".import_open_api_options_request_name_source",
    "ImportedCollection": ".imported_collection",
    "Invoice": ".invoice",
    "InvoiceAmount": ".invoice_amount",
    "InvoiceLinks": ".invoice_links",
    "InvoiceWebLink": ".invoice_web_link",
    "ListPrivateNetworkAddRequestsDirection": ".list_private_network_add_requests_direction",
    "ListPrivateNetworkAddRequestsResponse": ".list_private_network_add_requests_response",
    "ListPrivateNetworkAddRequestsSort": ".list_private_network_add_requests_sort",
    "ListPrivateNetworkAddRequestsStatus": ".list_private_network_add_requests_status",
    "ListPrivateNetworkAddRequestsType": ".list_private_network_add_requests_type",
    "ListPrivateNetworkWorkspacesDirection": ".list_private_network_workspaces_direction",
    "ListPrivateNetworkWorkspacesResponse": ".list_private_network_workspaces_response",
    "ListPrivateNetworkWorkspacesResponseFoldersItem": ".list_private_network_workspaces_response_folders_item",
    "ListPrivateNetworkWorkspacesSort": ".list_private_network_workspaces_sort",
    "ListPrivateNetworkWorkspacesType": ".list_private_network_workspaces_type",
    "ManageTeamMemberRolesRequest": ".manage_team_member_roles_request",
    "ManageTeamMemberRolesResponse": ".manage_team_member_roles_response",
    "MergeCollectionForkRequest": ".merge_collection_fork_request",
    "MergeCollectionForkRequestStrategy": ".merge_collection_fork_request_strategy",
    "MergeCollectionForkResponse": ".merge_collection_fork_response",
    "MergeEnvironmentForkRequest": ".merge_environment_fork_request",
    "MergeEnvironmentForkResponse": ".merge_environment_fork_response",
    "MergedCollectionFork": ".merged_collection_fork",
    "MockCallLog": ".mock_call_log",
    "MockCallLogHeader": ".mock_call_log_header",
    "MockCallLogHeaderDescription": ".mock_call_log_header_description",
    "MockCallLogPageMeta": ".mock_call_log_page_meta",
    "MockCallLogRequest": ".mock_call_log_request",
    "MockCallLogRequestBody": ".mock_call_log_request_body",
    "MockCallLogResponse": ".mock_call_log_response",
    "MockCallLogResponseBody": ".mock_call_log_response_body",
    "MockServer": ".mock_server",
    "MockServerChanges": ".mock_server_changes",
    "MockServerConfig": ".mock_server_config",
    "MockServerConfigChanges": ".mock_server_config_changes",
    "MockServerDelay": ".mock_server_delay",
    "MockServerIdOnly": ".mock_server_id_only",
    "MockServerResponse": ".mock_server_response",
    "MockServerResponseChanges": ".mock_server_response_changes",
    "MockServerResponseHeader": ".mock_server_response_header",
    "MockServerResponseLanguage": ".mock_server_response_language",
    "Monitor": ".monitor",
    "MonitorCreateData": ".monitor_create_data",
    "MonitorDeleted": ".monitor_deleted",
    "MonitorIds": ".monitor_ids",
    "MonitorLastRun": ".monitor_last_run",
    "MonitorListMeta": ".monitor_list_meta",
    "MonitorNotificationRecipient": ".monitor_notification_recipient",
    "MonitorNotifications": ".monitor_notifications",
    "MonitorOptions": ".monitor_options",
    "MonitorRegion": ".monitor_region",
    "MonitorRetry": ".monitor_retry",
    "MonitorRunCounts": ".monitor_run_counts",
    "MonitorRunError": ".monitor_run_error",
    "MonitorRunExecutedItem": ".monitor_run_executed_item",
    "MonitorRunExecution": ".monitor_run_execution",
    "MonitorRunHttpRequest": ".monitor_run_http_request",
    "MonitorRunHttpRequestBody": ".monitor_run_http_request_body",
    "MonitorRunHttpRequestHeaders": ".monitor_run_http_request_headers",
    "MonitorRunHttpResponse": ".monitor_run_http_response",
    "MonitorRunHttpResponseBody": ".monitor_run_http_response_body",
    "MonitorRunHttpResponseHeaders": ".monitor_run_http_response_headers",
    "MonitorRunInfo": ".monitor_run_info",
    "MonitorRunPending": ".monitor_run_pending",
    "MonitorRunPendingInfo": ".monitor_run_pending_info",
    "MonitorRunResult": ".monitor_run_result",
    "MonitorRunResultFailuresItem": ".monitor_run_result_failures_item",
    "MonitorRunStats": ".monitor_run_stats",
    "MonitorSchedule": ".monitor_schedule",
    "MonitorSummary": ".monitor_summary",
    "MonitorUpdateData": ".monitor_update_data",
    "NewMockServer": ".new_mock_server",
    "NewMockServerResponse": ".new_mock_server_response",
    "NewWebhook": ".new_webhook",
    "OAuthTokenGrant": ".o_auth_token_grant",
    "Package": ".package",
    "PackagePageMeta": ".package_page_meta",
    "PackageSummary": ".package_summary",
    "PartnerInviteEmails": ".partner_invite_emails",
    "PartnerInviteOutcome": ".partner_invite_outcome",
    "PartnerInviteResultItem": ".partner_invite_result_item",
    "PartnerRemovalOutcome": ".partner_removal_outcome",
    "PartnerRemovalResultItem": ".partner_removal_result_item",
    "PartnerRemovalUserIds": ".partner_removal_user_ids",
    "PartnerTeamRemoval": ".partner_team_removal",
    "PartnerTeamRemovalAction": ".partner_team_removal_action",
    "PartnerTeamRemovalTargetEntity": ".partner_team_removal_target_entity",
    "PartnerWorkspaceInvite": ".partner_workspace_invite",
    "PartnerWorkspaceInviteAction": ".partner_workspace_invite_action",
    "PartnerWorkspaceInviteRoleId": ".partner_workspace_invite_role_id",
    "PartnerWorkspaceInviteTargetEntity": ".partner_workspace_invite_target_entity",
    "PartnerWorkspaceRemoval": ".partner_workspace_removal",
    "PartnerWorkspaceRemovalAction": ".partner_workspace_removal_action",
    "PartnerWorkspaceRemovalTargetEntity": ".partner_workspace_removal_target_entity",
    "PatchCollectionChanges": ".patch_collection_changes",
    "PatchCollectionEvent": ".patch_collection_event",
    "PatchCollectionEventListen": ".patch_collection_event_listen",
    "PatchCollectionEventScript": ".patch_collection_event_script",
    "PatchCollectionInfo": ".patch_collection_info",
    "PatchCollectionRequest": ".patch_collection_request",
    "PatchCollectionResponse": ".patch_collection_response",
    "PatchCollectionVariable": ".patch_collection_variable",
    "PatchEnvironmentResponse": ".patch_environment_response",
    "PatchWorkspaceUpdateRequest": ".patch_workspace_update_request",
    "PatchWorkspaceUpdateRequestCategory": ".patch_workspace_update_request_category",
    "PatchedCollectionInfo": ".patched_collection_info",
    "PostbotToolCode": ".postbot_tool_code",
    "PostbotToolConfig": ".postbot_tool_config",
    "PostbotToolConfigAgentFramework": ".postbot_tool_config_agent_framework",
    "PostbotToolConfigLanguage": ".postbot_tool_config_language",
    "PrivateNetworkAddRequest": ".private_network_add_request",
    "PrivateNetworkAddRequestReply": ".private_network_add_request_reply",
    "PrivateNetworkElement": ".private_network_element",
    "PrivateNetworkPageMeta": ".private_network_page_meta",
    "PrivateNetworkRequestedElement": ".private_network_requested_element",
    "ProblemDetail": ".problem_detail",
    "ProtocolProfileBehavior": ".protocol_profile_behavior",
    "ProxyConfig": ".proxy_config",
    "PublishDocumentationRequest": ".publish_documentation_request",
    "PublishDocumentationRequestDocumentationLayout": ".publish_documentation_request_documentation_layout",
    "PublishDocumentationResponse": ".publish_documentation_response",
    "PublishMockResponse": ".publish_mock_response",
    "PullCollectionChangesResponse": ".pull_collection_changes_response",
    "PullEnvironmentRequest": ".pull_environment_request",
    "PullEnvironmentResponse": ".pull_environment_response",
    "PullRequestDetail": ".pull_request_detail",
    "PullRequestDetailDestination": ".pull_request_detail_destination",
    "PullRequestDetailMerge": ".pull_request_detail_merge",
    "PullRequestDetailReviewer": ".pull_request_detail_reviewer",
    "PullRequestDetailSource": ".pull_request_detail_source",
    "PullRequestReviewActor": ".pull_request_review_actor",
    "PulledCollectionChanges": ".pulled_collection_changes",
    "PutCollectionAcceptedResponse": ".put_collection_accepted_response",
    "PutCollectionPrefer": ".put_collection_prefer",
    "PutCollectionRequest": ".put_collection_request",
    "PutCollectionResponse": ".put_collection_response",
    "PutEnvironmentRequest": ".put_environment_request",
    "PutEnvironmentResponse": ".put_environment_response",
    "RateLimitedBody": ".rate_limited_body",
    "RemoveTeamMembersRequest": ".remove_team_members_request",
    "RemoveWorkspaceFromPrivateNetworkResponse": ".remove_workspace_from_private_network_response",
    "RemoveWorkspaceFromPrivateNetworkResponseWorkspace": ".remove_workspace_from_private_network_response_workspace",
    "RequestBodyDefinition": ".request_body_definition",
    "RequestBodyDefinitionGraphql": ".request_body_definition_graphql",
    "RequestBodyDefinitionOptions": ".request_body_definition_options",
    "RequestDefinition": ".request_definition",
    "RequestUrl": ".request_url",
    "RespondPrivateNetworkAddRequestRequest": ".respond_private_network_add_request_request",
    "RespondPrivateNetworkAddRequestRequestResponse": ".respond_private_network_add_request_request_response",
    "RespondPrivateNetworkAddRequestRequestStatus": ".respond_private_network_add_request_request_status",
    "RespondPrivateNetworkAddRequestResponse": ".respond_private_network_add_request_response",
    "ResponseCookie": ".response_cookie",
    "ReviewPullRequestRequest": ".review_pull_request_request",
    "ReviewPullRequestRequestAction": ".review_pull_request_request_action",
    "ReviewPullRequestResponse": ".review_pull_request_response",
    "RevokeOauthTokenRequest": ".revoke_oauth_token_request",
    "RevokeOauthTokenResponse": ".revoke_oauth_token_response",
    "RunMonitorAcceptedResponse": ".run_monitor_accepted_response",
    "RunMonitorResponse": ".run_monitor_response",
    "RunnerInstance": ".runner_instance",
    "RunnerInstancesMeta": ".runner_instances_meta",
    "SavedResponse": ".saved_response",
    "SavedResponseTimingsType0": ".saved_response_timings_type_0",
    "SchemaSecurityValidationRequest": ".schema_security_validation_request",
    "SchemaSecurityValidationResponse": ".schema_security_validation_response",
    "ScriptEvent": ".script_event",
    "Sdk": ".sdk",
    "SdkAuthor": ".sdk_author",
    "SdkBuildError": ".sdk_build_error",
    "SdkCliOptions": ".sdk_cli_options",
    "SdkCsharpOptions": ".sdk_csharp_options",
    "SdkGitConnection": ".sdk_git_connection",
    "SdkGitConnectionPullRequest": ".sdk_git_connection_pull_request",
    "SdkGitConnectionPullRequestSummary": ".sdk_git_connection_pull_request_summary",
    "SdkGoOptions": ".sdk_go_options",
    "SdkJavaOptions": ".sdk_java_options",
    "SdkKotlinOptions": ".sdk_kotlin_options",
    "SdkLanguageInput": ".sdk_language_input",
    "SdkPageMeta": ".sdk_page_meta",
    "SdkPhpOptions": ".sdk_php_options",
    "SdkPythonOptions": ".sdk_python_options",
    "SdkRetryOptions": ".sdk_retry_options",
    "SdkRetryOptionsHttpMethodsToRetryItem": ".sdk_retry_options_http_methods_to_retry_item",
    "SdkRubyOptions": ".sdk_ruby_options",
    "SdkRustOptions": ".sdk_rust_options",
    "SdkSource": ".sdk_source",
    "SdkSourceInput": ".sdk_source_input",
    "SdkSourceInputType": ".sdk_source_input_type",
    "SdkTypescriptOptions": ".sdk_typescript_options",
    "SearchFilterCondition": ".search_filter_condition",
    "SearchFilters": ".search_filters",
    "SearchFlagFilter": ".search_flag_filter",
    "SearchHit": ".search_hit",
    "SearchHitCollection": ".search_hit_collection",
    "SearchHitLink": ".search_hit_link",
    "SearchHitLinks": ".search_hit_links",
    "SearchHitOrganization": ".search_hit_organization",
    "SearchHitTeam": ".search_hit_team",
    "SearchHitWorkspace": ".search_hit_workspace",
    "SearchPageMeta": ".search_page_meta",
    "SearchPostmanResourcesRequest": ".search_postman_resources_request",
    "SearchPostmanResourcesRequestElementType": ".search_postman_resources_request_element_type",
    "SearchPostmanResourcesRequestOwnership": ".search_postman_resources_request_ownership",
    "SearchPostmanResourcesResponse": ".search_postman_resources_response",
    "SearchTextFilter": ".search_text_filter",
    "SearchVisibilityFilter": ".search_visibility_filter",
    "SearchVisibilityFilterEq": ".search_visibility_filter_eq",
    "SearchVisibilityFilterNe": ".search_visibility_filter_ne",
    "SecretType": ".secret_type",
    "SecurityValidationCategory": ".security_validation_category",
    "SecurityValidationDefinition": ".security_validation_definition",
    "SecurityValidationDefinitionLanguage": ".security_validation_definition_language",
    "SecurityValidationDefinitionType": ".security_validation_definition_type",
    "SecurityValidationLocation": ".security_validation_location",
    "SecurityValidationPosition": ".security_validation_position",
    "SecurityValidationVulnerability": ".security_validation_vulnerability",
    "SecurityValidationWarning": ".security_validation_warning",
    "SourceCollectionStatus": ".source_collection_status",
    "Spec": ".spec",
    "SpecDefinitionDocument": ".spec_definition_document",
    "SpecFile": ".spec_file",
    "SpecFileSource": ".spec_file_source",
    "SpecFileSourceType": ".spec_file_source_type",
    "SpecGeneratedCollection": ".spec_generated_collection",
    "SpecPageMeta": ".spec_page_meta",
    "SpecSyncOptions": ".spec_sync_options",
    "SpecTask": ".spec_task",
    "SpecTaskMeta": ".spec_task_meta",
    "SpecTaskResource": ".spec_task_resource",
    "SpecTaskResources": ".spec_task_resources",
    "SpecTaskStatus": ".spec_task_status",
    "SpecVersionTag": ".spec_version_tag",
    "SpecVersionTagEntry": ".spec_version_tag_entry",
    "TagAssignment": ".tag_assignment",
    "TaggedEntitiesPage": ".tagged_entities_page",
    "TaggedEntity": ".tagged_entity",
    "Team": ".team",
    "TeamAccessRequest": ".team_access_request",
    "TeamAccessRequestDecision": ".team_access_request_decision",
    "TeamAccessRequestSummary": ".team_access_request_summary",
    "TeamEntityReference": ".team_entity_reference",
    "TeamEntityReferenceEntityType": ".team_entity_reference_entity_type",
    "TeamEntityRoleResult": ".team_entity_role_result",
    "TeamIdentifierType": ".team_identifier_type",
    "TeamPageMetadata": ".team_page_metadata",
    "TeamRole": ".team_role",
    "TeamRoleChangeSet": ".team_role_change_set",
    "TeamRoleGrants": ".team_role_grants",
    "TeamSettings": ".team_settings",
    "TeamSettingsResult": ".team_settings_result",
    "TeamUser": ".team_user",
    "TeamUserList": ".team_user_list",
    "TransferCollectionFoldersRequest": ".transfer_collection_folders_request",
    "TransferCollectionRequestsRequest": ".transfer_collection_requests_request",
    "TransferCollectionResponsesRequest": ".transfer_collection_responses_request",
    "TransferWorkspaceElementRequest": ".transfer_workspace_element_request",
    "TransferWorkspaceElementRequestType": ".transfer_workspace_element_request_type",
    "TransferWorkspaceElementResponse": ".transfer_workspace_element_response",
    "TransferWorkspaceToTeamRequest": ".transfer_workspace_to_team_request",
    "TransferWorkspaceToTeamResponse": ".transfer_workspace_to_team_response",
    "TransformCollectionToOpenApiFormat": ".transform_collection_to_open_api_format",
    "TransformCollectionToOpenAPIResponse": ".transform_collection_to_open_api_response",
    "UnpublishMockResponse": ".unpublish_mock_response",
    "UpdateCollectionFolderRequest": ".update_collection_folder_request",
    "UpdateCollectionFolderResponse": ".update_collection_folder_response",
    "UpdateCollectionRequestRequest": ".update_collection_request_request",
    "UpdateCollectionRequestResponse": ".update_collection_request_response",
    "UpdateCollectionResponseRequest": ".update_collection_response_request",
    "UpdateCollectionResponseResponse": ".update_collection_response_response",
    "UpdateCollectionRolesRequest": ".update_collection_roles_request",
    "UpdateCollectionTagsRequest": ".update_collection_tags_request",
    "UpdateComponentDraftRequest": ".update_component_draft_request",
    "UpdateComponentDraftRequestFormat": ".update_component_draft_request_format",
    "UpdateComponentDraftResponse": ".update_component_draft_response",
    "UpdateComponentRequest": ".update_component_request",
    "UpdateComponentRequestStatus": ".update_component_request_status",
    "UpdateComponentResponse": ".update_component_response",
    "UpdateDetectedSecretResolutionsRequest": ".update_detected_secret_resolutions_request",
    "UpdateDetectedSecretResolutionsRequestResolution": ".update_detected_secret_resolutions_request_resolution",
    "UpdateDetectedSecretResolutionsResponse": ".update_detected_secret_resolutions_response",
    "UpdateMockRequest": ".update_mock_request",
    "UpdateMockResponse": ".update_mock_response",
    "UpdateMockServerResponseRequest": ".update_mock_server_response_request",
    "UpdateMonitorRequest": ".update_monitor_request",
    "UpdateMonitorResponse": ".update_monitor_response",
    "UpdatePackageRequest": ".update_package_request",
    "UpdatePanElementOrFolderRequest": ".update_pan_element_or_folder_request",
    "UpdatePanElementOrFolderRequestWorkspace": ".update_pan_element_or_folder_request_workspace",
    "UpdatePullRequestRequest": ".update_pull_request_request",
    "UpdatePullRequestResponse": ".update_pull_request_response",
    "UpdateSdkGitConnectionRequest": ".update_sdk_git_connection_request",
    "UpdateSdkGitConnectionRequestStatus": ".update_sdk_git_connection_request_status",
    "UpdateSpecFileRequest": ".update_spec_file_request",
    "UpdateSpecFileRequestType": ".update_spec_file_request_type",
    "UpdateSpecPropertiesRequest": ".update_spec_properties_request",
    "UpdateSpecSyncOptionsRequest": ".update_spec_sync_options_request",
    "UpdateSpecSyncOptionsResponse": ".update_spec_sync_options_response",
    "UpdateTeamSettingsRequest": ".update_team_settings_request",
    "UpdateTeamSettingsRequestSettings": ".update_team_settings_request_settings",
    "UpdateTeamSettingsRequestSettingsRfaForAddCollaborator": ".update_team_settings_request_settings_rfa_for_add_collaborator",
    "UpdateTeamSettingsRequestSettingsRfaForAddMember": ".update_team_settings_request_settings_rfa_for_add_member",
    "UpdateWorkspaceGlobalVariablesRequest": ".update_workspace_global_variables_request",
    "UpdateWorkspaceRequest": ".update_workspace_request",
    "UpdateWorkspaceResponse": ".update_workspace_response",
    "UpdateWorkspaceRolesRequest": ".update_workspace_roles_request",
    "UpdateWorkspaceTagsRequest": ".update_workspace_tags_request",
    "UrlCredentials": ".url_credentials",
    "UrlEncodedParam": ".url_encoded_param",
    "UrlPathSegment": ".url_path_segment",
    "UrlQueryParam": ".url_query_param",
    "UsageCounter": ".usage_counter",
    "UserCollectionFork": ".user_collection_fork",
    "UserCollectionForksMeta": ".user_collection_forks_meta",
    "UserGroup": ".user_group",
    "Webhook": ".webhook",
    "Workspace": ".workspace",
    "WorkspaceActivity": ".workspace_activity",
    "WorkspaceActivityUser": ".workspace_activity_user",
    "WorkspaceChanges": ".workspace_changes",
    "WorkspaceChangesType": ".workspace_changes_type",
    "WorkspaceCreateFields": ".workspace_create_fields",
    "WorkspaceCreateFieldsType": ".workspace_create_fields_type",
    "WorkspaceElementRef": ".workspace_element_ref",
    "WorkspaceElementTransfer": ".workspace_element_transfer",
    "WorkspaceElementTransferResult": ".workspace_element_transfer_result",
    "WorkspaceGlobalVariable": ".workspace_global_variable",
    "WorkspaceGlobalVariables": ".workspace_global_variables",
    "WorkspaceIdName": ".workspace_id_name",
    "WorkspacePageMeta": ".workspace_page_meta",
    "WorkspaceRoleAssignment": ".workspace_role_assignment",
    "WorkspaceRoleAssignmentList": ".workspace_role_assignment_list",
    "WorkspaceRoleCatalog": ".workspace_role_catalog",
    "WorkspaceRoleDefinition": ".workspace_role_definition",
    "WorkspaceRoleGrant": ".workspace_role_grant",
    "WorkspaceRolePatchOperation": ".workspace_role_patch_operation",
    "WorkspaceRolePatchOperationPath": ".workspace_role_patch_operation_path",
    "WorkspaceScimIds": ".workspace_scim_ids",
    "WorkspaceSummary": ".workspace_summary",
    "WorkspaceTeamTransfer": ".workspace_team_transfer",
    "WorkspaceTeamTransferResult": ".workspace_team_transfer_result",
    "WorkspaceUpdate": ".workspace_update",
    "WorkspaceUpdateAuthor": ".workspace_update_author",
    "WorkspaceUpdateRelatedResource": ".workspace_update_related_resource",
    "WorkspaceUpdateSaved": ".workspace_update_saved",
}

__all__ = (
    "AddWorkspaceToPrivateNetworkRequest",
    "AddWorkspaceToPrivateNetworkRequestWorkspace",
    "AnalyticsColumn",
    "AnalyticsData",
    "AnalyticsMetadata",
    "AnalyticsMetadataMetric",
    "AnalyticsMetadataResource",
    "AnalyticsMetricFilter",
    "AnalyticsMetricFilters",
    "AnalyticsMetricPagination",
    "AnalyticsMetricParameters",
    "AnalyticsMetricResponses",
    "AnalyticsMetricViewParameter",
    "AnalyticsMetricViewResponse",
    "AnalyticsPagination",
    "AnalyticsTable",
    "AnalyticsTableSchema",
    "ApproveDenyAccessRequestRequest",
    "ApproveDenyAccessRequestRequestAction",
    "ApproveDenyAccessRequestResponse",
    "AsyncMergePullCollectionForkRequest",
    "AsyncMergePullCollectionForkRequestStrategy",
    "AsyncMergePullCollectionForkResponse",
    "AsyncMergePullCollectionTaskStatusResponse",
    "AttachedTag",
    "AuditLogAction",
    "AuditLogActor",
    "AuditLogEvent",
    "AuditLogEventData",
    "AuditLogEventDataVariables",
    "AuditLogTeam",
    "AuditLogUser",
    "AuthApikeySettings",
    "AuthAttribute",
    "AuthAwsv4Settings",
    "AuthBasicSettings",
    "AuthBearerSettings",
    "AuthDefinition",
    "AuthDigestSettings",
    "AuthEdgegridSettings",
    "AuthenticatedUser",
    "AuthenticatedUserResponse",
    "AuthHawkSettings",
    "AuthNtlmSettings",
    "AuthOauth1Settings",
    "AuthOauth2Settings",
    "BillingAccount",
    "BillingAccountSlots",
    "ClientCertificate",
    "ClientCertificateCert",
    "ClientCertificateKey",
    "CollectionAccessKey",
    "CollectionAccessKeyPageMeta",
    "CollectionDocsAppearance",
    "CollectionDocsColors",
    "CollectionDocsCustomization",
    "CollectionDocsMetaTag",
    "CollectionDocsTheme",
    "CollectionDocument",
    "CollectionDuplicationTask",
    "CollectionFolder",
    "CollectionFolderRecord",
    "CollectionForkEntry",
    "CollectionForkInfo",
    "CollectionForksMeta",
    "CollectionInfo",
    "CollectionItemBodyMode",
    "CollectionItemBodyOptions",
    "CollectionItemBodyOptionsBinary",
    "CollectionItemBodyOptionsGraphql",
    "CollectionItemBodyOptionsParams",
    "CollectionItemBodyOptionsUrlencoded",
    "CollectionItemDeletion",
    "CollectionItemFormField",
    "CollectionItemGraphqlBody",
    "CollectionItemHttpMethod",
    "CollectionItemOperationMeta",
    "CollectionItemPathVariable",
    "CollectionItemQueryParam",
    "CollectionItemRawBodyOptions",
    "CollectionItemTransferLocation",
    "CollectionItemTransferLocationPosition",
    "CollectionItemTransferMode",
    "CollectionItemTransferResult",
    "CollectionItemTransferTarget",
    "CollectionItemTransferTargetModel",
    "CollectionListMeta",
    "CollectionMergeTask",
    "CollectionMergeTaskDetails",
    "CollectionMergeTaskError",
    "CollectionPullRequestSummary",
    "CollectionRequestItem",
    "CollectionRequestRecord",
    "CollectionRequestRecordPathVariablesType0",
    "CollectionResponseRecord",
    "CollectionResponseStatusCode",
    "CollectionRole",
    "CollectionRoleAssignment",
    "CollectionRoleAssignmentRole",
    "CollectionRoleUpdate",
    "CollectionRoleUpdateOp",
    "CollectionRoleUpdatePath",
    "CollectionSemver",
    "CollectionSummary",
    "CollectionSummaryFork",
    "CollectionUpdateTask",
    "CollectionVariable",
    "CollectionWriteResult",
    "Comment",
    "CommentCreateBody",
    "CommentEnvelope",
    "CommentList",
    "CommentMention",
    "CommentMentions",
    "CommentMentionType",
    "CommentUpdateBody",
    "Component",
    "ComponentPageMeta",
    "ComponentVersion",
    "ComponentVersionSource",
    "ComponentVersionSourceType",
    "CreateAccessRequestRequest",
    "CreateAccessRequestRequestRequestType",
    "CreateAccessRequestResponse",
    "CreateCollectionFolderRequest",
    "CreateCollectionFolderResponse",
    "CreateCollectionForkRequest",
    "CreateCollectionForkResponse",
    "CreateCollectionPullRequestRequest",
    "CreateCollectionPullRequestResponse",
    "CreateCollectionRequest",
    "CreateCollectionRequestRequest",
    "CreateCollectionRequestResponse",
    "CreateCollectionResponse",
    "CreateCollectionResponseRequest",
    "CreateCollectionResponseResponse",
    "CreateComponentRequest",
    "CreateComponentRequestFormat",
    "CreateComponentRequestType",
    "CreateComponentResponse",
    "CreateComponentVersionRequest",
    "CreateComponentVersionResponse",
    "CreatedCollectionFork",
    "CreateEnvironmentRequest",
    "CreateEnvironmentResponse",
    "CreateMockRequest",
    "CreateMockResponse",
    "CreateMockServerResponseRequest",
    "CreateMonitorRequest",
    "CreateMonitorResponse",
    "CreatePackageRequest",
    "CreateSdkGitConnectionRequest",
    "CreateSdkRequest",
    "CreateSpecFileRequest",
    "CreateSpecRequest",
    "CreateSpecRequestType",
    "CreateSpecVersionTagRequest",
    "CreateSpecVersionTagResponse",
    "CreateTeamRequest",
    "CreateTeamResponse",
    "CreateWebhookRequest",
    "CreateWebhookResponse",
    "CreateWorkspaceRequest",
    "CreateWorkspaceResponse",
    "CreateWorkspaceUpdateRequest",
    "CreateWorkspaceUpdateRequestCategory",
    "DeleteCollectionFolderResponse",
    "DeleteCollectionRequestResponse",
    "DeleteCollectionResponse",
    "DeleteCollectionResponseResponse",
    "DeletedCollectionRef",
    "DeletedMockServer",
    "DeletedMockServerResponse",
    "DeletedWorkspaceId",
    "DeleteEnvironmentResponse",
    "DeleteMockResponse",
    "DeleteMonitorResponse",
    "DeleteWorkspaceResponse",
    "DetectedSecret",
    "DetectedSecretActivity",
    "DetectedSecretLocation",
    "DetectedSecretLocationsMeta",
    "DetectedSecretResolutionChange",
    "DetectedSecretResourceType",
    "DetectedSecretsPageMeta",
    "DetectedSecretsQueriesRequest",
    "DetectedSecretsQueriesRequestStatusesItem",
    "DetectedSecretsQueriesRequestWorkspaceVisibilitiesItem",
    "DetectedSecretsQueriesResponse",
    "DetectedSecretsResourceFilter",
    "DuplicateCollectionRequest",
    "DuplicateCollectionResponse",
    "EntityTag",
    "Environment",
    "EnvironmentCreateData",
    "EnvironmentDeleted",
    "EnvironmentForkCreated",
    "EnvironmentForksMeta",
    "EnvironmentForkSummary",
    "EnvironmentIds",
    "EnvironmentPatchOperation",
    "EnvironmentReplaceData",
    "EnvironmentSummary",
    "EnvironmentUidOnly",
    "EnvironmentVariable",
    "EnvironmentVariablePostmanSource",
    "EnvironmentVariableSource",
    "ErrorDetail",
    "ErrorEnvelope",
    "ErrorNameMessage",
    "EventScript",
    "EventScriptPackages",
    "FileBodySource",
    "ForkEnvironmentRequest",
    "ForkEnvironmentResponse",
    "FormatDescriptionBlock",
    "FormDataParam",
    "GenerateCollectionElementType",
    "GenerateCollectionOptions",
    "GenerateCollectionOptionsFolderStrategy",
    "GenerateCollectionOptionsIndentCharacter",
    "GenerateCollectionOptionsRequestNameSource",
    "GenerateCollectionRequest",
    "GeneratedSpec",
    "GenerateOauthTokenRequest",
    "GenerateServiceAccountTokenResponse",
    "GenerateSpecFromCollectionElementType",
    "GenerateSpecFromCollectionRequest",
    "GenerateSpecFromCollectionRequestFormat",
    "GenerateSpecFromCollectionRequestType",
    "GenerateToolRequest",
    "GenerateToolResponse",
    "GetAccountInvoicesResponse",
    "GetAccountInvoicesStatus",
    "GetAllComponentsResponse",
    "GetAllComponentsStatus",
    "GetAllComponentsType",
    "GetAllSpecsResponse",
    "GetAllWorkspaceRolesResponse",
    "GetAnalyticsDataDuration",
    "GetAnalyticsDataEntityType",
    "GetAnalyticsDataMetrics",
    "GetAnalyticsDataResource",
    "GetAnalyticsDataResponse",
    "GetAnalyticsDataUserType",
    "GetAnalyticsDataView",
    "GetAnalyticsMetadataResponse",
    "GetAsyncSpecTaskStatusElementType",
    "GetAuditLogsOrderBy",
    "GetAuditLogsResponse",
    "GetCollectionAccessKeysResponse",
    "GetCollectionFolderResponse",
    "GetCollectionForksDirection",
    "GetCollectionForksResponse",
    "GetCollectionModel",
    "GetCollectionPullRequestsResponse",
    "GetCollectionRequestResponse",
    "GetCollectionResponse",
    "GetCollectionResponseResponse",
    "GetCollectionRolesResponse",
    "GetCollectionsForkedByUserDirection",
    "GetCollectionsForkedByUserResponse",
    "GetCollectionsResponse",
    "GetCollectionUpdatesTasksResponse",
    "GetComponentDraftResponse",
    "GetComponentEnvelope",
    "GetComponentVersionsResponse",
    "GetDetectedSecretsLocationsResponse",
    "GetDuplicateCollectionTaskStatusResponse",
    "GetEnvironmentForksDirection",
    "GetEnvironmentForksResponse",
    "GetEnvironmentForksSort",
    "GetEnvironmentResponse",
    "GetEnvironmentsResponse",
    "GetGeneratedCollectionSpecsElementType",
    "GetGeneratedCollectionSpecsResponse",
    "GetGroupsResponse",
    "GetMockCallLogsDirection",
    "GetMockCallLogsResponse",
    "GetMockCallLogsSort",
    "GetMockResponse",
    "GetMocksResponse",
    "GetMonitorResponse",
    "GetMonitorsResponse",
    "GetPackageEnvelope",
    "GetPackagesResponse",
    "GetRunnerInstancesResponse",
    "GetRunnerMetricsResponse",
    "GetSdkDownloadUrlResponse",
    "GetSdkGitConnectionPullRequestsResponse",
    "GetSdkGitConnectionPullRequestsStatus",
    "GetSdkGitConnectionsResponse",
    "GetSdkGitConnectionsStatus",
    "GetSdksBuildStatus",
    "GetSdksResponse",
    "GetSecretTypesResponse",
    "GetSecretTypesResponseMeta",
    "GetSourceCollectionStatusResponse",
    "GetSourceCollectionStatusResponseCollection",
    "GetSpecCollectionsElementType",
    "GetSpecCollectionsResponse",
    "GetSpecFilesResponse",
    "GetSpecVersionTagResponse",
    "GetSpecVersionTagsResponse",
    "GetTaggedEntitiesDirection",
    "GetTaggedEntitiesEntityType",
    "GetTaggedEntitiesResponse",
    "GetTaggedEntitiesResponseData",
    "GetTeamAccessRequestsResponse",
    "GetTeamInclude",
    "GetTeamResponse",
    "GetTeamsResponse",
    "GetWorkspaceActivityFeedElementType",
    "GetWorkspaceActivityFeedResponse",
    "GetWorkspaceResponse",
    "GetWorkspaceRolesInclude",
    "GetWorkspacesElementType",
    "GetWorkspacesInclude",
    "GetWorkspacesResponse",
    "GetWorkspacesType",
    "GetWorkspaceUpdatesResponse",
    "HeaderEntry",
    "ImportedCollection",
    "ImportOpenApiDefinitionMultipartRequest",
    "ImportOpenApiDefinitionMultipartRequestType",
    "ImportOpenApiDefinitionResponse",
    "ImportOpenApiJsonObjectInput",
    "ImportOpenApiJsonObjectInputInput",
    "ImportOpenApiJsonObjectInputType",
    "ImportOpenApiJsonStringInput",
    "ImportOpenApiJsonStringInputType",
    "ImportOpenApiOptions",
    "ImportOpenApiOptionsFolderStrategy",
    "ImportOpenApiOptionsIndentCharacter",
    "ImportOpenApiOptionsRequestNameSource",
    "Invoice",
    "InvoiceAmount",
    "InvoiceLinks",
    "InvoiceWebLink",
    "ListPrivateNetworkAddRequestsDirection",
    "ListPrivateNetworkAddRequestsResponse",
    "ListPrivateNetworkAddRequestsSort",
    "ListPrivateNetworkAddRequestsStatus",
    "ListPrivateNetworkAddRequestsType",
    "ListPrivateNetworkWorkspacesDirection",
    "ListPrivateNetworkWorkspacesResponse",
    "ListPrivateNetworkWorkspacesResponseFoldersItem",
    "ListPrivateNetworkWorkspacesSort",
    "ListPrivateNetworkWorkspacesType",
    "ManageTeamMemberRolesRequest",
    "ManageTeamMemberRolesResponse",
    "MergeCollectionForkRequest",
    "MergeCollectionForkRequestStrategy",
    "MergeCollectionForkResponse",
    "MergedCollectionFork",
    "MergeEnvironmentForkRequest",
    "MergeEnvironmentForkResponse",
    "MockCallLog",
    "MockCallLogHeader",
    "MockCallLogHeaderDescription",
    "MockCallLogPageMeta",
    "MockCallLogRequest",
    "MockCallLogRequestBody",
    "MockCallLogResponse",
    "MockCallLogResponseBody",
    "MockServer",
    "MockServerChanges",
    "MockServerConfig",
    "MockServerConfigChanges",
    "MockServerDelay",
    "MockServerIdOnly",
    "MockServerResponse",
    "MockServerResponseChanges",
    "MockServerResponseHeader",
    "MockServerResponseLanguage",
    "Monitor",
    "MonitorCreateData",
    "MonitorDeleted",
    "MonitorIds",
    "MonitorLastRun",
    "MonitorListMeta",
    "MonitorNotificationRecipient",
    "MonitorNotifications",
    "MonitorOptions",
    "MonitorRegion",
    "MonitorRetry",
    "MonitorRunCounts",
    "MonitorRunError",
    "MonitorRunExecutedItem",
    "MonitorRunExecution",
    "MonitorRunHttpRequest",
    "MonitorRunHttpRequestBody",
    "MonitorRunHttpRequestHeaders",
    "MonitorRunHttpResponse",
    "MonitorRunHttpResponseBody",
    "MonitorRunHttpResponseHeaders",
    "MonitorRunInfo",
    "MonitorRunPending",
    "MonitorRunPendingInfo",
    "MonitorRunResult",
    "MonitorRunResultFailuresItem",
    "MonitorRunStats",
    "MonitorSchedule",
    "MonitorSummary",
    "MonitorUpdateData",
    "NewMockServer",
    "NewMockServerResponse",
    "NewWebhook",
    "OAuthTokenGrant",
    "Package",
    "PackagePageMeta",
    "PackageSummary",
    "PartnerInviteEmails",
    "PartnerInviteOutcome",
    "PartnerInviteResultItem",
    "PartnerRemovalOutcome",
    "PartnerRemovalResultItem",
    "PartnerRemovalUserIds",
    "PartnerTeamRemoval",
    "PartnerTeamRemovalAction",
    "PartnerTeamRemovalTargetEntity",
    "PartnerWorkspaceInvite",
    "PartnerWorkspaceInviteAction",
    "PartnerWorkspaceInviteRoleId",
    "PartnerWorkspaceInviteTargetEntity",
    "PartnerWorkspaceRemoval",
    "PartnerWorkspaceRemovalAction",
    "PartnerWorkspaceRemovalTargetEntity",
    "PatchCollectionChanges",
    "PatchCollectionEvent",
    "PatchCollectionEventListen",
    "PatchCollectionEventScript",
    "PatchCollectionInfo",
    "PatchCollectionRequest",
    "PatchCollectionResponse",
    "PatchCollectionVariable",
    "PatchedCollectionInfo",
    "PatchEnvironmentResponse",
    "PatchWorkspaceUpdateRequest",
    "PatchWorkspaceUpdateRequestCategory",
    "PostbotToolCode",
    "PostbotToolConfig",
    "PostbotToolConfigAgentFramework",
    "PostbotToolConfigLanguage",
    "PrivateNetworkAddRequest",
    "PrivateNetworkAddRequestReply",
    "PrivateNetworkElement",
    "PrivateNetworkPageMeta",
    "PrivateNetworkRequestedElement",
    "ProblemDetail",
    "ProtocolProfileBehavior",
    "ProxyConfig",
    "PublishDocumentationRequest",
    "PublishDocumentationRequestDocumentationLayout",
    "PublishDocumentationResponse",
    "PublishMockResponse",
    "PullCollectionChangesResponse",
    "PulledCollectionChanges",
    "PullEnvironmentRequest",
    "PullEnvironmentResponse",
    "PullRequestDetail",
    "PullRequestDetailDestination",
    "PullRequestDetailMerge",
    "PullRequestDetailReviewer",
    "PullRequestDetailSource",
    "PullRequestReviewActor",
    "PutCollectionAcceptedResponse",
    "PutCollectionPrefer",
    "PutCollectionRequest",
    "PutCollectionResponse",
    "PutEnvironmentRequest",
    "PutEnvironmentResponse",
    "RateLimitedBody",
    "RemoveTeamMembersRequest",
    "RemoveWorkspaceFromPrivateNetworkResponse",
    "RemoveWorkspaceFromPrivateNetworkResponseWorkspace",
    "RequestBodyDefinition",
    "RequestBodyDefinitionGraphql",
    "RequestBodyDefinitionOptions",
    "RequestDefinition",
    "RequestUrl",
    "RespondPrivateNetworkAddRequestRequest",
    "RespondPrivateNetworkAddRequestRequestResponse",
    "RespondPrivateNetworkAddRequestRequestStatus",
    "RespondPrivateNetworkAddRequestResponse",
    "ResponseCookie",
    "ReviewPullRequestRequest",
    "ReviewPullRequestRequestAction",
    "ReviewPullRequestResponse",
    "RevokeOauthTokenRequest",
    "RevokeOauthTokenResponse",
    "RunMonitorAcceptedResponse",
    "RunMonitorResponse",
    "RunnerInstance",
    "RunnerInstancesMeta",
    "SavedResponse",
    "SavedResponseTimingsType0",
    "SchemaSecurityValidationRequest",
    "SchemaSecurityValidationResponse",
    "ScriptEvent",
    "Sdk",
    "SdkAuthor",
    "SdkBuildError",
    "SdkCliOptions",
    "SdkCsharpOptions",
    "SdkGitConnection",
    "SdkGitConnectionPullRequest",
    "SdkGitConnectionPullRequestSummary",
    "SdkGoOptions",
    "SdkJavaOptions",
    "SdkKotlinOptions",
    "SdkLanguageInput",
    "SdkPageMeta",
    "SdkPhpOptions",
    "SdkPythonOptions",
    "SdkRetryOptions",
    "SdkRetryOptionsHttpMethodsToRetryItem",
    "SdkRubyOptions",
    "SdkRustOptions",
    "SdkSource",
    "SdkSourceInput",
    "SdkSourceInputType",
    "SdkTypescriptOptions",
    "SearchFilterCondition",
    "SearchFilters",
    "SearchFlagFilter",
    "SearchHit",
    "SearchHitCollection",
    "SearchHitLink",
    "SearchHitLinks",
    "SearchHitOrganization",
    "SearchHitTeam",
    "SearchHitWorkspace",
    "SearchPageMeta",
    "SearchPostmanResourcesRequest",
    "SearchPostmanResourcesRequestElementType",
    "SearchPostmanResourcesRequestOwnership",
    "SearchPostmanResourcesResponse",
    "SearchTextFilter",
    "SearchVisibilityFilter",
    "SearchVisibilityFilterEq",
    "SearchVisibilityFilterNe",
    "SecretType",
    "SecurityValidationCategory",
    "SecurityValidationDefinition",
    "SecurityValidationDefinitionLanguage",
    "SecurityValidationDefinitionType",
    "SecurityValidationLocation",
    "SecurityValidationPosition",
    "SecurityValidationVulnerability",
    "SecurityValidationWarning",
    "SourceCollectionStatus",
    "Spec",
    "SpecDefinitionDocument",
    "SpecFile",
    "SpecFileSource",
    "SpecFileSourceType",
    "SpecGeneratedCollection",
    "SpecPageMeta",
    "SpecSyncOptions",
    "SpecTask",
    "SpecTaskMeta",
    "SpecTaskResource",
    "SpecTaskResources",
    "SpecTaskStatus",
    "SpecVersionTag",
    "SpecVersionTagEntry",
    "TagAssignment",
    "TaggedEntitiesPage",
    "TaggedEntity",
    "Team",
    "TeamAccessRequest",
    "TeamAccessRequestDecision",
    "TeamAccessRequestSummary",
    "TeamEntityReference",
    "TeamEntityReferenceEntityType",
    "TeamEntityRoleResult",
    "TeamIdentifierType",
    "TeamPageMetadata",
    "TeamRole",
    "TeamRoleChangeSet",
    "TeamRoleGrants",
    "TeamSettings",
    "TeamSettingsResult",
    "TeamUser",
    "TeamUserList",
    "TransferCollectionFoldersRequest",
    "TransferCollectionRequestsRequest",
    "TransferCollectionResponsesRequest",
    "TransferWorkspaceElementRequest",
    "TransferWorkspaceElementRequestType",
    "TransferWorkspaceElementResponse",
    "TransferWorkspaceToTeamRequest",
    "TransferWorkspaceToTeamResponse",
    "TransformCollectionToOpenApiFormat",
    "TransformCollectionToOpenAPIResponse",
    "UnpublishMockResponse",
    "UpdateCollectionFolderRequest",
    "UpdateCollectionFolderResponse",
    "UpdateCollectionRequestRequest",
    "UpdateCollectionRequestResponse",
    "UpdateCollectionResponseRequest",
    "UpdateCollectionResponseResponse",
    "UpdateCollectionRolesRequest",
    "UpdateCollectionTagsRequest",
    "UpdateComponentDraftRequest",
    "UpdateComponentDraftRequestFormat",
    "UpdateComponentDraftResponse",
    "UpdateComponentRequest",
    "UpdateComponentRequestStatus",
    "UpdateComponentResponse",
    "UpdateDetectedSecretResolutionsRequest",
    "UpdateDetectedSecretResolutionsRequestResolution",
    "UpdateDetectedSecretResolutionsResponse",
    "UpdateMockRequest",
    "UpdateMockResponse",
    "UpdateMockServerResponseRequest",
    "UpdateMonitorRequest",
    "UpdateMonitorResponse",
    "UpdatePackageRequest",
    "UpdatePanElementOrFolderRequest",
    "UpdatePanElementOrFolderRequestWorkspace",
    "UpdatePullRequestRequest",
    "UpdatePullRequestResponse",
    "UpdateSdkGitConnectionRequest",
    "UpdateSdkGitConnectionRequestStatus",
    "UpdateSpecFileRequest",
    "UpdateSpecFileRequestType",
    "UpdateSpecPropertiesRequest",
    "UpdateSpecSyncOptionsRequest",
    "UpdateSpecSyncOptionsResponse",
    "UpdateTeamSettingsRequest",
    "UpdateTeamSettingsRequestSettings",
    "UpdateTeamSettingsRequestSettingsRfaForAddCollaborator",
    "UpdateTeamSettingsRequestSettingsRfaForAddMember",
    "UpdateWorkspaceGlobalVariablesRequest",
    "UpdateWorkspaceRequest",
    "UpdateWorkspaceResponse",
    "UpdateWorkspaceRolesRequest",
    "UpdateWorkspaceTagsRequest",
    "UrlCredentials",
    "UrlEncodedParam",
    "UrlPathSegment",
    "UrlQueryParam",
    "UsageCounter",
    "UserCollectionFork",
    "UserCollectionForksMeta",
    "UserGroup",
    "Webhook",
    "Workspace",
    "WorkspaceActivity",
    "WorkspaceActivityUser",
    "WorkspaceChanges",
    "WorkspaceChangesType",
    "WorkspaceCreateFields",
    "WorkspaceCreateFieldsType",
    "WorkspaceElementRef",
    "WorkspaceElementTransfer",
    "WorkspaceElementTransferResult",
    "WorkspaceGlobalVariable",
    "WorkspaceGlobalVariables",
    "WorkspaceIdName",
    "WorkspacePageMeta",
    "WorkspaceRoleAssignment",
    "WorkspaceRoleAssignmentList",
    "WorkspaceRoleCatalog",
    "WorkspaceRoleDefinition",
    "WorkspaceRoleGrant",
    "WorkspaceRolePatchOperation",
    "WorkspaceRolePatchOperationPath",
    "WorkspaceScimIds",
    "WorkspaceSummary",
    "WorkspaceTeamTransfer",
    "WorkspaceTeamTransferResult",
    "WorkspaceUpdate",
    "WorkspaceUpdateAuthor",
    "WorkspaceUpdateRelatedResource",
    "WorkspaceUpdateSaved",
)


def __getattr__(name: str) -> Any:
    try:
        module_name = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
