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
    import datetime
    from collections.abc import Mapping, Sequence
    from typing import cast

    from ...models.create_mock_request import CreateMockRequest
    from ...models.create_mock_response import CreateMockResponse
    from ...models.create_mock_server_response_request import CreateMockServerResponseRequest
    from ...models.delete_mock_response import DeleteMockResponse
    from ...models.deleted_mock_server_response import DeletedMockServerResponse
    from ...models.error_envelope import ErrorEnvelope
    from ...models.error_name_message import ErrorNameMessage
    from ...models.get_mock_call_logs_direction import GetMockCallLogsDirection, check_get_mock_call_logs_direction
    from ...models.get_mock_call_logs_response import GetMockCallLogsResponse
    from ...models.get_mock_call_logs_sort import GetMockCallLogsSort, check_get_mock_call_logs_sort
    from ...models.get_mock_response import GetMockResponse
    from ...models.get_mocks_response import GetMocksResponse
    from ...models.mock_server_response import MockServerResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.publish_mock_response import PublishMockResponse
    from ...models.rate_limited_body import RateLimitedBody
    from ...models.unpublish_mock_response import UnpublishMockResponse
    from ...models.update_mock_request import UpdateMockRequest
    from ...models.update_mock_response import UpdateMockResponse
    from ...models.update_mock_server_response_request import UpdateMockServerResponseRequest
    from ...types import UNSET, Unset
    from .. import AsyncInvoker, Invoker, Resource

_loaded: dict[str, ModuleType] = {}


def _operation(name: str) -> ModuleType:
    """This package's endpoint module ``name``, imported on first use (a relative import per call costs more)."""
    module = _loaded.get(name)
    if module is None:
        module = _loaded[name] = importlib.import_module(f"{__name__}.{name}")
    return module


