from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sdk_git_connection import SdkGitConnection
from ...types import Response, parse_json


def _get_kwargs(
    sdk_git_connection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sdk-git-connections/{sdk_git_connection_id}".format(
            sdk_git_connection_id=quote(str(sdk_git_connection_id), safe=""),
        ),
    }

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
) -> Response[SdkGitConnection]:
    """Get an SDK Git connection

     Returns one Git connection, with the SDK currently on its target branch and its
    SDK-update pull requests, newest first.

    Args:
        sdk_git_connection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SdkGitConnection]
    """

    kwargs = _get_kwargs(
        sdk_git_connection_id=sdk_git_connection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SdkGitConnection | None:
    """Get an SDK Git connection

     Returns one Git connection, with the SDK currently on its target branch and its
    SDK-update pull requests, newest first.

    Args:
        sdk_git_connection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SdkGitConnection
    """

    return sync_detailed(
        sdk_git_connection_id=sdk_git_connection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SdkGitConnection]:
    """Get an SDK Git connection

     Returns one Git connection, with the SDK currently on its target branch and its
    SDK-update pull requests, newest first.

    Args:
        sdk_git_connection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SdkGitConnection]
    """

    kwargs = _get_kwargs(
        sdk_git_connection_id=sdk_git_connection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sdk_git_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SdkGitConnection | None:
    """Get an SDK Git connection

     Returns one Git connection, with the SDK currently on its target branch and its
    SDK-update pull requests, newest first.

    Args:
        sdk_git_connection_id (str):

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
        )
    ).parsed
