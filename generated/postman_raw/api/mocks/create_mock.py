from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_mock_request import CreateMockRequest
from ...models.create_mock_response import CreateMockResponse
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    *,
    body: CreateMockRequest,
    workspace: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mocks",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateMockResponse | None:
    if response.status_code == 200:
        response_200 = CreateMockResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateMockResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMockRequest,
    workspace: str,
) -> Response[CreateMockResponse]:
    """Create a mock server

     Creates a mock server that answers from the saved examples of a collection, in the
    given workspace. Collections that are attached to an API definition cannot be mocked.

    Args:
        workspace (str):
        body (CreateMockRequest): Body of POST /mocks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMockResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace=workspace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMockRequest,
    workspace: str,
) -> CreateMockResponse | None:
    """Create a mock server

     Creates a mock server that answers from the saved examples of a collection, in the
    given workspace. Collections that are attached to an API definition cannot be mocked.

    Args:
        workspace (str):
        body (CreateMockRequest): Body of POST /mocks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMockResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace=workspace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMockRequest,
    workspace: str,
) -> Response[CreateMockResponse]:
    """Create a mock server

     Creates a mock server that answers from the saved examples of a collection, in the
    given workspace. Collections that are attached to an API definition cannot be mocked.

    Args:
        workspace (str):
        body (CreateMockRequest): Body of POST /mocks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMockResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace=workspace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMockRequest,
    workspace: str,
) -> CreateMockResponse | None:
    """Create a mock server

     Creates a mock server that answers from the saved examples of a collection, in the
    given workspace. Collections that are attached to an API definition cannot be mocked.

    Args:
        workspace (str):
        body (CreateMockRequest): Body of POST /mocks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMockResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace=workspace,
        )
    ).parsed
