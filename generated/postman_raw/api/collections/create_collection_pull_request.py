from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_collection_pull_request_request import CreateCollectionPullRequestRequest
from ...models.create_collection_pull_request_response import CreateCollectionPullRequestResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: CreateCollectionPullRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/pull-requests".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCollectionPullRequestResponse | None:
    if response.status_code == 200:
        response_200 = CreateCollectionPullRequestResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCollectionPullRequestResponse]:
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
    body: CreateCollectionPullRequestRequest,
) -> Response[CreateCollectionPullRequestResponse]:
    """Open a pull request from a fork to its parent

     Opens a pull request asking the reviewers to merge the fork named in the path into
    `destinationId`, the collection it was forked from. Only one open pull request may exist
    for a given fork and parent (a second gives 400). The key's user and every reviewer need
    at least the Viewer role on both collections.

    Args:
        collection_id (str):
        body (CreateCollectionPullRequestRequest): Body of POST /collections/{collectionId}/pull-
            requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionPullRequestResponse]
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
    body: CreateCollectionPullRequestRequest,
) -> CreateCollectionPullRequestResponse | None:
    """Open a pull request from a fork to its parent

     Opens a pull request asking the reviewers to merge the fork named in the path into
    `destinationId`, the collection it was forked from. Only one open pull request may exist
    for a given fork and parent (a second gives 400). The key's user and every reviewer need
    at least the Viewer role on both collections.

    Args:
        collection_id (str):
        body (CreateCollectionPullRequestRequest): Body of POST /collections/{collectionId}/pull-
            requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionPullRequestResponse
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
    body: CreateCollectionPullRequestRequest,
) -> Response[CreateCollectionPullRequestResponse]:
    """Open a pull request from a fork to its parent

     Opens a pull request asking the reviewers to merge the fork named in the path into
    `destinationId`, the collection it was forked from. Only one open pull request may exist
    for a given fork and parent (a second gives 400). The key's user and every reviewer need
    at least the Viewer role on both collections.

    Args:
        collection_id (str):
        body (CreateCollectionPullRequestRequest): Body of POST /collections/{collectionId}/pull-
            requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionPullRequestResponse]
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
    body: CreateCollectionPullRequestRequest,
) -> CreateCollectionPullRequestResponse | None:
    """Open a pull request from a fork to its parent

     Opens a pull request asking the reviewers to merge the fork named in the path into
    `destinationId`, the collection it was forked from. Only one open pull request may exist
    for a given fork and parent (a second gives 400). The key's user and every reviewer need
    at least the Viewer role on both collections.

    Args:
        collection_id (str):
        body (CreateCollectionPullRequestRequest): Body of POST /collections/{collectionId}/pull-
            requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionPullRequestResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
