from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fork_environment_request import ForkEnvironmentRequest
from ...models.fork_environment_response import ForkEnvironmentResponse
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    environment_id: str,
    *,
    body: ForkEnvironmentRequest,
    workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environments/{environment_id}/forks".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForkEnvironmentResponse | None:
    if response.status_code == 200:
        response_200 = ForkEnvironmentResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ForkEnvironmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkEnvironmentRequest,
    workspace_id: str,
) -> Response[ForkEnvironmentResponse]:
    """Fork an environment

     Makes a fork of the environment in the given workspace.

    Args:
        environment_id (str):
        workspace_id (str):
        body (ForkEnvironmentRequest): Body of POST /environments/{environmentId}/forks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForkEnvironmentResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkEnvironmentRequest,
    workspace_id: str,
) -> ForkEnvironmentResponse | None:
    """Fork an environment

     Makes a fork of the environment in the given workspace.

    Args:
        environment_id (str):
        workspace_id (str):
        body (ForkEnvironmentRequest): Body of POST /environments/{environmentId}/forks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForkEnvironmentResponse
    """

    return sync_detailed(
        environment_id=environment_id,
        client=client,
        body=body,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkEnvironmentRequest,
    workspace_id: str,
) -> Response[ForkEnvironmentResponse]:
    """Fork an environment

     Makes a fork of the environment in the given workspace.

    Args:
        environment_id (str):
        workspace_id (str):
        body (ForkEnvironmentRequest): Body of POST /environments/{environmentId}/forks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForkEnvironmentResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkEnvironmentRequest,
    workspace_id: str,
) -> ForkEnvironmentResponse | None:
    """Fork an environment

     Makes a fork of the environment in the given workspace.

    Args:
        environment_id (str):
        workspace_id (str):
        body (ForkEnvironmentRequest): Body of POST /environments/{environmentId}/forks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForkEnvironmentResponse
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            client=client,
            body=body,
            workspace_id=workspace_id,
        )
    ).parsed
