"""Operations of one tag, and the typed namespaces that call them.

DO NOT EDIT: generated from spec/ by scripts/regenerate.py (template spec/generator/templates/endpoint_init.py.jinja).
Each method loads its endpoint module on first call and hands it to the invoker it was built with.
"""

from __future__ import annotations

import importlib
import warnings
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence
    from typing import cast

    from ...models.add_workspace_to_private_network_request import AddWorkspaceToPrivateNetworkRequest
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.list_private_network_add_requests_direction import (
        ListPrivateNetworkAddRequestsDirection,
        check_list_private_network_add_requests_direction,
    )
    from ...models.list_private_network_add_requests_response import ListPrivateNetworkAddRequestsResponse
    from ...models.list_private_network_add_requests_sort import (
        ListPrivateNetworkAddRequestsSort,
        check_list_private_network_add_requests_sort,
    )
    from ...models.list_private_network_add_requests_status import (
        ListPrivateNetworkAddRequestsStatus,
        check_list_private_network_add_requests_status,
    )
    from ...models.list_private_network_add_requests_type import (
        ListPrivateNetworkAddRequestsType,
        check_list_private_network_add_requests_type,
    )
    from ...models.list_private_network_workspaces_direction import (
        ListPrivateNetworkWorkspacesDirection,
        check_list_private_network_workspaces_direction,
    )
    from ...models.list_private_network_workspaces_response import ListPrivateNetworkWorkspacesResponse
    from ...models.list_private_network_workspaces_sort import (
        ListPrivateNetworkWorkspacesSort,
        check_list_private_network_workspaces_sort,
    )
    from ...models.list_private_network_workspaces_type import (
        ListPrivateNetworkWorkspacesType,
        check_list_private_network_workspaces_type,
    )
    from ...models.private_network_element import PrivateNetworkElement
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.remove_workspace_from_private_network_response import RemoveWorkspaceFromPrivateNetworkResponse
    from ...models.respond_private_network_add_request_request import RespondPrivateNetworkAddRequestRequest
    from ...models.respond_private_network_add_request_response import RespondPrivateNetworkAddRequestResponse
    from ...models.update_pan_element_or_folder_request import UpdatePanElementOrFolderRequest
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class PrivateApiNetworkOperations:
    """Operations tagged private_api_network."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def list_private_network_workspaces(
        self,
        *,
        type_: ListPrivateNetworkWorkspacesType | Unset = UNSET,
        name: str | Unset = UNSET,
        summary: str | Unset = UNSET,
        description: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        added_by: int | Unset = UNSET,
        sort: ListPrivateNetworkWorkspacesSort | Unset = UNSET,
        direction: ListPrivateNetworkWorkspacesDirection | Unset = UNSET,
        created_by: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        parent_folder_id: int | Unset = UNSET,
    ) -> ListPrivateNetworkWorkspacesResponse:
        """List the workspaces in the Private API Network

        GET /network/private
        Lists the workspaces published in the team's Private API Network, optionally filtered
        by name, summary, description, publisher, creator or creation time. Pages are taken
        with `offset` and `limit`; `meta.totalCount` gives the number of matches.
        Enterprise plans only.

        Args:
            type_: The ``type`` query parameter (``ListPrivateNetworkWorkspacesType``, optional).
            name: The ``name`` query parameter (``str``, optional).
            summary: The ``summary`` query parameter (``str``, optional).
            description: The ``description`` query parameter (``str``, optional).
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).
            added_by: The ``addedBy`` query parameter (``int``, optional).
            sort: The ``sort`` query parameter (``ListPrivateNetworkWorkspacesSort``, optional).
            direction: The ``direction`` query parameter (``ListPrivateNetworkWorkspacesDirection``, optional).
            created_by: The ``createdBy`` query parameter (``int``, optional).
            offset: The ``offset`` query parameter (``int``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            parent_folder_id: The ``parentFolderId`` query parameter (``int``, optional).

        Returns:
            ``ListPrivateNetworkWorkspacesResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("list_private_network_workspaces")

        return self._invoke(
            operation,
            {},
            {
                "type_": type_,
                "name": name,
                "summary": summary,
                "description": description,
                "since": since,
                "until": until,
                "added_by": added_by,
                "sort": sort,
                "direction": direction,
                "created_by": created_by,
                "offset": offset,
                "limit": limit,
                "parent_folder_id": parent_folder_id,
            },
        )

    def add_workspace_to_private_network(
        self,
        *,
        body: AddWorkspaceToPrivateNetworkRequest | Mapping[str, Any],
    ) -> PrivateNetworkElement:
        """Publish a workspace in the Private API Network

        POST /network/private
        Publishes one of the team's workspaces in the Private API Network, where every team
        member can discover it. Enterprise plans only.

        Args:
            body: The request body: a ``AddWorkspaceToPrivateNetworkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PrivateNetworkElement``: the success body, read into its model.

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

        operation = _operation("add_workspace_to_private_network")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def list_private_network_add_requests(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        requested_by: int | Unset = UNSET,
        type_: ListPrivateNetworkAddRequestsType | Unset = UNSET,
        status: ListPrivateNetworkAddRequestsStatus | Unset = UNSET,
        name: str | Unset = UNSET,
        sort: ListPrivateNetworkAddRequestsSort | Unset = UNSET,
        direction: ListPrivateNetworkAddRequestsDirection | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListPrivateNetworkAddRequestsResponse:
        """List requests to publish workspaces

        GET /network/private/network-entity/request/all
        Lists the requests team members made to have a workspace published in the Private API
        Network, with the reply when one was denied with a message. Pages are taken with
        `offset` and `limit`. Enterprise plans only.

        Args:
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).
            requested_by: The ``requestedBy`` query parameter (``int``, optional).
            type_: The ``type`` query parameter (``ListPrivateNetworkAddRequestsType``, optional).
            status: The ``status`` query parameter (``ListPrivateNetworkAddRequestsStatus``, optional).
            name: The ``name`` query parameter (``str``, optional).
            sort: The ``sort`` query parameter (``ListPrivateNetworkAddRequestsSort``, optional).
            direction: The ``direction`` query parameter (``ListPrivateNetworkAddRequestsDirection``, optional).
            offset: The ``offset`` query parameter (``int``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``ListPrivateNetworkAddRequestsResponse``: the success body, read into its model.

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

        operation = _operation("list_private_network_add_requests")

        return self._invoke(
            operation,
            {},
            {
                "since": since,
                "until": until,
                "requested_by": requested_by,
                "type_": type_,
                "status": status,
                "name": name,
                "sort": sort,
                "direction": direction,
                "offset": offset,
                "limit": limit,
            },
        )

    def respond_private_network_add_request(
        self,
        request_id: int | Resource,
        *,
        body: RespondPrivateNetworkAddRequestRequest | Mapping[str, Any],
    ) -> RespondPrivateNetworkAddRequestResponse:
        """Approve or deny a request to publish a workspace

        PUT /network/private/network-entity/request/{request_id}
        Approves or denies a member's request to publish a workspace. An approved workspace
        appears in the Private API Network at once; a denial may carry a message for the
        requester. Only team managers may respond. Enterprise plans only.

        Args:
            request_id: The request: its id or uid, or a model that has one.
            body: The request body: a ``RespondPrivateNetworkAddRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``RespondPrivateNetworkAddRequestResponse``: the success body, read into its model.

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

        operation = _operation("respond_private_network_add_request")

        return self._invoke(
            operation,
            {
                "request_id": request_id,
            },
            {
                "body": body,
            },
        )

    def update_pan_element_or_folder(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdatePanElementOrFolderRequest | Mapping[str, Any],
    ) -> Any:
        """Move a published workspace to another folder (deprecated)

        PUT /network/private/workspace/{workspace_id}
        Deprecated: the Private API Network no longer has folders, so there is nothing left
        for this endpoint to change. Kept for existing callers. Enterprise plans only.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdatePanElementOrFolderRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Any``: the success body, read into its model.

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

        operation = _operation("update_pan_element_or_folder")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    def remove_workspace_from_private_network(
        self,
        workspace_id: str | Resource,
    ) -> RemoveWorkspaceFromPrivateNetworkResponse:
        """Remove a workspace from the Private API Network

        DELETE /network/private/workspace/{workspace_id}
        Takes a workspace out of the Private API Network. The workspace itself and its
        contents are kept; it is only no longer listed in the network. Enterprise plans only.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.

        Returns:
            ``RemoveWorkspaceFromPrivateNetworkResponse``: the success body, read into its model.

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

        operation = _operation("remove_workspace_from_private_network")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )

    def delete_pan_workspace(
        self,
        workspace_id: str | Resource,
    ) -> RemoveWorkspaceFromPrivateNetworkResponse:
        """Deprecated alias of :meth:`remove_workspace_from_private_network`, removed in postman-ext 0.2.0.

        DELETE /network/private/workspace/{workspace_id}

        Postman's API definition called this operation ``deletePanWorkspace``. Calling this method warns
        with a DeprecationWarning, then does exactly what :meth:`remove_workspace_from_private_network` does.
        """

        warnings.warn(
            "private_api_network.delete_pan_workspace() is deprecated since postman-ext 0.1.0 and will be removed in 0.2.0; use private_api_network.remove_workspace_from_private_network()",
            DeprecationWarning,
            stacklevel=2,
        )
        operation = _operation("remove_workspace_from_private_network")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )


class AsyncPrivateApiNetworkOperations:
    """Operations tagged private_api_network, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def list_private_network_workspaces(
        self,
        *,
        type_: ListPrivateNetworkWorkspacesType | Unset = UNSET,
        name: str | Unset = UNSET,
        summary: str | Unset = UNSET,
        description: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        added_by: int | Unset = UNSET,
        sort: ListPrivateNetworkWorkspacesSort | Unset = UNSET,
        direction: ListPrivateNetworkWorkspacesDirection | Unset = UNSET,
        created_by: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        parent_folder_id: int | Unset = UNSET,
    ) -> ListPrivateNetworkWorkspacesResponse:
        """List the workspaces in the Private API Network

        GET /network/private
        Lists the workspaces published in the team's Private API Network, optionally filtered
        by name, summary, description, publisher, creator or creation time. Pages are taken
        with `offset` and `limit`; `meta.totalCount` gives the number of matches.
        Enterprise plans only.

        Args:
            type_: The ``type`` query parameter (``ListPrivateNetworkWorkspacesType``, optional).
            name: The ``name`` query parameter (``str``, optional).
            summary: The ``summary`` query parameter (``str``, optional).
            description: The ``description`` query parameter (``str``, optional).
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).
            added_by: The ``addedBy`` query parameter (``int``, optional).
            sort: The ``sort`` query parameter (``ListPrivateNetworkWorkspacesSort``, optional).
            direction: The ``direction`` query parameter (``ListPrivateNetworkWorkspacesDirection``, optional).
            created_by: The ``createdBy`` query parameter (``int``, optional).
            offset: The ``offset`` query parameter (``int``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            parent_folder_id: The ``parentFolderId`` query parameter (``int``, optional).

        Returns:
            ``ListPrivateNetworkWorkspacesResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("list_private_network_workspaces")

        return await self._invoke(
            operation,
            {},
            {
                "type_": type_,
                "name": name,
                "summary": summary,
                "description": description,
                "since": since,
                "until": until,
                "added_by": added_by,
                "sort": sort,
                "direction": direction,
                "created_by": created_by,
                "offset": offset,
                "limit": limit,
                "parent_folder_id": parent_folder_id,
            },
        )

    async def add_workspace_to_private_network(
        self,
        *,
        body: AddWorkspaceToPrivateNetworkRequest | Mapping[str, Any],
    ) -> PrivateNetworkElement:
        """Publish a workspace in the Private API Network

        POST /network/private
        Publishes one of the team's workspaces in the Private API Network, where every team
        member can discover it. Enterprise plans only.

        Args:
            body: The request body: a ``AddWorkspaceToPrivateNetworkRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PrivateNetworkElement``: the success body, read into its model.

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

        operation = _operation("add_workspace_to_private_network")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def list_private_network_add_requests(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        requested_by: int | Unset = UNSET,
        type_: ListPrivateNetworkAddRequestsType | Unset = UNSET,
        status: ListPrivateNetworkAddRequestsStatus | Unset = UNSET,
        name: str | Unset = UNSET,
        sort: ListPrivateNetworkAddRequestsSort | Unset = UNSET,
        direction: ListPrivateNetworkAddRequestsDirection | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> ListPrivateNetworkAddRequestsResponse:
        """List requests to publish workspaces

        GET /network/private/network-entity/request/all
        Lists the requests team members made to have a workspace published in the Private API
        Network, with the reply when one was denied with a message. Pages are taken with
        `offset` and `limit`. Enterprise plans only.

        Args:
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).
            requested_by: The ``requestedBy`` query parameter (``int``, optional).
            type_: The ``type`` query parameter (``ListPrivateNetworkAddRequestsType``, optional).
            status: The ``status`` query parameter (``ListPrivateNetworkAddRequestsStatus``, optional).
            name: The ``name`` query parameter (``str``, optional).
            sort: The ``sort`` query parameter (``ListPrivateNetworkAddRequestsSort``, optional).
            direction: The ``direction`` query parameter (``ListPrivateNetworkAddRequestsDirection``, optional).
            offset: The ``offset`` query parameter (``int``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``ListPrivateNetworkAddRequestsResponse``: the success body, read into its model.

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

        operation = _operation("list_private_network_add_requests")

        return await self._invoke(
            operation,
            {},
            {
                "since": since,
                "until": until,
                "requested_by": requested_by,
                "type_": type_,
                "status": status,
                "name": name,
                "sort": sort,
                "direction": direction,
                "offset": offset,
                "limit": limit,
            },
        )

    async def respond_private_network_add_request(
        self,
        request_id: int | Resource,
        *,
        body: RespondPrivateNetworkAddRequestRequest | Mapping[str, Any],
    ) -> RespondPrivateNetworkAddRequestResponse:
        """Approve or deny a request to publish a workspace

        PUT /network/private/network-entity/request/{request_id}
        Approves or denies a member's request to publish a workspace. An approved workspace
        appears in the Private API Network at once; a denial may carry a message for the
        requester. Only team managers may respond. Enterprise plans only.

        Args:
            request_id: The request: its id or uid, or a model that has one.
            body: The request body: a ``RespondPrivateNetworkAddRequestRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``RespondPrivateNetworkAddRequestResponse``: the success body, read into its model.

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

        operation = _operation("respond_private_network_add_request")

        return await self._invoke(
            operation,
            {
                "request_id": request_id,
            },
            {
                "body": body,
            },
        )

    async def update_pan_element_or_folder(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdatePanElementOrFolderRequest | Mapping[str, Any],
    ) -> Any:
        """Move a published workspace to another folder (deprecated)

        PUT /network/private/workspace/{workspace_id}
        Deprecated: the Private API Network no longer has folders, so there is nothing left
        for this endpoint to change. Kept for existing callers. Enterprise plans only.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdatePanElementOrFolderRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``Any``: the success body, read into its model.

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

        operation = _operation("update_pan_element_or_folder")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    async def remove_workspace_from_private_network(
        self,
        workspace_id: str | Resource,
    ) -> RemoveWorkspaceFromPrivateNetworkResponse:
        """Remove a workspace from the Private API Network

        DELETE /network/private/workspace/{workspace_id}
        Takes a workspace out of the Private API Network. The workspace itself and its
        contents are kept; it is only no longer listed in the network. Enterprise plans only.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.

        Returns:
            ``RemoveWorkspaceFromPrivateNetworkResponse``: the success body, read into its model.

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

        operation = _operation("remove_workspace_from_private_network")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )

    async def delete_pan_workspace(
        self,
        workspace_id: str | Resource,
    ) -> RemoveWorkspaceFromPrivateNetworkResponse:
        """Deprecated alias of :meth:`remove_workspace_from_private_network`, removed in postman-ext 0.2.0.

        DELETE /network/private/workspace/{workspace_id}

        Postman's API definition called this operation ``deletePanWorkspace``. Calling this method warns
        with a DeprecationWarning, then does exactly what :meth:`remove_workspace_from_private_network` does.
        """

        warnings.warn(
            "private_api_network.delete_pan_workspace() is deprecated since postman-ext 0.1.0 and will be removed in 0.2.0; use private_api_network.remove_workspace_from_private_network()",
            DeprecationWarning,
            stacklevel=2,
        )
        operation = _operation("remove_workspace_from_private_network")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )
