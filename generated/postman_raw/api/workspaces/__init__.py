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

    from ...models.create_workspace_request import CreateWorkspaceRequest
    from ...models.create_workspace_response import CreateWorkspaceResponse
    from ...models.create_workspace_update_request import CreateWorkspaceUpdateRequest
    from ...models.delete_workspace_response import DeleteWorkspaceResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_all_workspace_roles_response import GetAllWorkspaceRolesResponse
    from ...models.get_workspace_activity_feed_element_type import (
        GetWorkspaceActivityFeedElementType,
        check_get_workspace_activity_feed_element_type,
    )
    from ...models.get_workspace_activity_feed_response import GetWorkspaceActivityFeedResponse
    from ...models.get_workspace_response import GetWorkspaceResponse
    from ...models.get_workspace_roles_include import GetWorkspaceRolesInclude, check_get_workspace_roles_include
    from ...models.get_workspace_updates_response import GetWorkspaceUpdatesResponse
    from ...models.get_workspaces_element_type import GetWorkspacesElementType, check_get_workspaces_element_type
    from ...models.get_workspaces_include import GetWorkspacesInclude, check_get_workspaces_include
    from ...models.get_workspaces_response import GetWorkspacesResponse
    from ...models.get_workspaces_type import GetWorkspacesType, check_get_workspaces_type
    from ...models.partner_invite_outcome import PartnerInviteOutcome
    from ...models.partner_removal_outcome import PartnerRemovalOutcome
    from ...models.partner_team_removal import PartnerTeamRemoval
    from ...models.partner_workspace_invite import PartnerWorkspaceInvite
    from ...models.partner_workspace_removal import PartnerWorkspaceRemoval
    from ...models.patch_workspace_update_request import PatchWorkspaceUpdateRequest
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.transfer_workspace_element_request import TransferWorkspaceElementRequest
    from ...models.transfer_workspace_element_response import TransferWorkspaceElementResponse
    from ...models.transfer_workspace_to_team_request import TransferWorkspaceToTeamRequest
    from ...models.transfer_workspace_to_team_response import TransferWorkspaceToTeamResponse
    from ...models.update_workspace_global_variables_request import UpdateWorkspaceGlobalVariablesRequest
    from ...models.update_workspace_request import UpdateWorkspaceRequest
    from ...models.update_workspace_response import UpdateWorkspaceResponse
    from ...models.update_workspace_roles_request import UpdateWorkspaceRolesRequest
    from ...models.workspace_global_variables import WorkspaceGlobalVariables
    from ...models.workspace_role_assignment_list import WorkspaceRoleAssignmentList
    from ...models.workspace_update import WorkspaceUpdate
    from ...models.workspace_update_saved import WorkspaceUpdateSaved
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class WorkspacesOperations:
    """Operations tagged workspaces."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def manage_partner_workspace_invites(
        self,
        *,
        body: PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval | Mapping[str, Any],
    ) -> PartnerInviteOutcome | PartnerRemovalOutcome:
        """Invite partners to, or remove them from, Partner Workspaces

        POST /invitations
        One endpoint for three actions, chosen by `action` and `targetEntity`:

        - `invite_partner` on a `workspace`: invites the email addresses to a Partner Workspace.
          People already in the partnership join at once; everyone else gets an email.
        - `remove_partner` on a `workspace`: takes the listed partners out of that workspace.
        - `remove_partner` on a `team`: ends the listed partners' partnership with the team,
          which also removes them from every Partner Workspace of the team.

        Team and Enterprise plans only. On Team plans inviting and removing from a workspace needs
        the Workspace Editor role and removing from the whole partnership needs Admin; on
        Enterprise plans the Partner Manager role can do all three.

        Args:
            body: The request body: a ``PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PartnerInviteOutcome | PartnerRemovalOutcome``: the success body, read into its model.

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

        operation = _operation("manage_partner_workspace_invites")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def get_workspaces(
        self,
        *,
        type_: GetWorkspacesType | Unset = UNSET,
        created_by: int | Unset = UNSET,
        include: GetWorkspacesInclude | Unset = UNSET,
        element_type: GetWorkspacesElementType | Unset = UNSET,
        element_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetWorkspacesResponse:
        """List workspaces

        GET /workspaces
        Lists the workspaces the key's user can see, optionally filtered by type, creator, or the
        element a workspace holds. Pages with `cursor` and `limit`; `meta` appears only when
        `limit` is sent. This endpoint has a tighter rate limit than most (10 requests per
        10 seconds).

        Args:
            type_: The ``type`` query parameter (``GetWorkspacesType``, optional).
            created_by: The ``createdBy`` query parameter (``int``, optional).
            include: The ``include`` query parameter (``GetWorkspacesInclude``, optional).
            element_type: The ``elementType`` query parameter (``GetWorkspacesElementType``, optional).
            element_id: The ``elementId`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetWorkspacesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_workspaces")

        return self._invoke(
            operation,
            {},
            {
                "type_": type_,
                "created_by": created_by,
                "include": include,
                "element_type": element_type,
                "element_id": element_id,
                "cursor": cursor,
                "limit": limit,
            },
        )

    def create_workspace(
        self,
        *,
        body: CreateWorkspaceRequest | Mapping[str, Any],
    ) -> CreateWorkspaceResponse:
        """Create a workspace

        POST /workspaces
        Creates a workspace. `private` and `partner` workspaces need a Team or Enterprise plan.
        When Postman Organizations is enabled, `teamId` says which team owns the new workspace.

        Args:
            body: The request body: a ``CreateWorkspaceRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateWorkspaceResponse``: the success body, read into its model.

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

        operation = _operation("create_workspace")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    def get_all_workspace_roles(
        self,
    ) -> GetAllWorkspaceRolesResponse:
        """List the roles a workspace can grant

        GET /workspaces-roles
        Lists every workspace role there is, grouped by who can hold it: users, user groups and
        partners. The `id` values are what PATCH /workspaces/{workspaceId}/roles expects.

        Returns:
            ``GetAllWorkspaceRolesResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_all_workspace_roles")

        return self._invoke(operation, {}, {})

    def get_workspace(
        self,
        workspace_id: str | Resource,
        *,
        include: str | Unset = UNSET,
    ) -> GetWorkspaceResponse:
        """Get a workspace

        GET /workspaces/{workspace_id}
        Returns a workspace with the collections, environments, mock servers, monitors, APIs and
        specifications it holds. `visibility` says who can open it: `personal` (only its
        creator), `team` (the whole team), `private` (invited team members), `public` (everyone)
        or `partner` (invited team members and partners).

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``str``, optional).

        Returns:
            ``GetWorkspaceResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_workspace")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "include": include,
            },
        )

    def update_workspace(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdateWorkspaceRequest | Mapping[str, Any],
    ) -> UpdateWorkspaceResponse:
        """Update a workspace

        PUT /workspaces/{workspace_id}
        Renames a workspace, changes its description or summary, or changes its type. Some type
        changes are refused: on Free and Solo plans `private` to `public`, `public` to `private`
        and `private` to `personal`; for team users `public` to `personal`. Public workspace
        names must be unique, and publishing public workspaces is rate-limited.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdateWorkspaceRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateWorkspaceResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_workspace")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    def delete_workspace(
        self,
        workspace_id: str | Resource,
    ) -> DeleteWorkspaceResponse:
        """Delete a workspace

        DELETE /workspaces/{workspace_id}
        Deletes a workspace. An unknown workspace id is answered with 400
        (`instanceNotFoundError`), not 404.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.

        Returns:
            ``DeleteWorkspaceResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_workspace")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )

    def get_workspace_activity_feed(
        self,
        workspace_id: str | Resource,
        *,
        user_id: int | Unset = UNSET,
        element_type: GetWorkspaceActivityFeedElementType | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetWorkspaceActivityFeedResponse:
        """Get a workspace's activity feed

        GET /workspaces/{workspace_id}/activities
        Lists what happened in a workspace: elements added, changed or removed, and people
        joining or leaving it. Pages with `limit` and `cursor`.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            user_id: The ``userId`` query parameter (``int``, optional).
            element_type: The ``elementType`` query parameter (``GetWorkspaceActivityFeedElementType``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetWorkspaceActivityFeedResponse``: the success body, read into its model.

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

        operation = _operation("get_workspace_activity_feed")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "user_id": user_id,
                "element_type": element_type,
                "limit": limit,
                "cursor": cursor,
            },
        )

    def transfer_workspace_element(
        self,
        workspace_id: str | Resource,
        *,
        body: TransferWorkspaceElementRequest | Mapping[str, Any],
    ) -> TransferWorkspaceElementResponse:
        """Move an element to another workspace

        POST /workspaces/{workspace_id}/element-transfers
        Moves a collection, environment, API, flow, mock server or monitor out of this workspace
        (the path's `workspaceId`) into the workspace named by `to`. Moving from a team workspace
        into a personal one is not supported.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``TransferWorkspaceElementRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TransferWorkspaceElementResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transfer_workspace_element")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    def get_workspace_global_variables(
        self,
        workspace_id: str | Resource,
    ) -> WorkspaceGlobalVariables:
        """Get a workspace's global variables

        GET /workspaces/{workspace_id}/global-variables
        Returns the global variables of a workspace.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.

        Returns:
            ``WorkspaceGlobalVariables``: the success body, read into its model.

        Raises:
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_workspace_global_variables")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )

    def update_workspace_global_variables(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdateWorkspaceGlobalVariablesRequest | Mapping[str, Any],
    ) -> WorkspaceGlobalVariables:
        """Replace a workspace's global variables

        PUT /workspaces/{workspace_id}/global-variables
        Replaces the whole list of the workspace's global variables with the one sent; a
        variable left out is removed.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdateWorkspaceGlobalVariablesRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``WorkspaceGlobalVariables``: the success body, read into its model.

        Raises:
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_workspace_global_variables")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    def get_workspace_roles(
        self,
        workspace_id: str | Resource,
        *,
        include: GetWorkspaceRolesInclude | Unset = UNSET,
    ) -> WorkspaceRoleAssignmentList:
        """List who holds which role in a workspace

        GET /workspaces/{workspace_id}/roles
        For each role in use, lists the users, user groups and partners that hold it. With
        `include=scim` users and groups are given by their SCIM ids.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``GetWorkspaceRolesInclude``, optional).

        Returns:
            ``WorkspaceRoleAssignmentList``: the success body, read into its model.

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

        operation = _operation("get_workspace_roles")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "include": include,
            },
        )

    def update_workspace_roles(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdateWorkspaceRolesRequest | Mapping[str, Any],
        identifier_type: str | Unset = UNSET,
    ) -> WorkspaceRoleAssignmentList:
        """Grant or revoke workspace roles

        PATCH /workspaces/{workspace_id}/roles
        Adds or removes role grants for users (`/user`), user groups (`/usergroup`) or partners
        (`/partner`) with JSON Patch style operations. User and group roles are `1` Viewer,
        `2` Editor and `3` Admin; partner roles are `4` Viewer, `5` Editor, `6` Viewer and
        Partner Lead and `7` Editor and Partner Lead. Send the `identifierType: scim` header to
        name users and groups by SCIM id.

        At most 50 operations per call, one action per user, group or partner, and user and
        partner roles cannot be changed in the same call. Personal workspaces and the Guest role
        are not supported.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdateWorkspaceRolesRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``str``, optional).

        Returns:
            ``WorkspaceRoleAssignmentList``: the success body, read into its model.

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

        operation = _operation("update_workspace_roles")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    def transfer_workspace_to_team(
        self,
        workspace_id: str | Resource,
        *,
        body: TransferWorkspaceToTeamRequest | Mapping[str, Any],
    ) -> TransferWorkspaceToTeamResponse:
        """Move a workspace to another team

        PATCH /workspaces/{workspace_id}/transfers
        Moves a workspace from one team of the organization to another. Enterprise plans with
        Postman Organizations only.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``TransferWorkspaceToTeamRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TransferWorkspaceToTeamResponse``: the success body, read into its model.

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

        operation = _operation("transfer_workspace_to_team")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    def get_workspace_updates(
        self,
        workspace_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        category: str | Unset = UNSET,
    ) -> GetWorkspaceUpdatesResponse:
        """List a workspace's updates

        GET /workspaces/{workspace_id}/updates
        Lists the updates (announcements) posted in a workspace. Pages with `cursor` only;
        `meta.nextCursor` is null on the last page.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            category: The ``category`` query parameter (``str``, optional).

        Returns:
            ``GetWorkspaceUpdatesResponse``: the success body, read into its model.

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

        operation = _operation("get_workspace_updates")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "cursor": cursor,
                "category": category,
            },
        )

    def create_workspace_update(
        self,
        workspace_id: str | Resource,
        *,
        body: CreateWorkspaceUpdateRequest | Mapping[str, Any],
    ) -> WorkspaceUpdateSaved:
        """Post a workspace update

        POST /workspaces/{workspace_id}/updates
        Posts an update (announcement) in a workspace, optionally linking up to ten elements.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``CreateWorkspaceUpdateRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``WorkspaceUpdateSaved``: the success body, read into its model.

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

        operation = _operation("create_workspace_update")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    def get_workspace_update(
        self,
        workspace_id: str | Resource,
        update_id: int | Resource,
    ) -> WorkspaceUpdate:
        """Get a workspace update

        GET /workspaces/{workspace_id}/updates/{update_id}
        Returns one update posted in a workspace.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            update_id: The update: its id or uid, or a model that has one.

        Returns:
            ``WorkspaceUpdate``: the success body, read into its model.

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

        operation = _operation("get_workspace_update")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
                "update_id": update_id,
            },
            {},
        )

    def delete_workspace_update(
        self,
        workspace_id: str | Resource,
        update_id: int | Resource,
    ) -> Any:
        """Delete a workspace update

        DELETE /workspaces/{workspace_id}/updates/{update_id}
        Deletes one update posted in a workspace.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            update_id: The update: its id or uid, or a model that has one.

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

        operation = _operation("delete_workspace_update")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
                "update_id": update_id,
            },
            {},
        )

    def patch_workspace_update(
        self,
        workspace_id: str | Resource,
        update_id: int | Resource,
        *,
        body: PatchWorkspaceUpdateRequest | Mapping[str, Any],
    ) -> WorkspaceUpdateSaved:
        """Change a workspace update

        PATCH /workspaces/{workspace_id}/updates/{update_id}
        Changes an update's text, category, pin or linked elements. The body is sent as
        `application/merge-patch+json`; `topic`, `description` and `category` must still be
        sent.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            update_id: The update: its id or uid, or a model that has one.
            body: The request body: a ``PatchWorkspaceUpdateRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``WorkspaceUpdateSaved``: the success body, read into its model.

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

        operation = _operation("patch_workspace_update")

        return self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
                "update_id": update_id,
            },
            {
                "body": body,
            },
        )


