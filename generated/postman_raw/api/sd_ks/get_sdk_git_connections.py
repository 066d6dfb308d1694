from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_sdk_git_connections_response import GetSdkGitConnectionsResponse
from ...models.get_sdk_git_connections_status import GetSdkGitConnectionsStatus
from ...models.sdk_language_input import SdkLanguageInput
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    workspace_id: str,
    source_id: str | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    status: GetSdkGitConnectionsStatus | Unset = UNSET,
    repository_url: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params["sourceId"] = source_id

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["repositoryUrl"] = repository_url

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sdk-git-connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSdkGitConnectionsResponse | None:
    if response.status_code == 200:
        response_200 = GetSdkGitConnectionsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSdkGitConnectionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    source_id: str | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    status: GetSdkGitConnectionsStatus | Unset = UNSET,
    repository_url: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetSdkGitConnectionsResponse]:
    """List SDK Git connections

     Lists the Git connections of one workspace's collections and specs that the key's user
    can see. A connection ties one source and one SDK language to one repository. Pages are
    taken with `cursor` and `limit` (`meta.nextCursor` is null on the last page).

    Args:
        workspace_id (str):
        source_id (str | Unset):
        language (SdkLanguageInput | Unset): An SDK target language, as sent in a request or
            filter.
        status (GetSdkGitConnectionsStatus | Unset):
        repository_url (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSdkGitConnectionsResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        source_id=source_id,
        language=language,
        status=status,
        repository_url=repository_url,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    source_id: str | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    status: GetSdkGitConnectionsStatus | Unset = UNSET,
    repository_url: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetSdkGitConnectionsResponse | None:
    """List SDK Git connections

     Lists the Git connections of one workspace's collections and specs that the key's user
    can see. A connection ties one source and one SDK language to one repository. Pages are
    taken with `cursor` and `limit` (`meta.nextCursor` is null on the last page).

    Args:
        workspace_id (str):
        source_id (str | Unset):
        language (SdkLanguageInput | Unset): An SDK target language, as sent in a request or
            filter.
        status (GetSdkGitConnectionsStatus | Unset):
        repository_url (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSdkGitConnectionsResponse
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        source_id=source_id,
        language=language,
        status=status,
        repository_url=repository_url,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    source_id: str | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    status: GetSdkGitConnectionsStatus | Unset = UNSET,
    repository_url: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetSdkGitConnectionsResponse]:
    """List SDK Git connections

     Lists the Git connections of one workspace's collections and specs that the key's user
    can see. A connection ties one source and one SDK language to one repository. Pages are
    taken with `cursor` and `limit` (`meta.nextCursor` is null on the last page).

    Args:
        workspace_id (str):
        source_id (str | Unset):
        language (SdkLanguageInput | Unset): An SDK target language, as sent in a request or
            filter.
        status (GetSdkGitConnectionsStatus | Unset):
        repository_url (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSdkGitConnectionsResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        source_id=source_id,
        language=language,
        status=status,
        repository_url=repository_url,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    source_id: str | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    status: GetSdkGitConnectionsStatus | Unset = UNSET,
    repository_url: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetSdkGitConnectionsResponse | None:
    """List SDK Git connections

     Lists the Git connections of one workspace's collections and specs that the key's user
    can see. A connection ties one source and one SDK language to one repository. Pages are
    taken with `cursor` and `limit` (`meta.nextCursor` is null on the last page).

    Args:
        workspace_id (str):
        source_id (str | Unset):
        language (SdkLanguageInput | Unset): An SDK target language, as sent in a request or
            filter.
        status (GetSdkGitConnectionsStatus | Unset):
        repository_url (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSdkGitConnectionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            source_id=source_id,
            language=language,
            status=status,
            repository_url=repository_url,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
