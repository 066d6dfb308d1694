from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_merge_pull_collection_fork_request import AsyncMergePullCollectionForkRequest
from ...models.async_merge_pull_collection_fork_response import AsyncMergePullCollectionForkResponse
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: AsyncMergePullCollectionForkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collection-merges",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncMergePullCollectionForkResponse | None:
    if response.status_code == 200:
        response_200 = AsyncMergePullCollectionForkResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncMergePullCollectionForkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncMergePullCollectionForkRequest,
) -> Response[AsyncMergePullCollectionForkResponse]:
    """Start merging a fork into its parent, or pulling the parent into a fork

     Starts a background task that brings the changes of the `source` collection into the
    `destination` collection. To merge a fork, pass the fork as `source` and its parent as
    `destination`; to pull the parent's changes into a fork, swap them. The response carries
    the task's id: poll GET /collection-merges-tasks/{taskId} to learn how it ended.

    The key's user needs the Editor role on the destination; the `updateSourceWithDestination`
    and `deleteSource` strategies also need Editor on the source.

    Args:
        body (AsyncMergePullCollectionForkRequest): Body of PUT /collection-merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncMergePullCollectionForkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncMergePullCollectionForkRequest,
) -> AsyncMergePullCollectionForkResponse | None:
    """Start merging a fork into its parent, or pulling the parent into a fork

     Starts a background task that brings the changes of the `source` collection into the
    `destination` collection. To merge a fork, pass the fork as `source` and its parent as
    `destination`; to pull the parent's changes into a fork, swap them. The response carries
    the task's id: poll GET /collection-merges-tasks/{taskId} to learn how it ended.

    The key's user needs the Editor role on the destination; the `updateSourceWithDestination`
    and `deleteSource` strategies also need Editor on the source.

    Args:
        body (AsyncMergePullCollectionForkRequest): Body of PUT /collection-merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncMergePullCollectionForkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncMergePullCollectionForkRequest,
) -> Response[AsyncMergePullCollectionForkResponse]:
    """Start merging a fork into its parent, or pulling the parent into a fork

     Starts a background task that brings the changes of the `source` collection into the
    `destination` collection. To merge a fork, pass the fork as `source` and its parent as
    `destination`; to pull the parent's changes into a fork, swap them. The response carries
    the task's id: poll GET /collection-merges-tasks/{taskId} to learn how it ended.

    The key's user needs the Editor role on the destination; the `updateSourceWithDestination`
    and `deleteSource` strategies also need Editor on the source.

    Args:
        body (AsyncMergePullCollectionForkRequest): Body of PUT /collection-merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncMergePullCollectionForkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AsyncMergePullCollectionForkRequest,
) -> AsyncMergePullCollectionForkResponse | None:
    """Start merging a fork into its parent, or pulling the parent into a fork

     Starts a background task that brings the changes of the `source` collection into the
    `destination` collection. To merge a fork, pass the fork as `source` and its parent as
    `destination`; to pull the parent's changes into a fork, swap them. The response carries
    the task's id: poll GET /collection-merges-tasks/{taskId} to learn how it ended.

    The key's user needs the Editor role on the destination; the `updateSourceWithDestination`
    and `deleteSource` strategies also need Editor on the source.

    Args:
        body (AsyncMergePullCollectionForkRequest): Body of PUT /collection-merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncMergePullCollectionForkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
