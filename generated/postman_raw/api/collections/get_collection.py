from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_collection_model import GetCollectionModel
from ...models.get_collection_response import GetCollectionResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    access_key: str | Unset = UNSET,
    model: GetCollectionModel | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["access_key"] = access_key

    json_model: str | Unset = UNSET
    if not isinstance(model, Unset):
        json_model = model

    params["model"] = json_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetCollectionResponse | None:
    if response.status_code == 200:
        response_200 = GetCollectionResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    access_key: str | Unset = UNSET,
    model: GetCollectionModel | Unset = UNSET,
) -> Response[GetCollectionResponse]:
    """Get a collection

     Returns the whole collection in Collection Format v2.1, folders nested as they are in
    Postman. The `collection` object can be sent back unchanged in the body of
    putCollection.

    With a collection access key in `access_key`, no API key is needed.

    With `model=minimal`, `collection` holds only `info`, `variable`, `auth`, `events` and
    two lists of uids, `rootLevelRequests` and `rootLevelFolders`, instead of the items;
    those extra fields are kept as additional properties of the collection object.

    Args:
        collection_id (str):
        access_key (str | Unset):
        model (GetCollectionModel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        access_key=access_key,
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    access_key: str | Unset = UNSET,
    model: GetCollectionModel | Unset = UNSET,
) -> GetCollectionResponse | None:
    """Get a collection

     Returns the whole collection in Collection Format v2.1, folders nested as they are in
    Postman. The `collection` object can be sent back unchanged in the body of
    putCollection.

    With a collection access key in `access_key`, no API key is needed.

    With `model=minimal`, `collection` holds only `info`, `variable`, `auth`, `events` and
    two lists of uids, `rootLevelRequests` and `rootLevelFolders`, instead of the items;
    those extra fields are kept as additional properties of the collection object.

    Args:
        collection_id (str):
        access_key (str | Unset):
        model (GetCollectionModel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        access_key=access_key,
        model=model,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    access_key: str | Unset = UNSET,
    model: GetCollectionModel | Unset = UNSET,
) -> Response[GetCollectionResponse]:
    """Get a collection

     Returns the whole collection in Collection Format v2.1, folders nested as they are in
    Postman. The `collection` object can be sent back unchanged in the body of
    putCollection.

    With a collection access key in `access_key`, no API key is needed.

    With `model=minimal`, `collection` holds only `info`, `variable`, `auth`, `events` and
    two lists of uids, `rootLevelRequests` and `rootLevelFolders`, instead of the items;
    those extra fields are kept as additional properties of the collection object.

    Args:
        collection_id (str):
        access_key (str | Unset):
        model (GetCollectionModel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        access_key=access_key,
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    access_key: str | Unset = UNSET,
    model: GetCollectionModel | Unset = UNSET,
) -> GetCollectionResponse | None:
    """Get a collection

     Returns the whole collection in Collection Format v2.1, folders nested as they are in
    Postman. The `collection` object can be sent back unchanged in the body of
    putCollection.

    With a collection access key in `access_key`, no API key is needed.

    With `model=minimal`, `collection` holds only `info`, `variable`, `auth`, `events` and
    two lists of uids, `rootLevelRequests` and `rootLevelFolders`, instead of the items;
    those extra fields are kept as additional properties of the collection object.

    Args:
        collection_id (str):
        access_key (str | Unset):
        model (GetCollectionModel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            access_key=access_key,
            model=model,
        )
    ).parsed
