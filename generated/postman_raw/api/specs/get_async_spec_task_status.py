from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_async_spec_task_status_element_type import (
    GetAsyncSpecTaskStatusElementType,
)
from ...models.spec_task_status import SpecTaskStatus
from ...types import Response, parse_json


def _get_kwargs(
    element_type: GetAsyncSpecTaskStatusElementType,
    element_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{element_type}/{element_id}/tasks/{task_id}".format(
            element_type=quote(str(element_type), safe=""),
            element_id=quote(str(element_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SpecTaskStatus | None:
    if response.status_code == 200:
        response_200 = SpecTaskStatus.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SpecTaskStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    element_type: GetAsyncSpecTaskStatusElementType,
    element_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SpecTaskStatus]:
    """Poll a spec generation or sync task

     Returns the state of a background task started by a generate or sync call. The task
    handle's `url` is this path already filled in. Poll until `status` is `completed` (then
    `details.resources` lists what was created or updated) or `failed` (then `details` is a
    message).

    Args:
        element_type (GetAsyncSpecTaskStatusElementType):
        element_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTaskStatus]
    """

    kwargs = _get_kwargs(
        element_type=element_type,
        element_id=element_id,
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    element_type: GetAsyncSpecTaskStatusElementType,
    element_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SpecTaskStatus | None:
    """Poll a spec generation or sync task

     Returns the state of a background task started by a generate or sync call. The task
    handle's `url` is this path already filled in. Poll until `status` is `completed` (then
    `details.resources` lists what was created or updated) or `failed` (then `details` is a
    message).

    Args:
        element_type (GetAsyncSpecTaskStatusElementType):
        element_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTaskStatus
    """

    return sync_detailed(
        element_type=element_type,
        element_id=element_id,
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    element_type: GetAsyncSpecTaskStatusElementType,
    element_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SpecTaskStatus]:
    """Poll a spec generation or sync task

     Returns the state of a background task started by a generate or sync call. The task
    handle's `url` is this path already filled in. Poll until `status` is `completed` (then
    `details.resources` lists what was created or updated) or `failed` (then `details` is a
    message).

    Args:
        element_type (GetAsyncSpecTaskStatusElementType):
        element_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTaskStatus]
    """

    kwargs = _get_kwargs(
        element_type=element_type,
        element_id=element_id,
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    element_type: GetAsyncSpecTaskStatusElementType,
    element_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SpecTaskStatus | None:
    """Poll a spec generation or sync task

     Returns the state of a background task started by a generate or sync call. The task
    handle's `url` is this path already filled in. Poll until `status` is `completed` (then
    `details.resources` lists what was created or updated) or `failed` (then `details` is a
    message).

    Args:
        element_type (GetAsyncSpecTaskStatusElementType):
        element_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTaskStatus
    """

    return (
        await asyncio_detailed(
            element_type=element_type,
            element_id=element_id,
            task_id=task_id,
            client=client,
        )
    ).parsed
