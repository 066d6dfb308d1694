from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sdk_git_connection import SdkGitConnection
from ...models.update_sdk_git_connection_request import UpdateSdkGitConnectionRequest
from ...types import Response, parse_json


def _get_kwargs(
    sdk_git_connection_id: str,
    *,
    body: UpdateSdkGitConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sdk-git-connections/{sdk_git_connection_id}".format(
            sdk_git_connection_id=quote(str(sdk_git_connection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SdkGitConnection | None:
    if response.status_code == 200:
        response_200 = SdkGitConnection.from_dict(parse_json(response))

        return response_200

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
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSdkGitConnectionRequest,
) -> Response[SdkGitConnection]:
    """Connect or disconnect an SDK Git connection

     Sets a connection's state. `active` (re)connects the repository and resumes automatic
    pull requests; `disconnected` stops them while keeping the pull-request history.
    `inaccessible` is set by Postman alone and cannot be requested. Sending the current
    values changes nothing and still returns the connection. On Team plans
    `autoUpdatePullRequestsEnabled` is always false.

    Args:
        sdk_git_connection_id (str):
        body (UpdateSdkGitConnectionRequest): Body of PUT /sdk-git-
            connections/{sdkGitConnectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SdkGitConnection]
    """

    kwargs = _get_kwargs(
        sdk_git_connection_id=sdk_git_connection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSdkGitConnectionRequest,
) -> SdkGitConnection | None:
    """Connect or disconnect an SDK Git connection

     Sets a connection's state. `active` (re)connects the repository and resumes automatic
    pull requests; `disconnected` stops them while keeping the pull-request history.
    `inaccessible` is set by Postman alone and cannot be requested. Sending the current
    values changes nothing and still returns the connection. On Team plans
    `autoUpdatePullRequestsEnabled` is always false.

    Args:
        sdk_git_connection_id (str):
        body (UpdateSdkGitConnectionRequest): Body of PUT /sdk-git-
            connections/{sdkGitConnectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SdkGitConnection
    """

    return sync_detailed(
        sdk_git_connection_id=sdk_git_connection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSdkGitConnectionRequest,
) -> Response[SdkGitConnection]:
    """Connect or disconnect an SDK Git connection

     Sets a connection's state. `active` (re)connects the repository and resumes automatic
    pull requests; `disconnected` stops them while keeping the pull-request history.
    `inaccessible` is set by Postman alone and cannot be requested. Sending the current
    values changes nothing and still returns the connection. On Team plans
    `autoUpdatePullRequestsEnabled` is always false.

    Args:
        sdk_git_connection_id (str):
        body (UpdateSdkGitConnectionRequest): Body of PUT /sdk-git-
            connections/{sdkGitConnectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SdkGitConnection]
    """

    kwargs = _get_kwargs(
        sdk_git_connection_id=sdk_git_connection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSdkGitConnectionRequest,
) -> SdkGitConnection | None:
    """Connect or disconnect an SDK Git connection

     Sets a connection's state. `active` (re)connects the repository and resumes automatic
    pull requests; `disconnected` stops them while keeping the pull-request history.
    `inaccessible` is set by Postman alone and cannot be requested. Sending the current
    values changes nothing and still returns the connection. On Team plans
    `autoUpdatePullRequestsEnabled` is always false.

    Args:
        sdk_git_connection_id (str):
        body (UpdateSdkGitConnectionRequest): Body of PUT /sdk-git-
            connections/{sdkGitConnectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SdkGitConnection
    """

    return (
        await asyncio_detailed(
            sdk_git_connection_id=sdk_git_connection_id,
            client=client,
            body=body,
        )
    ).parsed
