from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_action import AuditLogAction
from ...models.error_envelope import ErrorEnvelope
from ...models.error_name_message import ErrorNameMessage
from ...models.problem_detail import ProblemDetail
from ...models.rate_limited_body import RateLimitedBody
from ...types import Response, parse_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit-actions",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | list[AuditLogAction]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = parse_json(response)
        if not isinstance(_response_200, list):
            raise wrong_type("an array", _response_200)
        for componentsschemas_get_audit_log_event_actions_response_item_data in _response_200:
            componentsschemas_get_audit_log_event_actions_response_item = AuditLogAction.from_dict(
                componentsschemas_get_audit_log_event_actions_response_item_data
            )

            response_200.append(componentsschemas_get_audit_log_event_actions_response_item)

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_400 = _parse_response_400(parse_json(response))

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_401 = _parse_response_401(parse_json(response))

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_403 = _parse_response_403(parse_json(response))

        return response_403

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_too_many_requests_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not RateLimitedBody._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_1 = RateLimitedBody.from_dict(data)

                return componentsschemas_too_many_requests_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_2 = ErrorNameMessage.from_dict(data)

                return componentsschemas_too_many_requests_body_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_too_many_requests_body_type_3 = ProblemDetail.from_dict(data)

            return componentsschemas_too_many_requests_body_type_3

        response_429 = _parse_response_429(parse_json(response))

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_500 = _parse_response_500(parse_json(response))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | list[AuditLogAction]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | list[AuditLogAction]
]:
    """List the audit event actions

     Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
    Use `name` as the `action` filter of GET /audit/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | list[AuditLogAction]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | list[AuditLogAction]
    | None
):
    """List the audit event actions

     Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
    Use `name` as the `action` filter of GET /audit/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | list[AuditLogAction]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | list[AuditLogAction]
]:
    """List the audit event actions

     Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
    Use `name` as the `action` filter of GET /audit/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | list[AuditLogAction]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | list[AuditLogAction]
    | None
):
    """List the audit event actions

     Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
    Use `name` as the `action` filter of GET /audit/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | list[AuditLogAction]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
