from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_action import AuditLogAction
from ...types import Response, parse_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit-actions",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[AuditLogAction] | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[AuditLogAction]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[AuditLogAction]]:
    """List the audit event actions

     Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
    Use `name` as the `action` filter of GET /audit/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AuditLogAction]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[AuditLogAction] | None:
    """List the audit event actions

     Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
    Use `name` as the `action` filter of GET /audit/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AuditLogAction]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[AuditLogAction]]:
    """List the audit event actions

     Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
    Use `name` as the `action` filter of GET /audit/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AuditLogAction]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[AuditLogAction] | None:
    """List the audit event actions

     Returns every action an audit event can have, with the label the Audit Logs dashboard shows for it.
    Use `name` as the `action` filter of GET /audit/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AuditLogAction]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
