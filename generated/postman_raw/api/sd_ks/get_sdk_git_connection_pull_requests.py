from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_sdk_git_connection_pull_requests_response import GetSdkGitConnectionPullRequestsResponse
from ...models.get_sdk_git_connection_pull_requests_status import (
    GetSdkGitConnectionPullRequestsStatus,
)
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    sdk_git_connection_id: str,
    *,
    status: GetSdkGitConnectionPullRequestsStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sdk-git-connections/{sdk_git_connection_id}/pull-requests".format(
            sdk_git_connection_id=quote(str(sdk_git_connection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSdkGitConnectionPullRequestsResponse | None:
    if response.status_code == 200:
        response_200 = GetSdkGitConnectionPullRequestsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSdkGitConnectionPullRequestsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: GetSdkGitConnectionPullRequestsStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetSdkGitConnectionPullRequestsResponse]:
    """List an SDK Git connection's pull requests

     Lists the SDK-update pull requests opened through a connection, most recently updated
    first. Changes pushed straight to the base branch are not listed. Pages are taken with
    `cursor` and `limit`.

    Args:
        sdk_git_connection_id (str):
        status (GetSdkGitConnectionPullRequestsStatus | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSdkGitConnectionPullRequestsResponse]
    """

    kwargs = _get_kwargs(
        sdk_git_connection_id=sdk_git_connection_id,
        status=status,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: GetSdkGitConnectionPullRequestsStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetSdkGitConnectionPullRequestsResponse | None:
    """List an SDK Git connection's pull requests

     Lists the SDK-update pull requests opened through a connection, most recently updated
    first. Changes pushed straight to the base branch are not listed. Pages are taken with
    `cursor` and `limit`.

    Args:
        sdk_git_connection_id (str):
        status (GetSdkGitConnectionPullRequestsStatus | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSdkGitConnectionPullRequestsResponse
    """

    return sync_detailed(
        sdk_git_connection_id=sdk_git_connection_id,
        client=client,
        status=status,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: GetSdkGitConnectionPullRequestsStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetSdkGitConnectionPullRequestsResponse]:
    """List an SDK Git connection's pull requests

     Lists the SDK-update pull requests opened through a connection, most recently updated
    first. Changes pushed straight to the base branch are not listed. Pages are taken with
    `cursor` and `limit`.

    Args:
        sdk_git_connection_id (str):
        status (GetSdkGitConnectionPullRequestsStatus | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSdkGitConnectionPullRequestsResponse]
    """

    kwargs = _get_kwargs(
        sdk_git_connection_id=sdk_git_connection_id,
        status=status,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: GetSdkGitConnectionPullRequestsStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetSdkGitConnectionPullRequestsResponse | None:
    """List an SDK Git connection's pull requests

     Lists the SDK-update pull requests opened through a connection, most recently updated
    first. Changes pushed straight to the base branch are not listed. Pages are taken with
    `cursor` and `limit`.

    Args:
        sdk_git_connection_id (str):
        status (GetSdkGitConnectionPullRequestsStatus | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSdkGitConnectionPullRequestsResponse
    """

    return (
        await asyncio_detailed(
            sdk_git_connection_id=sdk_git_connection_id,
            client=client,
            status=status,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
