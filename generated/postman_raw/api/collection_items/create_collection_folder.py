from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_collection_folder_request import CreateCollectionFolderRequest
from ...models.create_collection_folder_response import CreateCollectionFolderResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: CreateCollectionFolderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/folders".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCollectionFolderResponse | None:
    if response.status_code == 200:
        response_200 = CreateCollectionFolderResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCollectionFolderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionFolderRequest,
) -> Response[CreateCollectionFolderResponse]:
    """Add a folder to a collection

     Creates a folder at the top level of the collection, or inside another folder when
    `folder` is given. Requests sent in `requests` are created inside the new folder in the
    same call. Send a `name`: without one the folder is created with an empty name.

    Args:
        collection_id (str):
        body (CreateCollectionFolderRequest): The new folder. Other folder fields of the item-
            level format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionFolderResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionFolderRequest,
) -> CreateCollectionFolderResponse | None:
    """Add a folder to a collection

     Creates a folder at the top level of the collection, or inside another folder when
    `folder` is given. Requests sent in `requests` are created inside the new folder in the
    same call. Send a `name`: without one the folder is created with an empty name.

    Args:
        collection_id (str):
        body (CreateCollectionFolderRequest): The new folder. Other folder fields of the item-
            level format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionFolderResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionFolderRequest,
) -> Response[CreateCollectionFolderResponse]:
    """Add a folder to a collection

     Creates a folder at the top level of the collection, or inside another folder when
    `folder` is given. Requests sent in `requests` are created inside the new folder in the
    same call. Send a `name`: without one the folder is created with an empty name.

    Args:
        collection_id (str):
        body (CreateCollectionFolderRequest): The new folder. Other folder fields of the item-
            level format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionFolderResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionFolderRequest,
) -> CreateCollectionFolderResponse | None:
    """Add a folder to a collection

     Creates a folder at the top level of the collection, or inside another folder when
    `folder` is given. Requests sent in `requests` are created inside the new folder in the
    same call. Send a `name`: without one the folder is created with an empty name.

    Args:
        collection_id (str):
        body (CreateCollectionFolderRequest): The new folder. Other folder fields of the item-
            level format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionFolderResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
