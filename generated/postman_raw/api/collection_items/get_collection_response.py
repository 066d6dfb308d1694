from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_collection_response_response import GetCollectionResponseResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    collection_id: str,
    response_id: str,
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
        "url": "/collections/{collection_id}/responses/{response_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCollectionResponseResponse | None:
    if response.status_code == 200:
        response_200 = GetCollectionResponseResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionResponseResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> Response[GetCollectionResponseResponse]:
    """Get one saved response

     Returns a saved example response, including its body text and the request that produced it.

    Args:
        collection_id (str):
        response_id (str):
        ids (bool | Unset):
        uid (bool | Unset):
        populate (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionResponseResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        response_id=response_id,
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
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> GetCollectionResponseResponse | None:
    """Get one saved response

     Returns a saved example response, including its body text and the request that produced it.

    Args:
        collection_id (str):
        response_id (str):
        ids (bool | Unset):
        uid (bool | Unset):
        populate (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionResponseResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        response_id=response_id,
        client=client,
        ids=ids,
        uid=uid,
        populate=populate,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> Response[GetCollectionResponseResponse]:
    """Get one saved response

     Returns a saved example response, including its body text and the request that produced it.

    Args:
        collection_id (str):
        response_id (str):
        ids (bool | Unset):
        uid (bool | Unset):
        populate (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionResponseResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        response_id=response_id,
        ids=ids,
        uid=uid,
        populate=populate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    ids: bool | Unset = UNSET,
    uid: bool | Unset = UNSET,
    populate: bool | Unset = UNSET,
) -> GetCollectionResponseResponse | None:
    """Get one saved response

     Returns a saved example response, including its body text and the request that produced it.

    Args:
        collection_id (str):
        response_id (str):
        ids (bool | Unset):
        uid (bool | Unset):
        populate (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionResponseResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            response_id=response_id,
            client=client,
            ids=ids,
            uid=uid,
            populate=populate,
        )
    ).parsed