class MocksOperations:
    """Operations tagged mocks."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoker) -> None:
        self._invoke = invoke

    def get_mocks(
        self,
        *,
        team_id: str | Unset = UNSET,
        workspace: str | Unset = UNSET,
    ) -> GetMocksResponse:
        """List mock servers

        GET /mocks
        Lists the active mock servers. Without filters, only the mock servers the key's user
        created are returned, from every workspace. When both `teamId` and `workspace` are
        given, `teamId` is ignored and only the workspace filter applies.

        Args:
            team_id: The ``teamId`` query parameter (``str``, optional).
            workspace: The ``workspace`` query parameter (``str``, optional).

        Returns:
            ``GetMocksResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_mocks")

        return self._invoke(
            operation,
            {},
            {
                "team_id": team_id,
                "workspace": workspace,
            },
        )

    def create_mock(
        self,
        *,
        body: CreateMockRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateMockResponse:
        """Create a mock server

        POST /mocks
        Creates a mock server that answers from the saved examples of a collection, in the
        given workspace. Collections that are attached to an API definition cannot be mocked.

        Args:
            body: The request body: a ``CreateMockRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateMockResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_mock")

        return self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    def get_mock(
        self,
        mock_id: str | Resource,
    ) -> GetMockResponse:
        """Get a mock server

        GET /mocks/{mock_id}
        Returns one mock server with its matching and delay settings.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``GetMockResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_mock")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )

    def update_mock(
        self,
        mock_id: str | Resource,
        *,
        body: UpdateMockRequest | Mapping[str, Any] | Unset = UNSET,
    ) -> UpdateMockResponse:
        """Update a mock server

        PUT /mocks/{mock_id}
        Changes a mock server's settings: its name, collection, environment, privacy or the
        active server response. Send at least one field. Setting `config.serverResponseId`
        to null switches the active server response off.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            body: The request body: a ``UpdateMockRequest``, or a mapping of its JSON fields (read through the model before sending). Optional.

        Returns:
            ``UpdateMockResponse``: the success body, read into its model.

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

        operation = _operation("update_mock")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {
                "body": body,
            },
        )

    def delete_mock(
        self,
        mock_id: str | Resource,
    ) -> DeleteMockResponse:
        """Delete a mock server

        DELETE /mocks/{mock_id}
        Deletes a mock server for good.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``DeleteMockResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_mock")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )

    def get_mock_call_logs(
        self,
        mock_id: str | Resource,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        response_status_code: int | Unset = UNSET,
        response_type: str | Unset = UNSET,
        request_method: str | Unset = UNSET,
        request_path: str | Unset = UNSET,
        sort: GetMockCallLogsSort | Unset = UNSET,
        direction: GetMockCallLogsDirection | Unset = UNSET,
        include: str | Unset = UNSET,
    ) -> GetMockCallLogsResponse:
        """List a mock server's call logs

        GET /mocks/{mock_id}/call-logs
        Returns the requests the mock server received and what it answered. One page holds at most 100
        entries or 6.5 MB, whichever is
        reached first; follow `meta.nextCursor` for more. Headers and bodies are left out
        unless asked for with `include`. Logs older than the plan's retention period are
        gone, and asking for them (`since`) is a 400.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            response_status_code: The ``responseStatusCode`` query parameter (``int``, optional).
            response_type: The ``responseType`` query parameter (``str``, optional).
            request_method: The ``requestMethod`` query parameter (``str``, optional).
            request_path: The ``requestPath`` query parameter (``str``, optional).
            sort: The ``sort`` query parameter (``GetMockCallLogsSort``, optional).
            direction: The ``direction`` query parameter (``GetMockCallLogsDirection``, optional).
            include: The ``include`` query parameter (``str``, optional).

        Returns:
            ``GetMockCallLogsResponse``: the success body, read into its model.

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

        operation = _operation("get_mock_call_logs")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {
                "limit": limit,
                "cursor": cursor,
                "until": until,
                "since": since,
                "response_status_code": response_status_code,
                "response_type": response_type,
                "request_method": request_method,
                "request_path": request_path,
                "sort": sort,
                "direction": direction,
                "include": include,
            },
        )

    def publish_mock(
        self,
        mock_id: str | Resource,
    ) -> PublishMockResponse:
        """Make a mock server public

        POST /mocks/{mock_id}/publish
        Sets the mock server's access control to public, so it answers calls without an API
        key. Publishing a mock server that is already public is a 400 (`mockAlreadyPublishedError`).

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``PublishMockResponse``: the success body, read into its model.

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

        operation = _operation("publish_mock")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )

    def get_mock_server_responses(
        self,
        mock_id: str | Resource,
    ) -> list[MockServerResponse]:
        """List a mock server's server responses

        GET /mocks/{mock_id}/server-responses
        Lists the server responses defined on a mock server. The list gives each one's
        name, status code and audit fields; get a single server response for its headers
        and body.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``list[MockServerResponse]``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_mock_server_responses")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )

    def create_mock_server_response(
        self,
        mock_id: str | Resource,
        *,
        body: CreateMockServerResponseRequest | Mapping[str, Any],
    ) -> MockServerResponse:
        """Create a server response

        POST /mocks/{mock_id}/server-responses
        Adds a server response to a mock server: a fixed 5xx answer (500, 503, ...) that
        simulates a server-level failure on every path without editing the collection's
        examples. A mock server may hold several server responses, but at most one is active
        at a time; while one is active (see `config.serverResponseId` of PUT /mocks/{mockId}),
        every call to the mock server receives it.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            body: The request body: a ``CreateMockServerResponseRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``MockServerResponse``: the success body, read into its model.

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

        operation = _operation("create_mock_server_response")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {
                "body": body,
            },
        )

    def get_mock_server_response(
        self,
        mock_id: str | Resource,
        server_response_id: str | Resource,
    ) -> MockServerResponse:
        """Get a server response

        GET /mocks/{mock_id}/server-responses/{server_response_id}
        Returns one server response of a mock server, with its headers and body.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            server_response_id: The server response: its id or uid, or a model that has one.

        Returns:
            ``MockServerResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_mock_server_response")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
                "server_response_id": server_response_id,
            },
            {},
        )

    def update_mock_server_response(
        self,
        mock_id: str | Resource,
        server_response_id: str | Resource,
        *,
        body: UpdateMockServerResponseRequest | Mapping[str, Any],
    ) -> MockServerResponse:
        """Update a server response

        PUT /mocks/{mock_id}/server-responses/{server_response_id}
        Changes the name, status code, headers, language or body of a server response.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            server_response_id: The server response: its id or uid, or a model that has one.
            body: The request body: a ``UpdateMockServerResponseRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``MockServerResponse``: the success body, read into its model.

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

        operation = _operation("update_mock_server_response")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
                "server_response_id": server_response_id,
            },
            {
                "body": body,
            },
        )

    def delete_mock_server_response(
        self,
        mock_id: str | Resource,
        server_response_id: str | Resource,
    ) -> DeletedMockServerResponse:
        """Delete a server response

        DELETE /mocks/{mock_id}/server-responses/{server_response_id}
        Removes a server response from a mock server and returns what it was.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            server_response_id: The server response: its id or uid, or a model that has one.

        Returns:
            ``DeletedMockServerResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_mock_server_response")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
                "server_response_id": server_response_id,
            },
            {},
        )

    def unpublish_mock(
        self,
        mock_id: str | Resource,
    ) -> UnpublishMockResponse:
        """Make a mock server private

        DELETE /mocks/{mock_id}/unpublish
        Sets the mock server's access control to private, so callers need an API key.
        Unpublishing a mock server that is already private is a 400 (`mockAlreadyUnpublishedError`).

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``UnpublishMockResponse``: the success body, read into its model.

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

        operation = _operation("unpublish_mock")

        return self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )


