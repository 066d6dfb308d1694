from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_spec_collections_element_type import (
    GetSpecCollectionsElementType,
)
from ...models.get_spec_collections_response import GetSpecCollectionsResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    spec_id: str,
    element_type: GetSpecCollectionsElementType,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/specs/{spec_id}/generations/{element_type}".format(
            spec_id=quote(str(spec_id), safe=""),
            element_type=quote(str(element_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSpecCollectionsResponse | None:
    if response.status_code == 200:
        response_200 = GetSpecCollectionsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSpecCollectionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    spec_id: str,
    element_type: GetSpecCollectionsElementType,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetSpecCollectionsResponse]:
    """List the collections generated from a spec

     Lists the collections generated from the spec, with the sync state of each, one page
    at a time: pass `meta.nextCursor` of one page as `cursor` to get the next.

    Args:
        spec_id (str):
        element_type (GetSpecCollectionsElementType):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSpecCollectionsResponse]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        element_type=element_type,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spec_id: str,
    element_type: GetSpecCollectionsElementType,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetSpecCollectionsResponse | None:
    """List the collections generated from a spec

     Lists the collections generated from the spec, with the sync state of each, one page
    at a time: pass `meta.nextCursor` of one page as `cursor` to get the next.

    Args:
        spec_id (str):
        element_type (GetSpecCollectionsElementType):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSpecCollectionsResponse
    """

    return sync_detailed(
        spec_id=spec_id,
        element_type=element_type,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    element_type: GetSpecCollectionsElementType,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetSpecCollectionsResponse]:
    """List the collections generated from a spec

     Lists the collections generated from the spec, with the sync state of each, one page
    at a time: pass `meta.nextCursor` of one page as `cursor` to get the next.

    Args:
        spec_id (str):
        element_type (GetSpecCollectionsElementType):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSpecCollectionsResponse]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        element_type=element_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    element_type: GetSpecCollectionsElementType,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetSpecCollectionsResponse | None:
    """List the collections generated from a spec

     Lists the collections generated from the spec, with the sync state of each, one page
    at a time: pass `meta.nextCursor` of one page as `cursor` to get the next.

    Args:
        spec_id (str):
        element_type (GetSpecCollectionsElementType):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSpecCollectionsResponse
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            element_type=element_type,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
