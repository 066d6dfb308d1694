from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_all_specs_response import GetAllSpecsResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    workspace_id: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/specs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetAllSpecsResponse | None:
    if response.status_code == 200:
        response_200 = GetAllSpecsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetAllSpecsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetAllSpecsResponse]:
    """List the specs of a workspace

     Lists the API specifications in a workspace, one page at a time: pass `meta.nextCursor`
    of one page as `cursor` to get the next. `nextCursor` is null on the last page.

    Args:
        workspace_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAllSpecsResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
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
    workspace_id: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetAllSpecsResponse | None:
    """List the specs of a workspace

     Lists the API specifications in a workspace, one page at a time: pass `meta.nextCursor`
    of one page as `cursor` to get the next. `nextCursor` is null on the last page.

    Args:
        workspace_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAllSpecsResponse
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetAllSpecsResponse]:
    """List the specs of a workspace

     Lists the API specifications in a workspace, one page at a time: pass `meta.nextCursor`
    of one page as `cursor` to get the next. `nextCursor` is null on the last page.

    Args:
        workspace_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAllSpecsResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetAllSpecsResponse | None:
    """List the specs of a workspace

     Lists the API specifications in a workspace, one page at a time: pass `meta.nextCursor`
    of one page as `cursor` to get the next. `nextCursor` is null on the last page.

    Args:
        workspace_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAllSpecsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
