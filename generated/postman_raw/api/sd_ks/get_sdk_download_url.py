from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_sdk_download_url_response import GetSdkDownloadUrlResponse
from ...types import Response, parse_json


def _get_kwargs(
    sdk_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sdks/{sdk_id}/downloads".format(
            sdk_id=quote(str(sdk_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSdkDownloadUrlResponse | None:
    if response.status_code == 200:
        response_200 = GetSdkDownloadUrlResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSdkDownloadUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sdk_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetSdkDownloadUrlResponse]:
    """Get a download link for an SDK

     Returns a signed link to the SDK's zip archive, made on request and valid for a few
    minutes. The archive itself is never sent by the API; download it from `url`.

    Args:
        sdk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSdkDownloadUrlResponse]
    """

    kwargs = _get_kwargs(
        sdk_id=sdk_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sdk_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetSdkDownloadUrlResponse | None:
    """Get a download link for an SDK

     Returns a signed link to the SDK's zip archive, made on request and valid for a few
    minutes. The archive itself is never sent by the API; download it from `url`.

    Args:
        sdk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSdkDownloadUrlResponse
    """

    return sync_detailed(
        sdk_id=sdk_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sdk_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetSdkDownloadUrlResponse]:
    """Get a download link for an SDK

     Returns a signed link to the SDK's zip archive, made on request and valid for a few
    minutes. The archive itself is never sent by the API; download it from `url`.

    Args:
        sdk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSdkDownloadUrlResponse]
    """

    kwargs = _get_kwargs(
        sdk_id=sdk_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sdk_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetSdkDownloadUrlResponse | None:
    """Get a download link for an SDK

     Returns a signed link to the SDK's zip archive, made on request and valid for a few
    minutes. The archive itself is never sent by the API; download it from `url`.

    Args:
        sdk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSdkDownloadUrlResponse
    """

    return (
        await asyncio_detailed(
            sdk_id=sdk_id,
            client=client,
        )
    ).parsed
