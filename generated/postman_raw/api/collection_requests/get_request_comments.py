from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_list import CommentList
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    request_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/requests/{request_id}/comments".format(
            collection_id=quote(str(collection_id), safe=""),
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommentList | None:
    if response.status_code == 200:
        response_200 = CommentList.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CommentList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommentList]:
    """List the comments on a request

     Returns every comment left on one request of the collection, with its thread and the thread's
    status.

    Args:
        collection_id (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentList]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommentList | None:
    """List the comments on a request

     Returns every comment left on one request of the collection, with its thread and the thread's
    status.

    Args:
        collection_id (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentList
    """

    return sync_detailed(
        collection_id=collection_id,
        request_id=request_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CommentList]:
    """List the comments on a request

     Returns every comment left on one request of the collection, with its thread and the thread's
    status.

    Args:
        collection_id (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentList]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CommentList | None:
    """List the comments on a request

     Returns every comment left on one request of the collection, with its thread and the thread's
    status.

    Args:
        collection_id (str):
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentList
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            request_id=request_id,
            client=client,
        )
    ).parsed
