from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_tool_request import GenerateToolRequest
from ...models.generate_tool_response import GenerateToolResponse
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: GenerateToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/postbot/generations/tool",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GenerateToolResponse | None:
    if response.status_code == 200:
        response_200 = GenerateToolResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GenerateToolResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateToolRequest,
) -> Response[GenerateToolResponse]:
    """Generate AI agent tool code for a public request (deprecated)

     Deprecated. Writes the source of a function-calling tool for an AI agent framework from
    one request of a collection on the Public API Network (public collections only). This
    endpoint has its own limit of 300 calls in 3 hours and does not count against the
    Postbot allowance.

    Args:
        body (GenerateToolRequest): Body of POST /postbot/generations/tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateToolResponse]
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
    body: GenerateToolRequest,
) -> GenerateToolResponse | None:
    """Generate AI agent tool code for a public request (deprecated)

     Deprecated. Writes the source of a function-calling tool for an AI agent framework from
    one request of a collection on the Public API Network (public collections only). This
    endpoint has its own limit of 300 calls in 3 hours and does not count against the
    Postbot allowance.

    Args:
        body (GenerateToolRequest): Body of POST /postbot/generations/tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateToolResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateToolRequest,
) -> Response[GenerateToolResponse]:
    """Generate AI agent tool code for a public request (deprecated)

     Deprecated. Writes the source of a function-calling tool for an AI agent framework from
    one request of a collection on the Public API Network (public collections only). This
    endpoint has its own limit of 300 calls in 3 hours and does not count against the
    Postbot allowance.

    Args:
        body (GenerateToolRequest): Body of POST /postbot/generations/tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateToolResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateToolRequest,
) -> GenerateToolResponse | None:
    """Generate AI agent tool code for a public request (deprecated)

     Deprecated. Writes the source of a function-calling tool for an AI agent framework from
    one request of a collection on the Public API Network (public collections only). This
    endpoint has its own limit of 300 calls in 3 hours and does not count against the
    Postbot allowance.

    Args:
        body (GenerateToolRequest): Body of POST /postbot/generations/tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateToolResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
