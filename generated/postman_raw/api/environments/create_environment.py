from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_environment_request import CreateEnvironmentRequest
from ...models.create_environment_response import CreateEnvironmentResponse
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    *,
    body: CreateEnvironmentRequest,
    workspace: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environments",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateEnvironmentResponse | None:
    if response.status_code == 200:
        response_200 = CreateEnvironmentResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateEnvironmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEnvironmentRequest,
    workspace: str,
) -> Response[CreateEnvironmentResponse]:
    """Create an environment

     Creates an environment, with its variables, in the given workspace. The body may be up
    to 30 MB; if the server answers 411, send an explicit `Content-Length` header. Only
    shared variable values (the ones synced to the Postman cloud) can be set through the API.

    Args:
        workspace (str):
        body (CreateEnvironmentRequest): Body of POST /environments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEnvironmentResponse]
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
    body: CreateEnvironmentRequest,
    workspace: str,
) -> CreateEnvironmentResponse | None:
    """Create an environment

     Creates an environment, with its variables, in the given workspace. The body may be up
    to 30 MB; if the server answers 411, send an explicit `Content-Length` header. Only
    shared variable values (the ones synced to the Postman cloud) can be set through the API.

    Args:
        workspace (str):
        body (CreateEnvironmentRequest): Body of POST /environments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEnvironmentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace=workspace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEnvironmentRequest,
    workspace: str,
) -> Response[CreateEnvironmentResponse]:
    """Create an environment

     Creates an environment, with its variables, in the given workspace. The body may be up
    to 30 MB; if the server answers 411, send an explicit `Content-Length` header. Only
    shared variable values (the ones synced to the Postman cloud) can be set through the API.

    Args:
        workspace (str):
        body (CreateEnvironmentRequest): Body of POST /environments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEnvironmentResponse]
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
    body: CreateEnvironmentRequest,
    workspace: str,
) -> CreateEnvironmentResponse | None:
    """Create an environment

     Creates an environment, with its variables, in the given workspace. The body may be up
    to 30 MB; if the server answers 411, send an explicit `Content-Length` header. Only
    shared variable values (the ones synced to the Postman cloud) can be set through the API.

    Args:
        workspace (str):
        body (CreateEnvironmentRequest): Body of POST /environments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEnvironmentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace=workspace,
        )
    ).parsed
