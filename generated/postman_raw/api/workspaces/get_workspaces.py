from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workspaces_element_type import GetWorkspacesElementType
from ...models.get_workspaces_include import GetWorkspacesInclude
from ...models.get_workspaces_response import GetWorkspacesResponse
from ...models.get_workspaces_type import GetWorkspacesType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    type_: GetWorkspacesType | Unset = UNSET,
    created_by: int | Unset = UNSET,
    include: GetWorkspacesInclude | Unset = UNSET,
    element_type: GetWorkspacesElementType | Unset = UNSET,
    element_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["createdBy"] = created_by

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    json_element_type: str | Unset = UNSET
    if not isinstance(element_type, Unset):
        json_element_type = element_type

    params["elementType"] = json_element_type

    params["elementId"] = element_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetWorkspacesResponse | None:
    if response.status_code == 200:
        response_200 = GetWorkspacesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWorkspacesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetWorkspacesType | Unset = UNSET,
    created_by: int | Unset = UNSET,
    include: GetWorkspacesInclude | Unset = UNSET,
    element_type: GetWorkspacesElementType | Unset = UNSET,
    element_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetWorkspacesResponse]:
    """List workspaces

     Lists the workspaces the key's user can see, optionally filtered by type, creator, or the
    element a workspace holds. Pages with `cursor` and `limit`; `meta` appears only when
    `limit` is sent. This endpoint has a tighter rate limit than most (10 requests per
    10 seconds).

    Args:
        type_ (GetWorkspacesType | Unset):
        created_by (int | Unset):
        include (GetWorkspacesInclude | Unset):
        element_type (GetWorkspacesElementType | Unset):
        element_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkspacesResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        created_by=created_by,
        include=include,
        element_type=element_type,
        element_id=element_id,
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
    type_: GetWorkspacesType | Unset = UNSET,
    created_by: int | Unset = UNSET,
    include: GetWorkspacesInclude | Unset = UNSET,
    element_type: GetWorkspacesElementType | Unset = UNSET,
    element_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetWorkspacesResponse | None:
    """List workspaces

     Lists the workspaces the key's user can see, optionally filtered by type, creator, or the
    element a workspace holds. Pages with `cursor` and `limit`; `meta` appears only when
    `limit` is sent. This endpoint has a tighter rate limit than most (10 requests per
    10 seconds).

    Args:
        type_ (GetWorkspacesType | Unset):
        created_by (int | Unset):
        include (GetWorkspacesInclude | Unset):
        element_type (GetWorkspacesElementType | Unset):
        element_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkspacesResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        created_by=created_by,
        include=include,
        element_type=element_type,
        element_id=element_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetWorkspacesType | Unset = UNSET,
    created_by: int | Unset = UNSET,
    include: GetWorkspacesInclude | Unset = UNSET,
    element_type: GetWorkspacesElementType | Unset = UNSET,
    element_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetWorkspacesResponse]:
    """List workspaces

     Lists the workspaces the key's user can see, optionally filtered by type, creator, or the
    element a workspace holds. Pages with `cursor` and `limit`; `meta` appears only when
    `limit` is sent. This endpoint has a tighter rate limit than most (10 requests per
    10 seconds).

    Args:
        type_ (GetWorkspacesType | Unset):
        created_by (int | Unset):
        include (GetWorkspacesInclude | Unset):
        element_type (GetWorkspacesElementType | Unset):
        element_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkspacesResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        created_by=created_by,
        include=include,
        element_type=element_type,
        element_id=element_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: GetWorkspacesType | Unset = UNSET,
    created_by: int | Unset = UNSET,
    include: GetWorkspacesInclude | Unset = UNSET,
    element_type: GetWorkspacesElementType | Unset = UNSET,
    element_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetWorkspacesResponse | None:
    """List workspaces

     Lists the workspaces the key's user can see, optionally filtered by type, creator, or the
    element a workspace holds. Pages with `cursor` and `limit`; `meta` appears only when
    `limit` is sent. This endpoint has a tighter rate limit than most (10 requests per
    10 seconds).

    Args:
        type_ (GetWorkspacesType | Unset):
        created_by (int | Unset):
        include (GetWorkspacesInclude | Unset):
        element_type (GetWorkspacesElementType | Unset):
        element_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkspacesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            created_by=created_by,
            include=include,
            element_type=element_type,
            element_id=element_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
