from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_component_request import CreateComponentRequest
from ...models.create_component_response import CreateComponentResponse
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: CreateComponentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/components",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateComponentResponse | None:
    if response.status_code == 201:
        response_201 = CreateComponentResponse.from_dict(parse_json(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateComponentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateComponentRequest,
) -> Response[CreateComponentResponse]:
    """Add a component to the library

     Creates an active component whose draft holds the given content. Nothing is published
    yet: publish the draft with POST /components/{componentId}/versions. Names are unique
    within the team. Enterprise plans only.

    Args:
        body (CreateComponentRequest): Body of POST /components.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateComponentResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateComponentRequest,
) -> CreateComponentResponse | None:
    """Add a component to the library

     Creates an active component whose draft holds the given content. Nothing is published
    yet: publish the draft with POST /components/{componentId}/versions. Names are unique
    within the team. Enterprise plans only.

    Args:
        body (CreateComponentRequest): Body of POST /components.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateComponentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateComponentRequest,
) -> Response[CreateComponentResponse]:
    """Add a component to the library

     Creates an active component whose draft holds the given content. Nothing is published
    yet: publish the draft with POST /components/{componentId}/versions. Names are unique
    within the team. Enterprise plans only.

    Args:
        body (CreateComponentRequest): Body of POST /components.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateComponentResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateComponentRequest,
) -> CreateComponentResponse | None:
    """Add a component to the library

     Creates an active component whose draft holds the given content. Nothing is published
    yet: publish the draft with POST /components/{componentId}/versions. Names are unique
    within the team. Enterprise plans only.

    Args:
        body (CreateComponentRequest): Body of POST /components.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateComponentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
