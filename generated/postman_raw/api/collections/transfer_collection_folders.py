from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_item_transfer_result import CollectionItemTransferResult
from ...models.transfer_collection_folders_request import TransferCollectionFoldersRequest
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: TransferCollectionFoldersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collection-folders-transfers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionItemTransferResult | None:
    if response.status_code == 200:
        response_200 = CollectionItemTransferResult.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollectionItemTransferResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferCollectionFoldersRequest,
) -> Response[CollectionItemTransferResult]:
    """Copy or move folders

     Copies or moves one or more folders, with everything inside them, into a collection or
    into another folder. `target.model` is `collection` or `folder`. With `mode: move` the
    folders leave their old place; with `mode: copy` the originals stay and new uids are
    given to the copies.

    Args:
        body (TransferCollectionFoldersRequest): Body of POST /collection-folders-transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionItemTransferResult]
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
    body: TransferCollectionFoldersRequest,
) -> CollectionItemTransferResult | None:
    """Copy or move folders

     Copies or moves one or more folders, with everything inside them, into a collection or
    into another folder. `target.model` is `collection` or `folder`. With `mode: move` the
    folders leave their old place; with `mode: copy` the originals stay and new uids are
    given to the copies.

    Args:
        body (TransferCollectionFoldersRequest): Body of POST /collection-folders-transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionItemTransferResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferCollectionFoldersRequest,
) -> Response[CollectionItemTransferResult]:
    """Copy or move folders

     Copies or moves one or more folders, with everything inside them, into a collection or
    into another folder. `target.model` is `collection` or `folder`. With `mode: move` the
    folders leave their old place; with `mode: copy` the originals stay and new uids are
    given to the copies.

    Args:
        body (TransferCollectionFoldersRequest): Body of POST /collection-folders-transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionItemTransferResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferCollectionFoldersRequest,
) -> CollectionItemTransferResult | None:
    """Copy or move folders

     Copies or moves one or more folders, with everything inside them, into a collection or
    into another folder. `target.model` is `collection` or `folder`. With `mode: move` the
    folders leave their old place; with `mode: copy` the originals stay and new uids are
    given to the copies.

    Args:
        body (TransferCollectionFoldersRequest): Body of POST /collection-folders-transfers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionItemTransferResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
