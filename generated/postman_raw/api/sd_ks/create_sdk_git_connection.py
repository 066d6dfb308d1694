from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sdk_git_connection_request import CreateSdkGitConnectionRequest
from ...models.sdk_git_connection import SdkGitConnection
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: CreateSdkGitConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sdk-git-connections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SdkGitConnection | None:
    if response.status_code == 201:
        response_201 = SdkGitConnection.from_dict(parse_json(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SdkGitConnection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSdkGitConnectionRequest,
) -> Response[SdkGitConnection]:
    """Connect a Git repository to an SDK

     Connects a collection or spec, for one SDK language, to a Git repository; the new
    connection starts `active`. There is at most one connection per source and language: a
    second one is refused with 409 (change an existing one with PUT
    /sdk-git-connections/{sdkGitConnectionId}). On Team plans
    `autoUpdatePullRequestsEnabled` is always false.

    Args:
        body (CreateSdkGitConnectionRequest): Body of POST /sdk-git-connections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SdkGitConnection]
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
    body: CreateSdkGitConnectionRequest,
) -> SdkGitConnection | None:
    """Connect a Git repository to an SDK

     Connects a collection or spec, for one SDK language, to a Git repository; the new
    connection starts `active`. There is at most one connection per source and language: a
    second one is refused with 409 (change an existing one with PUT
    /sdk-git-connections/{sdkGitConnectionId}). On Team plans
    `autoUpdatePullRequestsEnabled` is always false.

    Args:
        body (CreateSdkGitConnectionRequest): Body of POST /sdk-git-connections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SdkGitConnection
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSdkGitConnectionRequest,
) -> Response[SdkGitConnection]:
    """Connect a Git repository to an SDK

     Connects a collection or spec, for one SDK language, to a Git repository; the new
    connection starts `active`. There is at most one connection per source and language: a
    second one is refused with 409 (change an existing one with PUT
    /sdk-git-connections/{sdkGitConnectionId}). On Team plans
    `autoUpdatePullRequestsEnabled` is always false.

    Args:
        body (CreateSdkGitConnectionRequest): Body of POST /sdk-git-connections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SdkGitConnection]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSdkGitConnectionRequest,
) -> SdkGitConnection | None:
    """Connect a Git repository to an SDK

     Connects a collection or spec, for one SDK language, to a Git repository; the new
    connection starts `active`. There is at most one connection per source and language: a
    second one is refused with 409 (change an existing one with PUT
    /sdk-git-connections/{sdkGitConnectionId}). On Team plans
    `autoUpdatePullRequestsEnabled` is always false.

    Args:
        body (CreateSdkGitConnectionRequest): Body of POST /sdk-git-connections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SdkGitConnection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
