"""Every operation of the Postman API, grouped into namespaces by first tag.

DO NOT EDIT: generated from spec/ by scripts/regenerate.py (template spec/generator/templates/api_init.py.jinja).

``Operations`` and ``AsyncOperations`` give one typed attribute per namespace; a subclass
supplies ``_invoke``, which receives the endpoint module, the path arguments and the other
arguments of each call. Namespace modules load on first access.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from types import ModuleType

    from .analytics import AnalyticsOperations, AsyncAnalyticsOperations
    from .api_security import ApiSecurityOperations, AsyncApiSecurityOperations
    from .audit_logs import AsyncAuditLogsOperations, AuditLogsOperations
    from .billing import AsyncBillingOperations, BillingOperations
    from .collection_access_keys import AsyncCollectionAccessKeysOperations, CollectionAccessKeysOperations
    from .collection_folders import AsyncCollectionFoldersOperations, CollectionFoldersOperations
    from .collection_items import AsyncCollectionItemsOperations, CollectionItemsOperations
    from .collection_requests import AsyncCollectionRequestsOperations, CollectionRequestsOperations
    from .collection_responses import AsyncCollectionResponsesOperations, CollectionResponsesOperations
    from .collections import AsyncCollectionsOperations, CollectionsOperations
    from .comments import AsyncCommentsOperations, CommentsOperations
    from .components import AsyncComponentsOperations, ComponentsOperations
    from .environments import AsyncEnvironmentsOperations, EnvironmentsOperations
    from .groups import AsyncGroupsOperations, GroupsOperations
    from .import_ import AsyncImportOperations, ImportOperations
    from .mocks import AsyncMocksOperations, MocksOperations
    from .monitors import AsyncMonitorsOperations, MonitorsOperations
    from .o_auth_2_0 import AsyncOauth2Operations, Oauth2Operations
    from .packages import AsyncPackagesOperations, PackagesOperations
    from .postbot import AsyncPostbotOperations, PostbotOperations
    from .private_api_network import AsyncPrivateApiNetworkOperations, PrivateApiNetworkOperations
    from .pull_requests import AsyncPullRequestsOperations, PullRequestsOperations
    from .sd_ks import AsyncSdksOperations, SdksOperations
    from .search import AsyncSearchOperations, SearchOperations
    from .secret_scanner import AsyncSecretScannerOperations, SecretScannerOperations
    from .service_accounts import AsyncServiceAccountsOperations, ServiceAccountsOperations
    from .specs import AsyncSpecsOperations, SpecsOperations
    from .tags import AsyncTagsOperations, TagsOperations
    from .teams import AsyncTeamsOperations, TeamsOperations
    from .users import AsyncUsersOperations, UsersOperations
    from .webhooks import AsyncWebhooksOperations, WebhooksOperations
    from .workspaces import AsyncWorkspacesOperations, WorkspacesOperations


class HasId(Protocol):
    """Any object with an ``id``, such as a model returned by the API."""

    @property
    def id(self) -> object: ...


class HasUid(Protocol):
    """Any object with a ``uid``, such as a model returned by the API."""

    @property
    def uid(self) -> object: ...


Resource = HasUid | HasId
"""What a path parameter accepts besides its plain value: a model that carries the id or uid."""


class Invoker(Protocol):
    """Sends one operation: ``invoke(endpoint_module, path_arguments, other_arguments)``."""

    def __call__(self, operation: ModuleType, path: dict[str, Any], arguments: dict[str, Any]) -> Any: ...


class AsyncInvoker(Protocol):
    """The coroutine form of :class:`Invoker`."""

    async def __call__(self, operation: ModuleType, path: dict[str, Any], arguments: dict[str, Any]) -> Any: ...


NAMESPACES: tuple[str, ...] = (
    "analytics",
    "api_security",
    "audit_logs",
    "billing",
    "collection_access_keys",
    "collection_folders",
    "collection_items",
    "collection_requests",
    "collection_responses",
    "collections",
    "comments",
    "components",
    "environments",
    "groups",
    "import_",
    "mocks",
    "monitors",
    "oauth2",
    "packages",
    "postbot",
    "private_api_network",
    "pull_requests",
    "sdks",
    "search",
    "secret_scanner",
    "service_accounts",
    "specs",
    "tags",
    "teams",
    "users",
    "webhooks",
    "workspaces",
)
"""Attribute names of every namespace."""


class Operations:
    """One attribute per namespace; subclasses set ``_invoke``."""

    _invoke: Invoker

    @cached_property
    def analytics(self) -> AnalyticsOperations:
        """Operations tagged analytics."""
        from .analytics import AnalyticsOperations

        return AnalyticsOperations(self._invoke)

    @cached_property
    def api_security(self) -> ApiSecurityOperations:
        """Operations tagged api_security."""
        from .api_security import ApiSecurityOperations

        return ApiSecurityOperations(self._invoke)

    @cached_property
    def audit_logs(self) -> AuditLogsOperations:
        """Operations tagged audit_logs."""
        from .audit_logs import AuditLogsOperations

        return AuditLogsOperations(self._invoke)

    @cached_property
    def billing(self) -> BillingOperations:
        """Operations tagged billing."""
        from .billing import BillingOperations

        return BillingOperations(self._invoke)

    @cached_property
    def collection_access_keys(self) -> CollectionAccessKeysOperations:
        """Operations tagged collection_access_keys."""
        from .collection_access_keys import CollectionAccessKeysOperations

        return CollectionAccessKeysOperations(self._invoke)

    @cached_property
    def collection_folders(self) -> CollectionFoldersOperations:
        """Operations tagged collection_folders."""
        from .collection_folders import CollectionFoldersOperations

        return CollectionFoldersOperations(self._invoke)

    @cached_property
    def collection_items(self) -> CollectionItemsOperations:
        """Operations tagged collection_items."""
        from .collection_items import CollectionItemsOperations

        return CollectionItemsOperations(self._invoke)

    @cached_property
    def collection_requests(self) -> CollectionRequestsOperations:
        """Operations tagged collection_requests."""
        from .collection_requests import CollectionRequestsOperations

        return CollectionRequestsOperations(self._invoke)

    @cached_property
    def collection_responses(self) -> CollectionResponsesOperations:
        """Operations tagged collection_responses."""
        from .collection_responses import CollectionResponsesOperations

        return CollectionResponsesOperations(self._invoke)

    @cached_property
    def collections(self) -> CollectionsOperations:
        """Operations tagged collections."""
        from .collections import CollectionsOperations

        return CollectionsOperations(self._invoke)

    @cached_property
    def comments(self) -> CommentsOperations:
        """Operations tagged comments."""
        from .comments import CommentsOperations

        return CommentsOperations(self._invoke)

    @cached_property
    def components(self) -> ComponentsOperations:
        """Operations tagged components."""
        from .components import ComponentsOperations

        return ComponentsOperations(self._invoke)

    @cached_property
    def environments(self) -> EnvironmentsOperations:
        """Operations tagged environments."""
        from .environments import EnvironmentsOperations

        return EnvironmentsOperations(self._invoke)

    @cached_property
    def groups(self) -> GroupsOperations:
        """Operations tagged groups."""
        from .groups import GroupsOperations

        return GroupsOperations(self._invoke)

    @cached_property
    def import_(self) -> ImportOperations:
        """Operations tagged import_."""
        from .import_ import ImportOperations

        return ImportOperations(self._invoke)

    @cached_property
    def mocks(self) -> MocksOperations:
        """Operations tagged mocks."""
        from .mocks import MocksOperations

        return MocksOperations(self._invoke)

    @cached_property
    def monitors(self) -> MonitorsOperations:
        """Operations tagged monitors."""
        from .monitors import MonitorsOperations

        return MonitorsOperations(self._invoke)

    @cached_property
    def oauth2(self) -> Oauth2Operations:
        """Operations tagged o_auth_2_0."""
        from .o_auth_2_0 import Oauth2Operations

        return Oauth2Operations(self._invoke)

    @cached_property
    def packages(self) -> PackagesOperations:
        """Operations tagged packages."""
        from .packages import PackagesOperations

        return PackagesOperations(self._invoke)

    @cached_property
    def postbot(self) -> PostbotOperations:
        """Operations tagged postbot."""
        from .postbot import PostbotOperations

        return PostbotOperations(self._invoke)

    @cached_property
    def private_api_network(self) -> PrivateApiNetworkOperations:
        """Operations tagged private_api_network."""
        from .private_api_network import PrivateApiNetworkOperations

        return PrivateApiNetworkOperations(self._invoke)

    @cached_property
    def pull_requests(self) -> PullRequestsOperations:
        """Operations tagged pull_requests."""
        from .pull_requests import PullRequestsOperations

        return PullRequestsOperations(self._invoke)

    @cached_property
    def sdks(self) -> SdksOperations:
        """Operations tagged sd_ks."""
        from .sd_ks import SdksOperations

        return SdksOperations(self._invoke)

    @cached_property
    def search(self) -> SearchOperations:
        """Operations tagged search."""
        from .search import SearchOperations

        return SearchOperations(self._invoke)

    @cached_property
    def secret_scanner(self) -> SecretScannerOperations:
        """Operations tagged secret_scanner."""
        from .secret_scanner import SecretScannerOperations

        return SecretScannerOperations(self._invoke)

    @cached_property
    def service_accounts(self) -> ServiceAccountsOperations:
        """Operations tagged service_accounts."""
        from .service_accounts import ServiceAccountsOperations

        return ServiceAccountsOperations(self._invoke)

    @cached_property
    def specs(self) -> SpecsOperations:
        """Operations tagged specs."""
        from .specs import SpecsOperations

        return SpecsOperations(self._invoke)

    @cached_property
    def tags(self) -> TagsOperations:
        """Operations tagged tags."""
        from .tags import TagsOperations

        return TagsOperations(self._invoke)

    @cached_property
    def teams(self) -> TeamsOperations:
        """Operations tagged teams."""
        from .teams import TeamsOperations

        return TeamsOperations(self._invoke)

    @cached_property
    def users(self) -> UsersOperations:
        """Operations tagged users."""
        from .users import UsersOperations

        return UsersOperations(self._invoke)

    @cached_property
    def webhooks(self) -> WebhooksOperations:
        """Operations tagged webhooks."""
        from .webhooks import WebhooksOperations

        return WebhooksOperations(self._invoke)

    @cached_property
    def workspaces(self) -> WorkspacesOperations:
        """Operations tagged workspaces."""
        from .workspaces import WorkspacesOperations

        return WorkspacesOperations(self._invoke)


class AsyncOperations:
    """One attribute per namespace, with coroutine methods; subclasses set ``_invoke``."""

    _invoke: AsyncInvoker

    @cached_property
    def analytics(self) -> AsyncAnalyticsOperations:
        """Operations tagged analytics."""
        from .analytics import AsyncAnalyticsOperations

        return AsyncAnalyticsOperations(self._invoke)

    @cached_property
    def api_security(self) -> AsyncApiSecurityOperations:
        """Operations tagged api_security."""
        from .api_security import AsyncApiSecurityOperations

        return AsyncApiSecurityOperations(self._invoke)

    @cached_property
    def audit_logs(self) -> AsyncAuditLogsOperations:
        """Operations tagged audit_logs."""
        from .audit_logs import AsyncAuditLogsOperations

        return AsyncAuditLogsOperations(self._invoke)

    @cached_property
    def billing(self) -> AsyncBillingOperations:
        """Operations tagged billing."""
        from .billing import AsyncBillingOperations

        return AsyncBillingOperations(self._invoke)

    @cached_property
    def collection_access_keys(self) -> AsyncCollectionAccessKeysOperations:
        """Operations tagged collection_access_keys."""
        from .collection_access_keys import AsyncCollectionAccessKeysOperations

        return AsyncCollectionAccessKeysOperations(self._invoke)

    @cached_property
    def collection_folders(self) -> AsyncCollectionFoldersOperations:
        """Operations tagged collection_folders."""
        from .collection_folders import AsyncCollectionFoldersOperations

        return AsyncCollectionFoldersOperations(self._invoke)

    @cached_property
    def collection_items(self) -> AsyncCollectionItemsOperations:
        """Operations tagged collection_items."""
        from .collection_items import AsyncCollectionItemsOperations

        return AsyncCollectionItemsOperations(self._invoke)

    @cached_property
    def collection_requests(self) -> AsyncCollectionRequestsOperations:
        """Operations tagged collection_requests."""
        from .collection_requests import AsyncCollectionRequestsOperations

        return AsyncCollectionRequestsOperations(self._invoke)

    @cached_property
    def collection_responses(self) -> AsyncCollectionResponsesOperations:
        """Operations tagged collection_responses."""
        from .collection_responses import AsyncCollectionResponsesOperations

        return AsyncCollectionResponsesOperations(self._invoke)

    @cached_property
    def collections(self) -> AsyncCollectionsOperations:
        """Operations tagged collections."""
        from .collections import AsyncCollectionsOperations

        return AsyncCollectionsOperations(self._invoke)

    @cached_property
    def comments(self) -> AsyncCommentsOperations:
        """Operations tagged comments."""
        from .comments import AsyncCommentsOperations

        return AsyncCommentsOperations(self._invoke)

    @cached_property
    def components(self) -> AsyncComponentsOperations:
        """Operations tagged components."""
        from .components import AsyncComponentsOperations

        return AsyncComponentsOperations(self._invoke)

    @cached_property
    def environments(self) -> AsyncEnvironmentsOperations:
        """Operations tagged environments."""
        from .environments import AsyncEnvironmentsOperations

        return AsyncEnvironmentsOperations(self._invoke)

    @cached_property
    def groups(self) -> AsyncGroupsOperations:
        """Operations tagged groups."""
        from .groups import AsyncGroupsOperations

        return AsyncGroupsOperations(self._invoke)

    @cached_property
    def import_(self) -> AsyncImportOperations:
        """Operations tagged import_."""
        from .import_ import AsyncImportOperations

        return AsyncImportOperations(self._invoke)

    @cached_property
    def mocks(self) -> AsyncMocksOperations:
        """Operations tagged mocks."""
        from .mocks import AsyncMocksOperations

        return AsyncMocksOperations(self._invoke)

    @cached_property
    def monitors(self) -> AsyncMonitorsOperations:
        """Operations tagged monitors."""
        from .monitors import AsyncMonitorsOperations

        return AsyncMonitorsOperations(self._invoke)

    @cached_property
    def oauth2(self) -> AsyncOauth2Operations:
        """Operations tagged o_auth_2_0."""
        from .o_auth_2_0 import AsyncOauth2Operations

        return AsyncOauth2Operations(self._invoke)

    @cached_property
    def packages(self) -> AsyncPackagesOperations:
        """Operations tagged packages."""
        from .packages import AsyncPackagesOperations

        return AsyncPackagesOperations(self._invoke)

    @cached_property
    def postbot(self) -> AsyncPostbotOperations:
        """Operations tagged postbot."""
        from .postbot import AsyncPostbotOperations

        return AsyncPostbotOperations(self._invoke)

    @cached_property
    def private_api_network(self) -> AsyncPrivateApiNetworkOperations:
        """Operations tagged private_api_network."""
        from .private_api_network import AsyncPrivateApiNetworkOperations

        return AsyncPrivateApiNetworkOperations(self._invoke)

    @cached_property
    def pull_requests(self) -> AsyncPullRequestsOperations:
        """Operations tagged pull_requests."""
        from .pull_requests import AsyncPullRequestsOperations

        return AsyncPullRequestsOperations(self._invoke)

    @cached_property
    def sdks(self) -> AsyncSdksOperations:
        """Operations tagged sd_ks."""
        from .sd_ks import AsyncSdksOperations

        return AsyncSdksOperations(self._invoke)

    @cached_property
    def search(self) -> AsyncSearchOperations:
        """Operations tagged search."""
        from .search import AsyncSearchOperations

        return AsyncSearchOperations(self._invoke)

    @cached_property
    def secret_scanner(self) -> AsyncSecretScannerOperations:
        """Operations tagged secret_scanner."""
        from .secret_scanner import AsyncSecretScannerOperations

        return AsyncSecretScannerOperations(self._invoke)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsOperations:
        """Operations tagged service_accounts."""
        from .service_accounts import AsyncServiceAccountsOperations

        return AsyncServiceAccountsOperations(self._invoke)

    @cached_property
    def specs(self) -> AsyncSpecsOperations:
        """Operations tagged specs."""
        from .specs import AsyncSpecsOperations

        return AsyncSpecsOperations(self._invoke)

    @cached_property
    def tags(self) -> AsyncTagsOperations:
        """Operations tagged tags."""
        from .tags import AsyncTagsOperations

        return AsyncTagsOperations(self._invoke)

    @cached_property
    def teams(self) -> AsyncTeamsOperations:
        """Operations tagged teams."""
        from .teams import AsyncTeamsOperations

        return AsyncTeamsOperations(self._invoke)

    @cached_property
    def users(self) -> AsyncUsersOperations:
        """Operations tagged users."""
        from .users import AsyncUsersOperations

        return AsyncUsersOperations(self._invoke)

    @cached_property
    def webhooks(self) -> AsyncWebhooksOperations:
        """Operations tagged webhooks."""
        from .webhooks import AsyncWebhooksOperations

        return AsyncWebhooksOperations(self._invoke)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesOperations:
        """Operations tagged workspaces."""
        from .workspaces import AsyncWorkspacesOperations

        return AsyncWorkspacesOperations(self._invoke)
