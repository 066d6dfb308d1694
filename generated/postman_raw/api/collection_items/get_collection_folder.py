from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_collection_folder_response import GetCollectionFolderResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    collection_id: str,
    folder_id: str,
    *,
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["uid"] = uid

    params["populate"] = populate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/folders/{folder_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCollectionFolderResponse | None:
    if response.status_code == 200:
        response_200 = GetCollectionFolderResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionFolderResponse]:
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
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> Response[GetCollectionFolderResponse]:
    """Get one folder of a collection

     Returns the folder's own settings (name, description, auth, scripts, variables) and the
    ids of its requests and sub-folders, in order.

    Args:
        collection_id (str):
        folder_id (str):
        ids (bool | Unset):
        uid (bool | Unset):
        populate (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionFolderResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        folder_id=folder_id,
        ids=ids,
        uid=uid,
        populate=populate,
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
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> GetCollectionFolderResponse | None:
    """Get one folder of a collection

     Returns the folder's own settings (name, description, auth, scripts, variables) and the
    ids of its requests and sub-folders, in order.

    Args:
        collection_id (str):
        folder_id (str):
        ids (bool | Unset):
        uid (bool | Unset):
        populate (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionFolderResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        folder_id=folder_id,
        client=client,
        ids=ids,
        uid=uid,
        populate=populate,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> Response[GetCollectionFolderResponse]:
    """Get one folder of a collection

     Returns the folder's own settings (name, description, auth, scripts, variables) and the
    ids of its requests and sub-folders, in order.

    Args:
        collection_id (str):
        folder_id (str):
        ids (bool | Unset):
        uid (bool | Unset):
        populate (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionFolderResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        folder_id=folder_id,
        ids=ids,
        uid=uid,
        populate=populate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> GetCollectionFolderResponse | None:
    """Get one folder of a collection

     Returns the folder's own settings (name, description, auth, scripts, variables) and the
    ids of its requests and sub-folders, in order.

    Args:
        collection_id (str):
        folder_id (str):
        ids (bool | Unset):
        uid (bool | Unset):
        populate (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionFolderResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            folder_id=folder_id,
            client=client,
            ids=ids,
            uid=uid,
            populate=populate,
        )
    ).parsed