class AsyncMocksOperations:
    """Operations tagged mocks, as coroutines."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: AsyncInvoker) -> None:
        self._invoke = invoke

    async def get_mocks(
        self,
        *,
        team_id: str | Unset = UNSET,
        workspace: str | Unset = UNSET,
    ) -> GetMocksResponse:
        """List mock servers

        GET /mocks
        Lists the active mock servers. Without filters, only the mock servers the key's user
        created are returned, from every workspace. When both `teamId` and `workspace` are
        given, `teamId` is ignored and only the workspace filter applies.

        Args:
            team_id: The ``teamId`` query parameter (``str``, optional).
            workspace: The ``workspace`` query parameter (``str``, optional).

        Returns:
            ``GetMocksResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_mocks")

        return await self._invoke(
            operation,
            {},
            {
                "team_id": team_id,
                "workspace": workspace,
            },
        )

    async def create_mock(
        self,
        *,
        body: CreateMockRequest | Mapping[str, Any],
        workspace: str,
    ) -> CreateMockResponse:
        """Create a mock server

        POST /mocks
        Creates a mock server that answers from the saved examples of a collection, in the
        given workspace. Collections that are attached to an API definition cannot be mocked.

        Args:
            body: The request body: a ``CreateMockRequest``, or a mapping of its JSON fields (read through the model before sending).
            workspace: The ``workspace`` query parameter (``str``).

        Returns:
            ``CreateMockResponse``: the success body, read into its model.

        Raises:
            BadRequestError: The server answered 400.
            AuthenticationError: The server answered 401.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("create_mock")

        return await self._invoke(
            operation,
            {},
            {
                "body": body,
                "workspace": workspace,
            },
        )

    async def get_mock(
        self,
        mock_id: str | Resource,
    ) -> GetMockResponse:
        """Get a mock server

        GET /mocks/{mock_id}
        Returns one mock server with its matching and delay settings.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``GetMockResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_mock")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )

    async def update_mock(
        self,
        mock_id: str | Resource,
        *,
        body: UpdateMockRequest | Mapping[str, Any] | Unset = UNSET,
    ) -> UpdateMockResponse:
        """Update a mock server

        PUT /mocks/{mock_id}
        Changes a mock server's settings: its name, collection, environment, privacy or the
        active server response. Send at least one field. Setting `config.serverResponseId`
        to null switches the active server response off.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            body: The request body: a ``UpdateMockRequest``, or a mapping of its JSON fields (read through the model before sending). Optional.

        Returns:
            ``UpdateMockResponse``: the success body, read into its model.

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

        operation = _operation("update_mock")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {
                "body": body,
            },
        )

    async def delete_mock(
        self,
        mock_id: str | Resource,
    ) -> DeleteMockResponse:
        """Delete a mock server

        DELETE /mocks/{mock_id}
        Deletes a mock server for good.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``DeleteMockResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_mock")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )

    async def get_mock_call_logs(
        self,
        mock_id: str | Resource,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        response_status_code: int | Unset = UNSET,
        response_type: str | Unset = UNSET,
        request_method: str | Unset = UNSET,
        request_path: str | Unset = UNSET,
        sort: GetMockCallLogsSort | Unset = UNSET,
        direction: GetMockCallLogsDirection | Unset = UNSET,
        include: str | Unset = UNSET,
    ) -> GetMockCallLogsResponse:
        """List a mock server's call logs

        GET /mocks/{mock_id}/call-logs
        Returns the requests the mock server received and what it answered. One page holds at most 100
        entries or 6.5 MB, whichever is
        reached first; follow `meta.nextCursor` for more. Headers and bodies are left out
        unless asked for with `include`. Logs older than the plan's retention period are
        gone, and asking for them (`since`) is a 400.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            limit: The ``limit`` query parameter (``int``, optional).
            cursor: The ``cursor`` query parameter (``str``, optional).
            until: The ``until`` query parameter (``datetime.datetime``, optional).
            since: The ``since`` query parameter (``datetime.datetime``, optional).
            response_status_code: The ``responseStatusCode`` query parameter (``int``, optional).
            response_type: The ``responseType`` query parameter (``str``, optional).
            request_method: The ``requestMethod`` query parameter (``str``, optional).
            request_path: The ``requestPath`` query parameter (``str``, optional).
            sort: The ``sort`` query parameter (``GetMockCallLogsSort``, optional).
            direction: The ``direction`` query parameter (``GetMockCallLogsDirection``, optional).
            include: The ``include`` query parameter (``str``, optional).

        Returns:
            ``GetMockCallLogsResponse``: the success body, read into its model.

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

        operation = _operation("get_mock_call_logs")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {
                "limit": limit,
                "cursor": cursor,
                "until": until,
                "since": since,
                "response_status_code": response_status_code,
                "response_type": response_type,
                "request_method": request_method,
                "request_path": request_path,
                "sort": sort,
                "direction": direction,
                "include": include,
            },
        )

    async def publish_mock(
        self,
        mock_id: str | Resource,
    ) -> PublishMockResponse:
        """Make a mock server public

        POST /mocks/{mock_id}/publish
        Sets the mock server's access control to public, so it answers calls without an API
        key. Publishing a mock server that is already public is a 400 (`mockAlreadyPublishedError`).

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``PublishMockResponse``: the success body, read into its model.

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

        operation = _operation("publish_mock")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )

    async def get_mock_server_responses(
        self,
        mock_id: str | Resource,
    ) -> list[MockServerResponse]:
        """List a mock server's server responses

        GET /mocks/{mock_id}/server-responses
        Lists the server responses defined on a mock server. The list gives each one's
        name, status code and audit fields; get a single server response for its headers
        and body.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``list[MockServerResponse]``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_mock_server_responses")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )

    async def create_mock_server_response(
        self,
        mock_id: str | Resource,
        *,
        body: CreateMockServerResponseRequest | Mapping[str, Any],
    ) -> MockServerResponse:
        """Create a server response

        POST /mocks/{mock_id}/server-responses
        Adds a server response to a mock server: a fixed 5xx answer (500, 503, ...) that
        simulates a server-level failure on every path without editing the collection's
        examples. A mock server may hold several server responses, but at most one is active
        at a time; while one is active (see `config.serverResponseId` of PUT /mocks/{mockId}),
        every call to the mock server receives it.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            body: The request body: a ``CreateMockServerResponseRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``MockServerResponse``: the success body, read into its model.

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

        operation = _operation("create_mock_server_response")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {
                "body": body,
            },
        )

    async def get_mock_server_response(
        self,
        mock_id: str | Resource,
        server_response_id: str | Resource,
    ) -> MockServerResponse:
        """Get a server response

        GET /mocks/{mock_id}/server-responses/{server_response_id}
        Returns one server response of a mock server, with its headers and body.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            server_response_id: The server response: its id or uid, or a model that has one.

        Returns:
            ``MockServerResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("get_mock_server_response")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
                "server_response_id": server_response_id,
            },
            {},
        )

    async def update_mock_server_response(
        self,
        mock_id: str | Resource,
        server_response_id: str | Resource,
        *,
        body: UpdateMockServerResponseRequest | Mapping[str, Any],
    ) -> MockServerResponse:
        """Update a server response

        PUT /mocks/{mock_id}/server-responses/{server_response_id}
        Changes the name, status code, headers, language or body of a server response.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            server_response_id: The server response: its id or uid, or a model that has one.
            body: The request body: a ``UpdateMockServerResponseRequest``, or a mapping of its JSON fields (read through the model before sending).

        Returns:
            ``MockServerResponse``: the success body, read into its model.

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

        operation = _operation("update_mock_server_response")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
                "server_response_id": server_response_id,
            },
            {
                "body": body,
            },
        )

    async def delete_mock_server_response(
        self,
        mock_id: str | Resource,
        server_response_id: str | Resource,
    ) -> DeletedMockServerResponse:
        """Delete a server response

        DELETE /mocks/{mock_id}/server-responses/{server_response_id}
        Removes a server response from a mock server and returns what it was.

        Args:
            mock_id: The mock: its id or uid, or a model that has one.
            server_response_id: The server response: its id or uid, or a model that has one.

        Returns:
            ``DeletedMockServerResponse``: the success body, read into its model.

        Raises:
            AuthenticationError: The server answered 401.
            NotFoundError: The server answered 404.
            RateLimitError: The server answered 429 and the wait was longer than max_retry_wait.
            ServerError: The server answered 5xx (502, 503 and 504 are retried first).
            APIStatusError: Any other error status (the base of the classes above).
            APIConnectionError: No response, after the retries (APITimeoutError for a timeout).
            ConfigurationError: The client has no API key, and this call does not work without one.
        """

        operation = _operation("delete_mock_server_response")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
                "server_response_id": server_response_id,
            },
            {},
        )

    async def unpublish_mock(
        self,
        mock_id: str | Resource,
    ) -> UnpublishMockResponse:
        """Make a mock server private

        DELETE /mocks/{mock_id}/unpublish
        Sets the mock server's access control to private, so callers need an API key.
        Unpublishing a mock server that is already private is a 400 (`mockAlreadyUnpublishedError`).

        Args:
            mock_id: The mock: its id or uid, or a model that has one.

        Returns:
            ``UnpublishMockResponse``: the success body, read into its model.

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

        operation = _operation("unpublish_mock")

        return await self._invoke(
            operation,
            {
                "mock_id": mock_id,
            },
            {},
        )
