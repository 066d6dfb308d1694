from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_component_request import UpdateComponentRequest
from ...models.update_component_response import UpdateComponentResponse
from ...types import Response, parse_json


def _get_kwargs(
    component_id: str,
    *,
    body: UpdateComponentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/components/{component_id}".format(
            component_id=quote(str(component_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateComponentResponse | None:
    if response.status_code == 200:
        response_200 = UpdateComponentResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateComponentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateComponentRequest,
) -> Response[UpdateComponentResponse]:
    """Rename, archive or reactivate a component

     Changes either the name or the lifecycle state of a component, never both in one call
    (make two calls for that). Archiving makes the component read-only: it is kept, its
    published versions stay readable, but it can no longer be edited, renamed or published
    until it is made `active` again. Enterprise plans only.

    Args:
        component_id (str):
        body (UpdateComponentRequest): Body of PATCH /components/{componentId}. Send exactly one
            of the two fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateComponentResponse]
    """

    kwargs = _get_kwargs(
        component_id=component_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateComponentRequest,
) -> UpdateComponentResponse | None:
    """Rename, archive or reactivate a component

     Changes either the name or the lifecycle state of a component, never both in one call
    (make two calls for that). Archiving makes the component read-only: it is kept, its
    published versions stay readable, but it can no longer be edited, renamed or published
    until it is made `active` again. Enterprise plans only.

    Args:
        component_id (str):
        body (UpdateComponentRequest): Body of PATCH /components/{componentId}. Send exactly one
            of the two fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateComponentResponse
    """

    return sync_detailed(
        component_id=component_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateComponentRequest,
) -> Response[UpdateComponentResponse]:
    """Rename, archive or reactivate a component

     Changes either the name or the lifecycle state of a component, never both in one call
    (make two calls for that). Archiving makes the component read-only: it is kept, its
    published versions stay readable, but it can no longer be edited, renamed or published
    until it is made `active` again. Enterprise plans only.

    Args:
        component_id (str):
        body (UpdateComponentRequest): Body of PATCH /components/{componentId}. Send exactly one
            of the two fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateComponentResponse]
    """

    kwargs = _get_kwargs(
        component_id=component_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateComponentRequest,
) -> UpdateComponentResponse | None:
    """Rename, archive or reactivate a component

     Changes either the name or the lifecycle state of a component, never both in one call
    (make two calls for that). Archiving makes the component read-only: it is kept, its
    published versions stay readable, but it can no longer be edited, renamed or published
    until it is made `active` again. Enterprise plans only.

    Args:
        component_id (str):
        body (UpdateComponentRequest): Body of PATCH /components/{componentId}. Send exactly one
            of the two fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateComponentResponse
    """

    return (
        await asyncio_detailed(
            component_id=component_id,
            client=client,
            body=body,
        )
    ).parsed
