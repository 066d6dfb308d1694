from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_monitors_response import GetMonitorsResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    workspace: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    owner: int | Unset = UNSET,
    collection_uid: str | Unset = UNSET,
    environment_uid: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params["active"] = active

    params["owner"] = owner

    params["collectionUid"] = collection_uid

    params["environmentUid"] = environment_uid

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/monitors",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetMonitorsResponse | None:
    if response.status_code == 200:
        response_200 = GetMonitorsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetMonitorsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    owner: int | Unset = UNSET,
    collection_uid: str | Unset = UNSET,
    environment_uid: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetMonitorsResponse]:
    """List monitors

     Lists the monitors the key owner can see, a page at a time (at most 25 per page), with
    optional filters by workspace, state, owner, collection and environment.

    Args:
        workspace (str | Unset):
        active (bool | Unset):
        owner (int | Unset):
        collection_uid (str | Unset):
        environment_uid (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMonitorsResponse]
    """

    kwargs = _get_kwargs(
        workspace=workspace,
        active=active,
        owner=owner,
        collection_uid=collection_uid,
        environment_uid=environment_uid,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    owner: int | Unset = UNSET,
    collection_uid: str | Unset = UNSET,
    environment_uid: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetMonitorsResponse | None:
    """List monitors

     Lists the monitors the key owner can see, a page at a time (at most 25 per page), with
    optional filters by workspace, state, owner, collection and environment.

    Args:
        workspace (str | Unset):
        active (bool | Unset):
        owner (int | Unset):
        collection_uid (str | Unset):
        environment_uid (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMonitorsResponse
    """

    return sync_detailed(
        client=client,
        workspace=workspace,
        active=active,
        owner=owner,
        collection_uid=collection_uid,
        environment_uid=environment_uid,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    owner: int | Unset = UNSET,
    collection_uid: str | Unset = UNSET,
    environment_uid: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetMonitorsResponse]:
    """List monitors

     Lists the monitors the key owner can see, a page at a time (at most 25 per page), with
    optional filters by workspace, state, owner, collection and environment.

    Args:
        workspace (str | Unset):
        active (bool | Unset):
        owner (int | Unset):
        collection_uid (str | Unset):
        environment_uid (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMonitorsResponse]
    """

    kwargs = _get_kwargs(
        workspace=workspace,
        active=active,
        owner=owner,
        collection_uid=collection_uid,
        environment_uid=environment_uid,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    owner: int | Unset = UNSET,
    collection_uid: str | Unset = UNSET,
    environment_uid: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetMonitorsResponse | None:
    """List monitors

     Lists the monitors the key owner can see, a page at a time (at most 25 per page), with
    optional filters by workspace, state, owner, collection and environment.

    Args:
        workspace (str | Unset):
        active (bool | Unset):
        owner (int | Unset):
        collection_uid (str | Unset):
        environment_uid (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMonitorsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace=workspace,
            active=active,
            owner=owner,
            collection_uid=collection_uid,
            environment_uid=environment_uid,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
