from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tag_assignment import TagAssignment
from ...models.update_collection_tags_request import UpdateCollectionTagsRequest
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: UpdateCollectionTagsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/tags".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TagAssignment | None:
    if response.status_code == 200:
        response_200 = TagAssignment.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TagAssignment]:
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
    body: UpdateCollectionTagsRequest,
) -> Response[TagAssignment]:
    """Replace the tags on a collection

     Sets the collection's tags to exactly the list sent: tags not in the list are removed.
    An empty list clears every tag. A collection carries at most five tags.

    Args:
        collection_id (str):
        body (UpdateCollectionTagsRequest): The complete new set of tags for the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagAssignment]
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
    body: UpdateCollectionTagsRequest,
) -> TagAssignment | None:
    """Replace the tags on a collection

     Sets the collection's tags to exactly the list sent: tags not in the list are removed.
    An empty list clears every tag. A collection carries at most five tags.

    Args:
        collection_id (str):
        body (UpdateCollectionTagsRequest): The complete new set of tags for the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagAssignment
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
    body: UpdateCollectionTagsRequest,
) -> Response[TagAssignment]:
    """Replace the tags on a collection

     Sets the collection's tags to exactly the list sent: tags not in the list are removed.
    An empty list clears every tag. A collection carries at most five tags.

    Args:
        collection_id (str):
        body (UpdateCollectionTagsRequest): The complete new set of tags for the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagAssignment]
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
    body: UpdateCollectionTagsRequest,
) -> TagAssignment | None:
    """Replace the tags on a collection

     Sets the collection's tags to exactly the list sent: tags not in the list are removed.
    An empty list clears every tag. A collection carries at most five tags.

    Args:
        collection_id (str):
        body (UpdateCollectionTagsRequest): The complete new set of tags for the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagAssignment
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
