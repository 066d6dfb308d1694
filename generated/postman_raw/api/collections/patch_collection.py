from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.patch_collection_request import PatchCollectionRequest
from ...models.patch_collection_response import PatchCollectionResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: PatchCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/collections/{collection_id}".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PatchCollectionResponse | None:
    if response.status_code == 200:
        response_200 = PatchCollectionResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PatchCollectionResponse]:
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
    body: PatchCollectionRequest,
) -> Response[PatchCollectionResponse]:
    """Update part of a collection

     Changes only the parts of the collection given in the body: its name and description
    (`info`), its variables, its authentication and its scripts (`events`). Send at least
    one of these; any other property is rejected. Items are not touched.

    Args:
        collection_id (str):
        body (PatchCollectionRequest): Body of PATCH /collections/{collectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchCollectionResponse]
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
    body: PatchCollectionRequest,
) -> PatchCollectionResponse | None:
    """Update part of a collection

     Changes only the parts of the collection given in the body: its name and description
    (`info`), its variables, its authentication and its scripts (`events`). Send at least
    one of these; any other property is rejected. Items are not touched.

    Args:
        collection_id (str):
        body (PatchCollectionRequest): Body of PATCH /collections/{collectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchCollectionResponse
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
    body: PatchCollectionRequest,
) -> Response[PatchCollectionResponse]:
    """Update part of a collection

     Changes only the parts of the collection given in the body: its name and description
    (`info`), its variables, its authentication and its scripts (`events`). Send at least
    one of these; any other property is rejected. Items are not touched.

    Args:
        collection_id (str):
        body (PatchCollectionRequest): Body of PATCH /collections/{collectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchCollectionResponse]
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
    body: PatchCollectionRequest,
) -> PatchCollectionResponse | None:
    """Update part of a collection

     Changes only the parts of the collection given in the body: its name and description
    (`info`), its variables, its authentication and its scripts (`events`). Send at least
    one of these; any other property is rejected. Items are not touched.

    Args:
        collection_id (str):
        body (PatchCollectionRequest): Body of PATCH /collections/{collectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchCollectionResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
