from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_envelope import CommentEnvelope
from ...models.comment_update_body import CommentUpdateBody
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    response_id: str,
    comment_id: int,
    *,
    body: CommentUpdateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/responses/{response_id}/comments/{comment_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            response_id=quote(str(response_id), safe=""),
            comment_id=quote(str(comment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommentEnvelope | None:
    if response.status_code == 200:
        response_200 = CommentEnvelope.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CommentEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    response_id: str,
    comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CommentUpdateBody,
) -> Response[CommentEnvelope]:
    """Edit a comment on a saved response

     Replaces the text (and the mentions) of one of the saved response's comments. The body may hold at
    most 10,000 characters.

    Args:
        collection_id (str):
        response_id (str):
        comment_id (int):
        body (CommentUpdateBody): The new content of an existing comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentEnvelope]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        response_id=response_id,
        comment_id=comment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    response_id: str,
    comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CommentUpdateBody,
) -> CommentEnvelope | None:
    """Edit a comment on a saved response

     Replaces the text (and the mentions) of one of the saved response's comments. The body may hold at
    most 10,000 characters.

    Args:
        collection_id (str):
        response_id (str):
        comment_id (int):
        body (CommentUpdateBody): The new content of an existing comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentEnvelope
    """

    return sync_detailed(
        collection_id=collection_id,
        response_id=response_id,
        comment_id=comment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    response_id: str,
    comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CommentUpdateBody,
) -> Response[CommentEnvelope]:
    """Edit a comment on a saved response

     Replaces the text (and the mentions) of one of the saved response's comments. The body may hold at
    most 10,000 characters.

    Args:
        collection_id (str):
        response_id (str):
        comment_id (int):
        body (CommentUpdateBody): The new content of an existing comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentEnvelope]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        response_id=response_id,
        comment_id=comment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    response_id: str,
    comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CommentUpdateBody,
) -> CommentEnvelope | None:
    """Edit a comment on a saved response

     Replaces the text (and the mentions) of one of the saved response's comments. The body may hold at
    most 10,000 characters.

    Args:
        collection_id (str):
        response_id (str):
        comment_id (int):
        body (CommentUpdateBody): The new content of an existing comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentEnvelope
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            response_id=response_id,
            comment_id=comment_id,
            client=client,
            body=body,
        )
    ).parsed
