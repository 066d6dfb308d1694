from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workspace_activity_feed_element_type import (
    GetWorkspaceActivityFeedElementType,
)
from ...models.get_workspace_activity_feed_response import GetWorkspaceActivityFeedResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    workspace_id: str,
    *,
    user_id: int | Unset = UNSET,
    element_type: GetWorkspaceActivityFeedElementType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userId"] = user_id

    json_element_type: str | Unset = UNSET
    if not isinstance(element_type, Unset):
        json_element_type = element_type

    params["elementType"] = json_element_type

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{workspace_id}/activities".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWorkspaceActivityFeedResponse | None:
    if response.status_code == 200:
        response_200 = GetWorkspaceActivityFeedResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWorkspaceActivityFeedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
    element_type: GetWorkspaceActivityFeedElementType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetWorkspaceActivityFeedResponse]:
    """Get a workspace's activity feed

     Lists what happened in a workspace: elements added, changed or removed, and people
    joining or leaving it. Pages with `limit` and `cursor`.

    Args:
        workspace_id (str):
        user_id (int | Unset):
        element_type (GetWorkspaceActivityFeedElementType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkspaceActivityFeedResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        element_type=element_type,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
    element_type: GetWorkspaceActivityFeedElementType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetWorkspaceActivityFeedResponse | None:
    """Get a workspace's activity feed

     Lists what happened in a workspace: elements added, changed or removed, and people
    joining or leaving it. Pages with `limit` and `cursor`.

    Args:
        workspace_id (str):
        user_id (int | Unset):
        element_type (GetWorkspaceActivityFeedElementType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkspaceActivityFeedResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        user_id=user_id,
        element_type=element_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
    element_type: GetWorkspaceActivityFeedElementType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetWorkspaceActivityFeedResponse]:
    """Get a workspace's activity feed

     Lists what happened in a workspace: elements added, changed or removed, and people
    joining or leaving it. Pages with `limit` and `cursor`.

    Args:
        workspace_id (str):
        user_id (int | Unset):
        element_type (GetWorkspaceActivityFeedElementType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkspaceActivityFeedResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        element_type=element_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,
    element_type: GetWorkspaceActivityFeedElementType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetWorkspaceActivityFeedResponse | None:
    """Get a workspace's activity feed

     Lists what happened in a workspace: elements added, changed or removed, and people
    joining or leaving it. Pages with `limit` and `cursor`.

    Args:
        workspace_id (str):
        user_id (int | Unset):
        element_type (GetWorkspaceActivityFeedElementType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkspaceActivityFeedResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            user_id=user_id,
            element_type=element_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
