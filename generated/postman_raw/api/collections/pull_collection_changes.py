from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pull_collection_changes_response import PullCollectionChangesResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/pulls".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PullCollectionChangesResponse | None:
    if response.status_code == 200:
        response_200 = PullCollectionChangesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PullCollectionChangesResponse]:
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
) -> Response[PullCollectionChangesResponse]:
    """Pull the parent's changes into a fork

     Brings a fork up to date with the collection it was forked from, and waits for the
    result. In the response, `destinationId` is the fork and `sourceId` its parent. A
    collection that is not a fork gives 400. PUT /collection-merges does the same as a
    background task.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PullCollectionChangesResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PullCollectionChangesResponse | None:
    """Pull the parent's changes into a fork

     Brings a fork up to date with the collection it was forked from, and waits for the
    result. In the response, `destinationId` is the fork and `sourceId` its parent. A
    collection that is not a fork gives 400. PUT /collection-merges does the same as a
    background task.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PullCollectionChangesResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PullCollectionChangesResponse]:
    """Pull the parent's changes into a fork

     Brings a fork up to date with the collection it was forked from, and waits for the
    result. In the response, `destinationId` is the fork and `sourceId` its parent. A
    collection that is not a fork gives 400. PUT /collection-merges does the same as a
    background task.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PullCollectionChangesResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PullCollectionChangesResponse | None:
    """Pull the parent's changes into a fork

     Brings a fork up to date with the collection it was forked from, and waits for the
    result. In the response, `destinationId` is the fork and `sourceId` its parent. A
    collection that is not a fork gives 400. PUT /collection-merges does the same as a
    background task.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PullCollectionChangesResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
        )
    ).parsed
