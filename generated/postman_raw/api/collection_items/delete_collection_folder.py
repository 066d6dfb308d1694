from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_collection_folder_response import DeleteCollectionFolderResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    folder_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/collections/{collection_id}/folders/{folder_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            folder_id=quote(str(folder_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCollectionFolderResponse | None:
    if response.status_code == 200:
        response_200 = DeleteCollectionFolderResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteCollectionFolderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteCollectionFolderResponse]:
    """Delete a folder and everything in it

     Removes the folder from the collection, together with its requests and sub-folders.

    Args:
        collection_id (str):
        folder_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCollectionFolderResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        folder_id=folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteCollectionFolderResponse | None:
    """Delete a folder and everything in it

     Removes the folder from the collection, together with its requests and sub-folders.

    Args:
        collection_id (str):
        folder_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCollectionFolderResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        folder_id=folder_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteCollectionFolderResponse]:
    """Delete a folder and everything in it

     Removes the folder from the collection, together with its requests and sub-folders.

    Args:
        collection_id (str):
        folder_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCollectionFolderResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        folder_id=folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteCollectionFolderResponse | None:
    """Delete a folder and everything in it

     Removes the folder from the collection, together with its requests and sub-folders.

    Args:
        collection_id (str):
        folder_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCollectionFolderResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            folder_id=folder_id,
            client=client,
        )
    ).parsed
