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

    from ...models.approve_deny_access_request_request import ApproveDenyAccessRequestRequest
    from ...models.approve_deny_access_request_response import ApproveDenyAccessRequestResponse
    from ...models.create_access_request_request import CreateAccessRequestRequest
    from ...models.create_access_request_response import CreateAccessRequestResponse
    from ...models.create_team_request import CreateTeamRequest
    from ...models.create_team_response import CreateTeamResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_team_access_requests_response import GetTeamAccessRequestsResponse
    from ...models.get_team_include import GetTeamInclude, check_get_team_include
    from ...models.get_team_response import GetTeamResponse
    from ...models.get_teams_response import GetTeamsResponse
    from ...models.manage_team_member_roles_request import ManageTeamMemberRolesRequest
    from ...models.manage_team_member_roles_response import ManageTeamMemberRolesResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.remove_team_members_request import RemoveTeamMembersRequest
    from ...models.team_identifier_type import TeamIdentifierType, check_team_identifier_type
    from ...models.team_settings_result import TeamSettingsResult
    from ...models.update_team_settings_request import UpdateTeamSettingsRequest
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class TeamsOperations:
    """Operations tagged teams."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_teams(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        settings: bool | Unset = UNSET,
        user_roles: bool | Unset = UNSET,
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> GetTeamsResponse:
        """List the organization's teams

        GET /teams
        Lists the teams of the key owner's organization with their member counts. Pages are
        cursor-based: pass `metadata.nextCursor` of one page as `cursor` to get the next; the last
        page has a null `nextCursor`. Postman does not describe the shape of what `settings` and
        `userRoles` add; the generated models keep it among their additional properties.

        Args:
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            settings: The ``settings`` query parameter (``bool``, optional).
            user_roles: The ``userRoles`` query parameter (``bool``, optional).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``GetTeamsResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_teams")

        return self._invoke(
            operation,
            {},
            {
                "cursor": cursor,
                "limit": limit,
                "settings": settings,
                "user_roles": user_roles,
                "identifier_type": identifier_type,
            },
        )

    def create_team(
        self,
        *,
        body: CreateTeamRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> CreateTeamResponse:
        """Create a team in the organization

        POST /teams
        Adds a new team to the key owner's organization. The name may hold only letters, digits
        and spaces, and must not already be used by another team of the organization.

        Args:
            body: The request body: a ``CreateTeamRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``CreateTeamResponse``: the success body, read into its model.

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

        operation = _operation("create_team")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    def get_team(
        self,
        team_id: int | Resource,
        *,
        include: GetTeamInclude | Unset = UNSET,
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> GetTeamResponse:
        """Get one team

        GET /teams/{team_id}
        Returns one team of the organization. `include` asks for extra data: `members` adds every
        user and group with access to the team's elements (managers, members and guests, and
        groups standing for other teams or the whole organization); `userRoles` adds the team's
        role assignments. Postman does not describe the shape of that extra data; the generated
        models keep it among their additional properties.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``GetTeamInclude``, optional).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``GetTeamResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_team")

        return self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "include": include,
                "identifier_type": identifier_type,
            },
        )

    def get_team_access_requests(
        self,
        team_id: int | Resource,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> GetTeamAccessRequestsResponse:
        """List a team's pending access requests

        GET /teams/{team_id}/access-requests
        Lists the access requests of one team that still wait for a decision. Pages are
        cursor-based: pass `metadata.nextCursor` as `cursor` to get the next page; the last page
        has a null `nextCursor`.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``GetTeamAccessRequestsResponse``: the success body, read into its model.

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

        operation = _operation("get_team_access_requests")

        return self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "cursor": cursor,
                "limit": limit,
                "identifier_type": identifier_type,
            },
        )

    def create_access_request(
        self,
        team_id: int | Resource,
        *,
        body: CreateAccessRequestRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> CreateAccessRequestResponse:
        """Ask for access to a team

        POST /teams/{team_id}/access-requests
        Files access requests for one or more users, groups, teams or organizations: to join the
        team, to be added to it, or to get a higher role in it. When the team is discoverable the
        request is approved at once. Each entity gets its own outcome in `result`: `Accepted`, or
        `Skipped` with a `reason` (for instance when the entity already has the role or a request
        is already pending).

        Args:
            team_id: The team: its id or uid, or a model that has one.
            body: The request body: a ``CreateAccessRequestRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``CreateAccessRequestResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_access_request")

        return self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    def approve_deny_access_request(
        self,
        team_id: int | Resource,
        request_id: int | Resource,
        *,
        body: ApproveDenyAccessRequestRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> ApproveDenyAccessRequestResponse:
        """Approve or deny an access request

        POST /teams/{team_id}/access-requests/{request_id}
        Decides one pending access request of the team. Approving grants the requested role at once.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            request_id: The request: its id or uid, or a model that has one.
            body: The request body: a ``ApproveDenyAccessRequestRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``ApproveDenyAccessRequestResponse``: the success body, read into its model.

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

        operation = _operation("approve_deny_access_request")

        return self._invoke(
            operation,
            {
                "team_id": team_id,
                "request_id": request_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    def manage_team_member_roles(
        self,
        team_id: int | Resource,
        *,
        body: ManageTeamMemberRolesRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> ManageTeamMemberRolesResponse:
        """Grant and revoke team roles in bulk

        POST /teams/{team_id}/bulk-members
        Adds roles to, and removes roles from, users, groups, other teams and organizations in one
        call. Each of `add` and `remove` maps entity ids to the roles concerned. Taking a role
        away from a group or team takes it away from every one of its members. Each entity gets
        its own outcome in `result`; a removed role shows as `role: null` with the old role in
        `previousRole`.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            body: The request body: a ``ManageTeamMemberRolesRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``ManageTeamMemberRolesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("manage_team_member_roles")

        return self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    def remove_team_members(
        self,
        team_id: int | Resource,
        *,
        body: RemoveTeamMembersRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> Any:
        """Remove members from a team

        DELETE /teams/{team_id}/bulk-members
        Takes users, groups, teams or organizations out of the team. Success has no body.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            body: The request body: a ``RemoveTeamMembersRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``Any``: the success body, read into its model.

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

        operation = _operation("remove_team_members")

        return self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    def get_team_settings(
        self,
        team_id: int | Resource,
    ) -> TeamSettingsResult:
        """Get a team's settings

        GET /teams/{team_id}/settings
        Returns whether new members and new collaborators of the team need an admin's approval.

        Args:
            team_id: The team: its id or uid, or a model that has one.

        Returns:
            ``TeamSettingsResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_team_settings")

        return self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {},
        )

    def update_team_settings(
        self,
        team_id: int | Resource,
        *,
        body: UpdateTeamSettingsRequest | Mapping[str, Any],
    ) -> TeamSettingsResult:
        """Change a team's settings

        PUT /teams/{team_id}/settings
        Turns the approval steps for new members and new collaborators on or off.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            body: The request body: a ``UpdateTeamSettingsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TeamSettingsResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_team_settings")

        return self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "body": body,
            },
        )


class AsyncTeamsOperations:
    """Operations tagged teams, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_teams(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        settings: bool | Unset = UNSET,
        user_roles: bool | Unset = UNSET,
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> GetTeamsResponse:
        """List the organization's teams

        GET /teams
        Lists the teams of the key owner's organization with their member counts. Pages are
        cursor-based: pass `metadata.nextCursor` of one page as `cursor` to get the next; the last
        page has a null `nextCursor`. Postman does not describe the shape of what `settings` and
        `userRoles` add; the generated models keep it among their additional properties.

        Args:
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            settings: The ``settings`` query parameter (``bool``, optional).
            user_roles: The ``userRoles`` query parameter (``bool``, optional).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``GetTeamsResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_teams")

        return await self._invoke(
            operation,
            {},
            {
                "cursor": cursor,
                "limit": limit,
                "settings": settings,
                "user_roles": user_roles,
                "identifier_type": identifier_type,
            },
        )

    async def create_team(
        self,
        *,
        body: CreateTeamRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> CreateTeamResponse:
        """Create a team in the organization

        POST /teams
        Adds a new team to the key owner's organization. The name may hold only letters, digits
        and spaces, and must not already be used by another team of the organization.

        Args:
            body: The request body: a ``CreateTeamRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``CreateTeamResponse``: the success body, read into its model.

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

        operation = _operation("create_team")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    async def get_team(
        self,
        team_id: int | Resource,
        *,
        include: GetTeamInclude | Unset = UNSET,
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> GetTeamResponse:
        """Get one team

        GET /teams/{team_id}
        Returns one team of the organization. `include` asks for extra data: `members` adds every
        user and group with access to the team's elements (managers, members and guests, and
        groups standing for other teams or the whole organization); `userRoles` adds the team's
        role assignments. Postman does not describe the shape of that extra data; the generated
        models keep it among their additional properties.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            include: The ``include`` query parameter (``GetTeamInclude``, optional).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``GetTeamResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_team")

        return await self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "include": include,
                "identifier_type": identifier_type,
            },
        )

    async def get_team_access_requests(
        self,
        team_id: int | Resource,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> GetTeamAccessRequestsResponse:
        """List a team's pending access requests

        GET /teams/{team_id}/access-requests
        Lists the access requests of one team that still wait for a decision. Pages are
        cursor-based: pass `metadata.nextCursor` as `cursor` to get the next page; the last page
        has a null `nextCursor`.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            cursor: The ``cursor`` query parameter (``str``, optional).
            limit: The ``limit`` query parameter (``int``, optional).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``GetTeamAccessRequestsResponse``: the success body, read into its model.

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

        operation = _operation("get_team_access_requests")

        return await self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "cursor": cursor,
                "limit": limit,
                "identifier_type": identifier_type,
            },
        )

    async def create_access_request(
        self,
        team_id: int | Resource,
        *,
        body: CreateAccessRequestRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> CreateAccessRequestResponse:
        """Ask for access to a team

        POST /teams/{team_id}/access-requests
        Files access requests for one or more users, groups, teams or organizations: to join the
        team, to be added to it, or to get a higher role in it. When the team is discoverable the
        request is approved at once. Each entity gets its own outcome in `result`: `Accepted`, or
        `Skipped` with a `reason` (for instance when the entity already has the role or a request
        is already pending).

        Args:
            team_id: The team: its id or uid, or a model that has one.
            body: The request body: a ``CreateAccessRequestRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``CreateAccessRequestResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_access_request")

        return await self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    async def approve_deny_access_request(
        self,
        team_id: int | Resource,
        request_id: int | Resource,
        *,
        body: ApproveDenyAccessRequestRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> ApproveDenyAccessRequestResponse:
        """Approve or deny an access request

        POST /teams/{team_id}/access-requests/{request_id}
        Decides one pending access request of the team. Approving grants the requested role at once.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            request_id: The request: its id or uid, or a model that has one.
            body: The request body: a ``ApproveDenyAccessRequestRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``ApproveDenyAccessRequestResponse``: the success body, read into its model.

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

        operation = _operation("approve_deny_access_request")

        return await self._invoke(
            operation,
            {
                "team_id": team_id,
                "request_id": request_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    async def manage_team_member_roles(
        self,
        team_id: int | Resource,
        *,
        body: ManageTeamMemberRolesRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> ManageTeamMemberRolesResponse:
        """Grant and revoke team roles in bulk

        POST /teams/{team_id}/bulk-members
        Adds roles to, and removes roles from, users, groups, other teams and organizations in one
        call. Each of `add` and `remove` maps entity ids to the roles concerned. Taking a role
        away from a group or team takes it away from every one of its members. Each entity gets
        its own outcome in `result`; a removed role shows as `role: null` with the old role in
        `previousRole`.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            body: The request body: a ``ManageTeamMemberRolesRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``ManageTeamMemberRolesResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("manage_team_member_roles")

        return await self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    async def remove_team_members(
        self,
        team_id: int | Resource,
        *,
        body: RemoveTeamMembersRequest | Mapping[str, Any],
        identifier_type: TeamIdentifierType | Unset = UNSET,
    ) -> Any:
        """Remove members from a team

        DELETE /teams/{team_id}/bulk-members
        Takes users, groups, teams or organizations out of the team. Success has no body.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            body: The request body: a ``RemoveTeamMembersRequest``, or a mapping of its JSON fields (read through the model before sending).
            identifier_type: The ``identifierType`` header (``TeamIdentifierType``, optional).

        Returns:
            ``Any``: the success body, read into its model.

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

        operation = _operation("remove_team_members")

        return await self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "body": body,
                "identifier_type": identifier_type,
            },
        )

    async def get_team_settings(
        self,
        team_id: int | Resource,
    ) -> TeamSettingsResult:
        """Get a team's settings

        GET /teams/{team_id}/settings
        Returns whether new members and new collaborators of the team need an admin's approval.

        Args:
            team_id: The team: its id or uid, or a model that has one.

        Returns:
            ``TeamSettingsResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_team_settings")

        return await self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {},
        )

    async def update_team_settings(
        self,
        team_id: int | Resource,
        *,
        body: UpdateTeamSettingsRequest | Mapping[str, Any],
    ) -> TeamSettingsResult:
        """Change a team's settings

        PUT /teams/{team_id}/settings
        Turns the approval steps for new members and new collaborators on or off.

        Args:
            team_id: The team: its id or uid, or a model that has one.
            body: The request body: a ``UpdateTeamSettingsRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``TeamSettingsResult``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("update_team_settings")

        return await self._invoke(
            operation,
            {
                "team_id": team_id,
            },
            {
                "body": body,
            },
        )
