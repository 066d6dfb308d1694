from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_component_version_request import CreateComponentVersionRequest
from ...models.create_component_version_response import CreateComponentVersionResponse
from ...types import Response, parse_json


def _get_kwargs(
    component_id: str,
    *,
    body: CreateComponentVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/components/{component_id}/versions".format(
            component_id=quote(str(component_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateComponentVersionResponse | None:
    if response.status_code == 201:
        response_201 = CreateComponentVersionResponse.from_dict(parse_json(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateComponentVersionResponse]:
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
    body: CreateComponentVersionRequest,
) -> Response[CreateComponentVersionResponse]:
    """Publish a version of a component

     Publishes the component's current draft as a new, immutable version with the given
    label. An archived component must be made `active` before it can be published.
    Enterprise plans only.

    Args:
        component_id (str):
        body (CreateComponentVersionRequest): Body of POST /components/{componentId}/versions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateComponentVersionResponse]
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
    body: CreateComponentVersionRequest,
) -> CreateComponentVersionResponse | None:
    """Publish a version of a component

     Publishes the component's current draft as a new, immutable version with the given
    label. An archived component must be made `active` before it can be published.
    Enterprise plans only.

    Args:
        component_id (str):
        body (CreateComponentVersionRequest): Body of POST /components/{componentId}/versions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateComponentVersionResponse
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
    body: CreateComponentVersionRequest,
) -> Response[CreateComponentVersionResponse]:
    """Publish a version of a component

     Publishes the component's current draft as a new, immutable version with the given
    label. An archived component must be made `active` before it can be published.
    Enterprise plans only.

    Args:
        component_id (str):
        body (CreateComponentVersionRequest): Body of POST /components/{componentId}/versions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateComponentVersionResponse]
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
    body: CreateComponentVersionRequest,
) -> CreateComponentVersionResponse | None:
    """Publish a version of a component

     Publishes the component's current draft as a new, immutable version with the given
    label. An archived component must be made `active` before it can be published.
    Enterprise plans only.

    Args:
        component_id (str):
        body (CreateComponentVersionRequest): Body of POST /components/{componentId}/versions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateComponentVersionResponse
    """

    return (
        await asyncio_detailed(
            component_id=component_id,
            client=client,
            body=body,
        )
    ).parsed