class AsyncWorkspacesOperations:
    """Operations tagged workspaces, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def manage_partner_workspace_invites(
        self,
        *,
        body: PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval | Mapping[str, Any],
    ) -> PartnerInviteOutcome | PartnerRemovalOutcome:
        """Invite partners to, or remove them from, Partner Workspaces

        POST /invitations
        One endpoint for three actions, chosen by `action` and `targetEntity`:

        - `invite_partner` on a `workspace`: invites the email addresses to a Partner Workspace.
          People already in the partnership join at once; everyone else gets an email.
        - `remove_partner` on a `workspace`: takes the listed partners out of that workspace.
        - `remove_partner` on a `team`: ends the listed partners' partnership with the team,
          which also removes them from every Partner Workspace of the team.

        Team and Enterprise plans only. On Team plans inviting and removing from a workspace needs
        the Workspace Editor role and removing from the whole partnership needs Admin; on
        Enterprise plans the Partner Manager role can do all three.

        Args:
            body: The request body: a ``PartnerTeamRemoval | PartnerWorkspaceInvite | PartnerWorkspaceRemoval``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``PartnerInviteOutcome | PartnerRemovalOutcome``: the success body, read into its model.

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

        operation = _operation("manage_partner_workspace_invites")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def get_workspaces(
        self,
        *,
        type_: GetWorkspacesType | Unset = UNSET,
        created_by: int | Unset = UNSET,
        include: GetWorkspacesInclude | Unset = UNSET,
        element_type: GetWorkspacesElementType | Unset = UNSET,
        element_id: str | Unset = UNSET,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> GetWorkspacesResponse:
        """List workspaces

        GET /workspaces
        Lists the workspaces the key's user can see, optionally filtered by type, creator, or the
        element a workspace holds. Pages with `cursor` and `limit`; `meta` appears only when
        `limit` is sent. This endpoint has a tighter rate limit than most (10 requests per
        10 seconds).

        Args:
            type_: The ``type`` query parameter (``GetWorkspacesType``, optional).
            created_by: The ``createdBy`` query parameter (``int``, optional).
            include: The ``include`` query parameter (``GetWorkspacesInclude``, optional).
            element_type: The ``elementType`` query parameter (``GetWorkspacesElementType``, optional).
            element_id: The ``elementId`` query parameter (``str``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).

        Returns:
            ``GetWorkspacesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_workspaces")

        return await self._invoke(
            operation,
            {},
            {
                "type_": type_,
                "created_by": created_by,
                "include": include,
                "element_type": element_type,
                "element_id": element_id,
                "cursor": cursor,
                "limit": limit,
            },
        )

    async def create_workspace(
        self,
        *,
        body: CreateWorkspaceRequest | Mapping[str, Any],
    ) -> CreateWorkspaceResponse:
        """Create a workspace

        POST /workspaces
        Creates a workspace. `private` and `partner` workspaces need a Team or Enterprise plan.
        When Postman Organizations is enabled, `teamId` says which team owns the new workspace.

        Args:
            body: The request body: a ``CreateWorkspaceRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``CreateWorkspaceResponse``: the success body, read into its model.

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

        operation = _operation("create_workspace")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
            },
        )

    async def get_all_workspace_roles(
        self,
    ) -> GetAllWorkspaceRolesResponse:
        """List the roles a workspace can grant

        GET /workspaces-roles
        Lists every workspace role there is, grouped by who can hold it: users, user groups and
        partners. The `id` values are what PATCH /workspaces/{workspaceId}/roles expects.

        Returns:
            ``GetAllWorkspaceRolesResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            PermissionDeniedError: The server answered 403.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_all_workspace_roles")

        return await self._invoke(operation, {}, {})

    async def get_workspace(
        self,
        workspace_id: str | Resource,
        *,
        include: str | Unset = UNSET,
    ) -> GetWorkspaceResponse:
        """Get a workspace

        GET /workspaces/{workspace_id}
        Returns a workspace with the collections, environments, mock servers, monitors, APIs and
        specifications it holds. `visibility` says who can open it: `personal` (only its
        creator), `team` (the whole team), `private` (invited team members), `public` (everyone)
        or `partner` (invited team members and partners).

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``str``, optional).

        Returns:
            ``GetWorkspaceResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_workspace")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "include": include,
            },
        )

    async def update_workspace(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdateWorkspaceRequest | Mapping[str, Any],
    ) -> UpdateWorkspaceResponse:
        """Update a workspace

        PUT /workspaces/{workspace_id}
        Renames a workspace, changes its description or summary, or changes its type. Some type
        changes are refused: on Free and Solo plans `private` to `public`, `public` to `private`
        and `private` to `personal`; for team users `public` to `personal`. Public workspace
        names must be unique, and publishing public workspaces is rate-limited.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdateWorkspaceRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``UpdateWorkspaceResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_workspace")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    async def delete_workspace(
        self,
        workspace_id: str | Resource,
    ) -> DeleteWorkspaceResponse:
        """Delete a workspace

        DELETE /workspaces/{workspace_id}
        Deletes a workspace. An unknown workspace id is answered with 400
        (`instanceNotFoundError`), not 404.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.

        Returns:
            ``DeleteWorkspaceResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_workspace")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )

    async def get_workspace_activity_feed(
        self,
        workspace_id: str | Resource,
        *,
        user_id: int | Unset = UNSET,
        element_type: GetWorkspaceActivityFeedElementType | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> GetWorkspaceActivityFeedResponse:
        """Get a workspace's activity feed

        GET /workspaces/{workspace_id}/activities
        Lists what happened in a workspace: elements added, changed or removed, and people
        joining or leaving it. Pages with `limit` and `cursor`.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            user_id: The ``userId`` query parameter (``int``, optional).
            element_type: The ``elementType`` query parameter (``GetWorkspaceActivityFeedElementType``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).

        Returns:
            ``GetWorkspaceActivityFeedResponse``: the success body, read into its model.

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

        operation = _operation("get_workspace_activity_feed")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "user_id": user_id,
                "element_type": element_type,
                "limit": limit,
                "cursor": cursor,
            },
        )

    async def transfer_workspace_element(
        self,
        workspace_id: str | Resource,
        *,
        body: TransferWorkspaceElementRequest | Mapping[str, Any],
    ) -> TransferWorkspaceElementResponse:
        """Move an element to another workspace

        POST /workspaces/{workspace_id}/element-transfers
        Moves a collection, environment, API, flow, mock server or monitor out of this workspace
        (the path's `workspaceId`) into the workspace named by `to`. Moving from a team workspace
        into a personal one is not supported.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``TransferWorkspaceElementRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TransferWorkspaceElementResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            PermissionDeniedError: The server answered 403.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("transfer_workspace_element")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    async def get_workspace_global_variables(
        self,
        workspace_id: str | Resource,
    ) -> WorkspaceGlobalVariables:
        """Get a workspace's global variables

        GET /workspaces/{workspace_id}/global-variables
        Returns the global variables of a workspace.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.

        Returns:
            ``WorkspaceGlobalVariables``: the success body, read into its model.

        Raises:
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_workspace_global_variables")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {},
        )

    async def update_workspace_global_variables(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdateWorkspaceGlobalVariablesRequest | Mapping[str, Any],
    ) -> WorkspaceGlobalVariables:
        """Replace a workspace's global variables

        PUT /workspaces/{workspace_id}/global-variables
        Replaces the whole list of the workspace's global variables with the one sent; a
        variable left out is removed.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdateWorkspaceGlobalVariablesRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``WorkspaceGlobalVariables``: the success body, read into its model.

        Raises:
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_workspace_global_variables")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    async def get_workspace_roles(
        self,
        workspace_id: str | Resource,
        *,
        include: GetWorkspaceRolesInclude | Unset = UNSET,
    ) -> WorkspaceRoleAssignmentList:
        """List who holds which role in a workspace

        GET /workspaces/{workspace_id}/roles
        For each role in use, lists the users, user groups and partners that hold it. With
        `include=scim` users and groups are given by their SCIM ids.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``GetWorkspaceRolesInclude``, optional).

        Returns:
            ``WorkspaceRoleAssignmentList``: the success body, read into its model.

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

        operation = _operation("get_workspace_roles")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "include": include,
            },
        )

    async def update_workspace_roles(
        self,
        workspace_id: str | Resource,
        *,
        body: UpdateWorkspaceRolesRequest | Mapping[str, Any],
        identifier_type: str | Unset = UNSET,
    ) -> WorkspaceRoleAssignmentList:
        """Grant or revoke workspace roles

        PATCH /workspaces/{workspace_id}/roles
        Adds or removes role grants for users (`/user`), user groups (`/usergroup`) or partners
        (`/partner`) with JSON Patch style operations. User and group roles are `1` Viewer,
        `2` Editor and `3` Admin; partner roles are `4` Viewer, `5` Editor, `6` Viewer and
        Partner Lead and `7` Editor and Partner Lead. Send the `identifierType: scim` header to
        name users and groups by SCIM id.

        At most 50 operations per call, one action per user, group or partner, and user and
        partner roles cannot be changed in the same call. Personal workspaces and the Guest role
        are not supported.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``UpdateWorkspaceRolesRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``str``, optional).

        Returns:
            ``WorkspaceRoleAssignmentList``: the success body, read into its model.

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

        operation = _operation("update_workspace_roles")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    async def transfer_workspace_to_team(
        self,
        workspace_id: str | Resource,
        *,
        body: TransferWorkspaceToTeamRequest | Mapping[str, Any],
    ) -> TransferWorkspaceToTeamResponse:
        """Move a workspace to another team

        PATCH /workspaces/{workspace_id}/transfers
        Moves a workspace from one team of the organization to another. Enterprise plans with
        Postman Organizations only.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``TransferWorkspaceToTeamRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TransferWorkspaceToTeamResponse``: the success body, read into its model.

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

        operation = _operation("transfer_workspace_to_team")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    async def get_workspace_updates(
        self,
        workspace_id: str | Resource,
        *,
        cursor: str | Unset = UNSET,
        category: str | Unset = UNSET,
    ) -> GetWorkspaceUpdatesResponse:
        """List a workspace's updates

        GET /workspaces/{workspace_id}/updates
        Lists the updates (announcements) posted in a workspace. Pages with `cursor` only;
        `meta.nextCursor` is null on the last page.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            category: The ``category`` query parameter (``str``, optional).

        Returns:
            ``GetWorkspaceUpdatesResponse``: the success body, read into its model.

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

        operation = _operation("get_workspace_updates")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "cursor": cursor,
                "category": category,
            },
        )

    async def create_workspace_update(
        self,
        workspace_id: str | Resource,
        *,
        body: CreateWorkspaceUpdateRequest | Mapping[str, Any],
    ) -> WorkspaceUpdateSaved:
        """Post a workspace update

        POST /workspaces/{workspace_id}/updates
        Posts an update (announcement) in a workspace, optionally linking up to ten elements.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            body: The request body: a ``CreateWorkspaceUpdateRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``WorkspaceUpdateSaved``: the success body, read into its model.

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

        operation = _operation("create_workspace_update")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
            },
            {
                "body": body,
            },
        )

    async def get_workspace_update(
        self,
        workspace_id: str | Resource,
        update_id: int | Resource,
    ) -> WorkspaceUpdate:
        """Get a workspace update

        GET /workspaces/{workspace_id}/updates/{update_id}
        Returns one update posted in a workspace.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            update_id: The update: its id or uid, or a model that has one.

        Returns:
            ``WorkspaceUpdate``: the success body, read into its model.

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

        operation = _operation("get_workspace_update")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
                "update_id": update_id,
            },
            {},
        )

    async def delete_workspace_update(
        self,
        workspace_id: str | Resource,
        update_id: int | Resource,
    ) -> Any:
        """Delete a workspace update

        DELETE /workspaces/{workspace_id}/updates/{update_id}
        Deletes one update posted in a workspace.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            update_id: The update: its id or uid, or a model that has one.

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

        operation = _operation("delete_workspace_update")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
                "update_id": update_id,
            },
            {},
        )

    async def patch_workspace_update(
        self,
        workspace_id: str | Resource,
        update_id: int | Resource,
        *,
        body: PatchWorkspaceUpdateRequest | Mapping[str, Any],
    ) -> WorkspaceUpdateSaved:
        """Change a workspace update

        PATCH /workspaces/{workspace_id}/updates/{update_id}
        Changes an update's text, category, pin or linked elements. The body is sent as
        `application/merge-patch+json`; `topic`, `description` and `category` must still be
        sent.

        Args:
            workspace_id: The workspace: its id or uid, or a model that has one.
            update_id: The update: its id or uid, or a model that has one.
            body: The request body: a ``PatchWorkspaceUpdateRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``WorkspaceUpdateSaved``: the success body, read into its model.

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

        operation = _operation("patch_workspace_update")

        return await self._invoke(
            operation,
            {
                "workspace_id": workspace_id,
                "update_id": update_id,
            },
            {
                "body": body,
            },
        )
