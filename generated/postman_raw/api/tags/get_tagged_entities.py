from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_tagged_entities_direction import GetTaggedEntitiesDirection
from ...models.get_tagged_entities_entity_type import GetTaggedEntitiesEntityType
from ...models.get_tagged_entities_response import GetTaggedEntitiesResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    slug: str,
    *,
    limit: int | Unset = UNSET,
    direction: GetTaggedEntitiesDirection | Unset = UNSET,
    cursor: str | Unset = UNSET,
    entity_type: GetTaggedEntitiesEntityType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["cursor"] = cursor

    json_entity_type: str | Unset = UNSET
    if not isinstance(entity_type, Unset):
        json_entity_type = entity_type

    params["entityType"] = json_entity_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags/{slug}/entities".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaggedEntitiesResponse | None:
    if response.status_code == 200:
        response_200 = GetTaggedEntitiesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaggedEntitiesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    direction: GetTaggedEntitiesDirection | Unset = UNSET,
    cursor: str | Unset = UNSET,
    entity_type: GetTaggedEntitiesEntityType | Unset = UNSET,
) -> Response[GetTaggedEntitiesResponse]:
    """List the elements that carry a tag

     Lists the collections, workspaces and APIs of the team that carry the tag, most recently
    tagged first unless `direction` says otherwise. Pages are cursor-based: pass
    `meta.nextCursor` of one page as `cursor` to get the next; an unusable cursor yields the
    first page again. Tagging needs a paid plan; this lookup is documented for Enterprise.

    Args:
        slug (str):
        limit (int | Unset):
        direction (GetTaggedEntitiesDirection | Unset):
        cursor (str | Unset):
        entity_type (GetTaggedEntitiesEntityType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaggedEntitiesResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
        limit=limit,
        direction=direction,
        cursor=cursor,
        entity_type=entity_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    direction: GetTaggedEntitiesDirection | Unset = UNSET,
    cursor: str | Unset = UNSET,
    entity_type: GetTaggedEntitiesEntityType | Unset = UNSET,
) -> GetTaggedEntitiesResponse | None:
    """List the elements that carry a tag

     Lists the collections, workspaces and APIs of the team that carry the tag, most recently
    tagged first unless `direction` says otherwise. Pages are cursor-based: pass
    `meta.nextCursor` of one page as `cursor` to get the next; an unusable cursor yields the
    first page again. Tagging needs a paid plan; this lookup is documented for Enterprise.

    Args:
        slug (str):
        limit (int | Unset):
        direction (GetTaggedEntitiesDirection | Unset):
        cursor (str | Unset):
        entity_type (GetTaggedEntitiesEntityType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaggedEntitiesResponse
    """

    return sync_detailed(
        slug=slug,
        client=client,
        limit=limit,
        direction=direction,
        cursor=cursor,
        entity_type=entity_type,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    direction: GetTaggedEntitiesDirection | Unset = UNSET,
    cursor: str | Unset = UNSET,
    entity_type: GetTaggedEntitiesEntityType | Unset = UNSET,
) -> Response[GetTaggedEntitiesResponse]:
    """List the elements that carry a tag

     Lists the collections, workspaces and APIs of the team that carry the tag, most recently
    tagged first unless `direction` says otherwise. Pages are cursor-based: pass
    `meta.nextCursor` of one page as `cursor` to get the next; an unusable cursor yields the
    first page again. Tagging needs a paid plan; this lookup is documented for Enterprise.

    Args:
        slug (str):
        limit (int | Unset):
        direction (GetTaggedEntitiesDirection | Unset):
        cursor (str | Unset):
        entity_type (GetTaggedEntitiesEntityType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaggedEntitiesResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
        limit=limit,
        direction=direction,
        cursor=cursor,
        entity_type=entity_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    direction: GetTaggedEntitiesDirection | Unset = UNSET,
    cursor: str | Unset = UNSET,
    entity_type: GetTaggedEntitiesEntityType | Unset = UNSET,
) -> GetTaggedEntitiesResponse | None:
    """List the elements that carry a tag

     Lists the collections, workspaces and APIs of the team that carry the tag, most recently
    tagged first unless `direction` says otherwise. Pages are cursor-based: pass
    `meta.nextCursor` of one page as `cursor` to get the next; an unusable cursor yields the
    first page again. Tagging needs a paid plan; this lookup is documented for Enterprise.

    Args:
        slug (str):
        limit (int | Unset):
        direction (GetTaggedEntitiesDirection | Unset):
        cursor (str | Unset):
        entity_type (GetTaggedEntitiesEntityType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaggedEntitiesResponse
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            limit=limit,
            direction=direction,
            cursor=cursor,
            entity_type=entity_type,
        )
    ).parsed
