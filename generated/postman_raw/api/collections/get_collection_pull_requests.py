from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_collection_pull_requests_response import GetCollectionPullRequestsResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/pull-requests".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCollectionPullRequestsResponse | None:
    if response.status_code == 200:
        response_200 = GetCollectionPullRequestsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCollectionPullRequestsResponse]:
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
) -> Response[GetCollectionPullRequestsResponse]:
    """List a collection's pull requests

     Lists the pull requests that involve a collection, whatever their state, with their
    source and destination uids and a link to each one's details (GET /pull-requests/{pullRequestId}).
    The key's user needs at least the Viewer role on both ends of each pull request.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionPullRequestsResponse]
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
) -> GetCollectionPullRequestsResponse | None:
    """List a collection's pull requests

     Lists the pull requests that involve a collection, whatever their state, with their
    source and destination uids and a link to each one's details (GET /pull-requests/{pullRequestId}).
    The key's user needs at least the Viewer role on both ends of each pull request.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionPullRequestsResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetCollectionPullRequestsResponse]:
    """List a collection's pull requests

     Lists the pull requests that involve a collection, whatever their state, with their
    source and destination uids and a link to each one's details (GET /pull-requests/{pullRequestId}).
    The key's user needs at least the Viewer role on both ends of each pull request.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCollectionPullRequestsResponse]
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
) -> GetCollectionPullRequestsResponse | None:
    """List a collection's pull requests

     Lists the pull requests that involve a collection, whatever their state, with their
    source and destination uids and a link to each one's details (GET /pull-requests/{pullRequestId}).
    The key's user needs at least the Viewer role on both ends of each pull request.

    Args:
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCollectionPullRequestsResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
        )
    ).parsed
