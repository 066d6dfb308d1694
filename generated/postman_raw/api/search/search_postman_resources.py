from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_postman_resources_request import SearchPostmanResourcesRequest
from ...models.search_postman_resources_response import SearchPostmanResourcesResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    body: SearchPostmanResourcesRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/search",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchPostmanResourcesResponse | None:
    if response.status_code == 200:
        response_200 = SearchPostmanResourcesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchPostmanResourcesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchPostmanResourcesRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[SearchPostmanResourcesResponse]:
    """Search Postman for elements of one kind

     Finds elements of one kind (`elementType`) whose text matches `q`, within the chosen
    ownership scope and narrowed by filters. Paging travels in the query string, not in the
    body: pass `meta.nextCursor` of one page as `cursor` to get the next. Called without an
    API key, only public elements are searched.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        body (SearchPostmanResourcesRequest): Body of POST /search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchPostmanResourcesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchPostmanResourcesRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> SearchPostmanResourcesResponse | None:
    """Search Postman for elements of one kind

     Finds elements of one kind (`elementType`) whose text matches `q`, within the chosen
    ownership scope and narrowed by filters. Paging travels in the query string, not in the
    body: pass `meta.nextCursor` of one page as `cursor` to get the next. Called without an
    API key, only public elements are searched.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        body (SearchPostmanResourcesRequest): Body of POST /search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchPostmanResourcesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchPostmanResourcesRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[SearchPostmanResourcesResponse]:
    """Search Postman for elements of one kind

     Finds elements of one kind (`elementType`) whose text matches `q`, within the chosen
    ownership scope and narrowed by filters. Paging travels in the query string, not in the
    body: pass `meta.nextCursor` of one page as `cursor` to get the next. Called without an
    API key, only public elements are searched.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        body (SearchPostmanResourcesRequest): Body of POST /search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchPostmanResourcesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchPostmanResourcesRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> SearchPostmanResourcesResponse | None:
    """Search Postman for elements of one kind

     Finds elements of one kind (`elementType`) whose text matches `q`, within the chosen
    ownership scope and narrowed by filters. Paging travels in the query string, not in the
    body: pass `meta.nextCursor` of one page as `cursor` to get the next. Called without an
    API key, only public elements are searched.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        body (SearchPostmanResourcesRequest): Body of POST /search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchPostmanResourcesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
