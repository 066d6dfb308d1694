from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transform_collection_to_open_api_format import (
    TransformCollectionToOpenApiFormat,
)
from ...models.transform_collection_to_open_api_response import TransformCollectionToOpenAPIResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    format_: TransformCollectionToOpenApiFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/transformations".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransformCollectionToOpenAPIResponse | None:
    if response.status_code == 200:
        response_200 = TransformCollectionToOpenAPIResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransformCollectionToOpenAPIResponse]:
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
    format_: TransformCollectionToOpenApiFormat | Unset = UNSET,
) -> Response[TransformCollectionToOpenAPIResponse]:
    """Convert a collection to an OpenAPI definition

     Builds an OpenAPI definition from the collection's requests and returns it as one
    string, JSON unless `format=yaml` is asked for. Nothing is created in Postman.

    Args:
        collection_id (str):
        format_ (TransformCollectionToOpenApiFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransformCollectionToOpenAPIResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: TransformCollectionToOpenApiFormat | Unset = UNSET,
) -> TransformCollectionToOpenAPIResponse | None:
    """Convert a collection to an OpenAPI definition

     Builds an OpenAPI definition from the collection's requests and returns it as one
    string, JSON unless `format=yaml` is asked for. Nothing is created in Postman.

    Args:
        collection_id (str):
        format_ (TransformCollectionToOpenApiFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransformCollectionToOpenAPIResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: TransformCollectionToOpenApiFormat | Unset = UNSET,
) -> Response[TransformCollectionToOpenAPIResponse]:
    """Convert a collection to an OpenAPI definition

     Builds an OpenAPI definition from the collection's requests and returns it as one
    string, JSON unless `format=yaml` is asked for. Nothing is created in Postman.

    Args:
        collection_id (str):
        format_ (TransformCollectionToOpenApiFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransformCollectionToOpenAPIResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: TransformCollectionToOpenApiFormat | Unset = UNSET,
) -> TransformCollectionToOpenAPIResponse | None:
    """Convert a collection to an OpenAPI definition

     Builds an OpenAPI definition from the collection's requests and returns it as one
    string, JSON unless `format=yaml` is asked for. Nothing is created in Postman.

    Args:
        collection_id (str):
        format_ (TransformCollectionToOpenApiFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransformCollectionToOpenAPIResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            format_=format_,
        )
    ).parsed
