from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_collection_access_keys_response import GetCollectionAccessKeysResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    collection_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["collectionId"] = collection_id

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collection-access-keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCollectionAccessKeysResponse | None:
    if response.status_code == 200:
        response_200 = GetCollectionAccessKeysResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionAccessKeysResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetCollectionAccessKeysResponse]:
    """List collection access keys

     Lists the key owner's personal and team collection access keys, optionally for one
    collection only. A key expires 60 days after its last use (`expiresAfter`); a key never
    used has an empty `lastUsedAt`. Pages are cursor-based: pass `meta.nextCursor` as
    `cursor` to get the next page.

    Args:
        collection_id (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionAccessKeysResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetCollectionAccessKeysResponse | None:
    """List collection access keys

     Lists the key owner's personal and team collection access keys, optionally for one
    collection only. A key expires 60 days after its last use (`expiresAfter`); a key never
    used has an empty `lastUsedAt`. Pages are cursor-based: pass `meta.nextCursor` as
    `cursor` to get the next page.

    Args:
        collection_id (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionAccessKeysResponse
    """

    return sync_detailed(
        client=client,
        collection_id=collection_id,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetCollectionAccessKeysResponse]:
    """List collection access keys

     Lists the key owner's personal and team collection access keys, optionally for one
    collection only. A key expires 60 days after its last use (`expiresAfter`); a key never
    used has an empty `lastUsedAt`. Pages are cursor-based: pass `meta.nextCursor` as
    `cursor` to get the next page.

    Args:
        collection_id (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionAccessKeysResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    collection_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetCollectionAccessKeysResponse | None:
    """List collection access keys

     Lists the key owner's personal and team collection access keys, optionally for one
    collection only. A key expires 60 days after its last use (`expiresAfter`); a key never
    used has an empty `lastUsedAt`. Pages are cursor-based: pass `meta.nextCursor` as
    `cursor` to get the next page.

    Args:
        collection_id (str | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionAccessKeysResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            collection_id=collection_id,
            cursor=cursor,
        )
    ).parsed
