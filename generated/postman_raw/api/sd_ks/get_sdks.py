from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_sdks_build_status import GetSdksBuildStatus
from ...models.get_sdks_response import GetSdksResponse
from ...models.sdk_language_input import SdkLanguageInput
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    workspace_id: str,
    sdk_ids: list[str] | Unset = UNSET,
    build_status: GetSdksBuildStatus | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    source_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    json_sdk_ids: list[str] | Unset = UNSET
    if not isinstance(sdk_ids, Unset):
        json_sdk_ids = sdk_ids

    params["sdkIds"] = json_sdk_ids

    json_build_status: str | Unset = UNSET
    if not isinstance(build_status, Unset):
        json_build_status = build_status

    params["buildStatus"] = json_build_status

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    params["sourceId"] = source_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sdks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetSdksResponse | None:
    if response.status_code == 200:
        response_200 = GetSdksResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetSdksResponse]:
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
    sdk_ids: list[str] | Unset = UNSET,
    build_status: GetSdksBuildStatus | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    source_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetSdksResponse]:
    """List SDKs

     Lists the SDKs of one workspace that the key's user can see. To poll the build state
    of several SDKs in one call, pass their ids in `sdkIds`; the other filters are then
    ignored and only the accessible SDKs of that list are returned. Pages are taken with
    `cursor` and `limit`.

    Args:
        workspace_id (str):
        sdk_ids (list[str] | Unset):
        build_status (GetSdksBuildStatus | Unset):
        language (SdkLanguageInput | Unset): An SDK target language, as sent in a request or
            filter.
        source_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSdksResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        sdk_ids=sdk_ids,
        build_status=build_status,
        language=language,
        source_id=source_id,
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
    sdk_ids: list[str] | Unset = UNSET,
    build_status: GetSdksBuildStatus | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    source_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetSdksResponse | None:
    """List SDKs

     Lists the SDKs of one workspace that the key's user can see. To poll the build state
    of several SDKs in one call, pass their ids in `sdkIds`; the other filters are then
    ignored and only the accessible SDKs of that list are returned. Pages are taken with
    `cursor` and `limit`.

    Args:
        workspace_id (str):
        sdk_ids (list[str] | Unset):
        build_status (GetSdksBuildStatus | Unset):
        language (SdkLanguageInput | Unset): An SDK target language, as sent in a request or
            filter.
        source_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSdksResponse
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        sdk_ids=sdk_ids,
        build_status=build_status,
        language=language,
        source_id=source_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    sdk_ids: list[str] | Unset = UNSET,
    build_status: GetSdksBuildStatus | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    source_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetSdksResponse]:
    """List SDKs

     Lists the SDKs of one workspace that the key's user can see. To poll the build state
    of several SDKs in one call, pass their ids in `sdkIds`; the other filters are then
    ignored and only the accessible SDKs of that list are returned. Pages are taken with
    `cursor` and `limit`.

    Args:
        workspace_id (str):
        sdk_ids (list[str] | Unset):
        build_status (GetSdksBuildStatus | Unset):
        language (SdkLanguageInput | Unset): An SDK target language, as sent in a request or
            filter.
        source_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSdksResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        sdk_ids=sdk_ids,
        build_status=build_status,
        language=language,
        source_id=source_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    sdk_ids: list[str] | Unset = UNSET,
    build_status: GetSdksBuildStatus | Unset = UNSET,
    language: SdkLanguageInput | Unset = UNSET,
    source_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetSdksResponse | None:
    """List SDKs

     Lists the SDKs of one workspace that the key's user can see. To poll the build state
    of several SDKs in one call, pass their ids in `sdkIds`; the other filters are then
    ignored and only the accessible SDKs of that list are returned. Pages are taken with
    `cursor` and `limit`.

    Args:
        workspace_id (str):
        sdk_ids (list[str] | Unset):
        build_status (GetSdksBuildStatus | Unset):
        language (SdkLanguageInput | Unset): An SDK target language, as sent in a request or
            filter.
        source_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSdksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            sdk_ids=sdk_ids,
            build_status=build_status,
            language=language,
            source_id=source_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
