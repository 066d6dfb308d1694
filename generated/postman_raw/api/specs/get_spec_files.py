from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_spec_files_response import GetSpecFilesResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    spec_id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/specs/{spec_id}/files".format(
            spec_id=quote(str(spec_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetSpecFilesResponse | None:
    if response.status_code == 200:
        response_200 = GetSpecFilesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSpecFilesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetSpecFilesResponse]:
    """List a spec's files

     Lists the files of a spec (without their contents). Postman's definition documents no
    paging here, but the answer carries `meta.nextCursor`: pass it back as `cursor` for the
    next page.

    Args:
        spec_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSpecFilesResponse]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetSpecFilesResponse | None:
    """List a spec's files

     Lists the files of a spec (without their contents). Postman's definition documents no
    paging here, but the answer carries `meta.nextCursor`: pass it back as `cursor` for the
    next page.

    Args:
        spec_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSpecFilesResponse
    """

    return sync_detailed(
        spec_id=spec_id,
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetSpecFilesResponse]:
    """List a spec's files

     Lists the files of a spec (without their contents). Postman's definition documents no
    paging here, but the answer carries `meta.nextCursor`: pass it back as `cursor` for the
    next page.

    Args:
        spec_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSpecFilesResponse]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetSpecFilesResponse | None:
    """List a spec's files

     Lists the files of a spec (without their contents). Postman's definition documents no
    paging here, but the answer carries `meta.nextCursor`: pass it back as `cursor` for the
    next page.

    Args:
        spec_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSpecFilesResponse
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
