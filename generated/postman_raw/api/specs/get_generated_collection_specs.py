from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_generated_collection_specs_element_type import (
    GetGeneratedCollectionSpecsElementType,
)
from ...models.get_generated_collection_specs_response import GetGeneratedCollectionSpecsResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_uid: str,
    element_type: GetGeneratedCollectionSpecsElementType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_uid}/generations/{element_type}".format(
            collection_uid=quote(str(collection_uid), safe=""),
            element_type=quote(str(element_type), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetGeneratedCollectionSpecsResponse | None:
    if response.status_code == 200:
        response_200 = GetGeneratedCollectionSpecsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetGeneratedCollectionSpecsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_uid: str,
    element_type: GetGeneratedCollectionSpecsElementType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetGeneratedCollectionSpecsResponse]:
    """List the specs generated from a collection

     Returns the API specifications that were generated from the collection, with the sync
    state of each.

    Args:
        collection_uid (str):
        element_type (GetGeneratedCollectionSpecsElementType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGeneratedCollectionSpecsResponse]
    """

    kwargs = _get_kwargs(
        collection_uid=collection_uid,
        element_type=element_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_uid: str,
    element_type: GetGeneratedCollectionSpecsElementType,
    *,
    client: AuthenticatedClient | Client,
) -> GetGeneratedCollectionSpecsResponse | None:
    """List the specs generated from a collection

     Returns the API specifications that were generated from the collection, with the sync
    state of each.

    Args:
        collection_uid (str):
        element_type (GetGeneratedCollectionSpecsElementType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGeneratedCollectionSpecsResponse
    """

    return sync_detailed(
        collection_uid=collection_uid,
        element_type=element_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_uid: str,
    element_type: GetGeneratedCollectionSpecsElementType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetGeneratedCollectionSpecsResponse]:
    """List the specs generated from a collection

     Returns the API specifications that were generated from the collection, with the sync
    state of each.

    Args:
        collection_uid (str):
        element_type (GetGeneratedCollectionSpecsElementType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGeneratedCollectionSpecsResponse]
    """

    kwargs = _get_kwargs(
        collection_uid=collection_uid,
        element_type=element_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_uid: str,
    element_type: GetGeneratedCollectionSpecsElementType,
    *,
    client: AuthenticatedClient | Client,
) -> GetGeneratedCollectionSpecsResponse | None:
    """List the specs generated from a collection

     Returns the API specifications that were generated from the collection, with the sync
    state of each.

    Args:
        collection_uid (str):
        element_type (GetGeneratedCollectionSpecsElementType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGeneratedCollectionSpecsResponse
    """

    return (
        await asyncio_detailed(
            collection_uid=collection_uid,
            element_type=element_type,
            client=client,
        )
    ).parsed
