from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_merge_pull_collection_task_status_response import AsyncMergePullCollectionTaskStatusResponse
from ...types import Response, parse_json


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collection-merges-tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncMergePullCollectionTaskStatusResponse | None:
    if response.status_code == 200:
        response_200 = AsyncMergePullCollectionTaskStatusResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncMergePullCollectionTaskStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AsyncMergePullCollectionTaskStatusResponse]:
    """Get the state of a merge or pull task

     Reports whether a task started by PUT /collection-merges is still running, succeeded or
    failed, with the reason for a failure. Once a task has finished, its state is kept for
    24 hours; after that this endpoint answers 404.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncMergePullCollectionTaskStatusResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AsyncMergePullCollectionTaskStatusResponse | None:
    """Get the state of a merge or pull task

     Reports whether a task started by PUT /collection-merges is still running, succeeded or
    failed, with the reason for a failure. Once a task has finished, its state is kept for
    24 hours; after that this endpoint answers 404.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncMergePullCollectionTaskStatusResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AsyncMergePullCollectionTaskStatusResponse]:
    """Get the state of a merge or pull task

     Reports whether a task started by PUT /collection-merges is still running, succeeded or
    failed, with the reason for a failure. Once a task has finished, its state is kept for
    24 hours; after that this endpoint answers 404.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncMergePullCollectionTaskStatusResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AsyncMergePullCollectionTaskStatusResponse | None:
    """Get the state of a merge or pull task

     Reports whether a task started by PUT /collection-merges is still running, succeeded or
    failed, with the reason for a failure. Once a task has finished, its state is kept for
    24 hours; after that this endpoint answers 404.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncMergePullCollectionTaskStatusResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
