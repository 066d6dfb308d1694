from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_all_components_response import GetAllComponentsResponse
from ...models.get_all_components_status import GetAllComponentsStatus
from ...models.get_all_components_type import GetAllComponentsType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    type_: GetAllComponentsType | Unset = UNSET,
    status: GetAllComponentsStatus | Unset = UNSET,
    has_versions: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["hasVersions"] = has_versions

    params["include"] = include

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/components",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAllComponentsResponse | None:
    if response.status_code == 200:
        response_200 = GetAllComponentsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAllComponentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetAllComponentsType | Unset = UNSET,
    status: GetAllComponentsStatus | Unset = UNSET,
    has_versions: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[GetAllComponentsResponse]:
    """List the components of the team's library

     Lists the library's components. Filters narrow the list by type, lifecycle state or
    whether anything was published. `include` adds `hasVersions` and `latestVersion` to
    each entry (`latestVersion.content` also adds the text of that version); with
    `expand=latestVersion` the latest version comes as an object instead of only its id.
    Enterprise plans only.

    Args:
        type_ (GetAllComponentsType | Unset):
        status (GetAllComponentsStatus | Unset):
        has_versions (bool | Unset):
        include (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAllComponentsResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        has_versions=has_versions,
        include=include,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: GetAllComponentsType | Unset = UNSET,
    status: GetAllComponentsStatus | Unset = UNSET,
    has_versions: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> GetAllComponentsResponse | None:
    """List the components of the team's library

     Lists the library's components. Filters narrow the list by type, lifecycle state or
    whether anything was published. `include` adds `hasVersions` and `latestVersion` to
    each entry (`latestVersion.content` also adds the text of that version); with
    `expand=latestVersion` the latest version comes as an object instead of only its id.
    Enterprise plans only.

    Args:
        type_ (GetAllComponentsType | Unset):
        status (GetAllComponentsStatus | Unset):
        has_versions (bool | Unset):
        include (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAllComponentsResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        status=status,
        has_versions=has_versions,
        include=include,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetAllComponentsType | Unset = UNSET,
    status: GetAllComponentsStatus | Unset = UNSET,
    has_versions: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[GetAllComponentsResponse]:
    """List the components of the team's library

     Lists the library's components. Filters narrow the list by type, lifecycle state or
    whether anything was published. `include` adds `hasVersions` and `latestVersion` to
    each entry (`latestVersion.content` also adds the text of that version); with
    `expand=latestVersion` the latest version comes as an object instead of only its id.
    Enterprise plans only.

    Args:
        type_ (GetAllComponentsType | Unset):
        status (GetAllComponentsStatus | Unset):
        has_versions (bool | Unset):
        include (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAllComponentsResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        has_versions=has_versions,
        include=include,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: GetAllComponentsType | Unset = UNSET,
    status: GetAllComponentsStatus | Unset = UNSET,
    has_versions: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> GetAllComponentsResponse | None:
    """List the components of the team's library

     Lists the library's components. Filters narrow the list by type, lifecycle state or
    whether anything was published. `include` adds `hasVersions` and `latestVersion` to
    each entry (`latestVersion.content` also adds the text of that version); with
    `expand=latestVersion` the latest version comes as an object instead of only its id.
    Enterprise plans only.

    Args:
        type_ (GetAllComponentsType | Unset):
        status (GetAllComponentsStatus | Unset):
        has_versions (bool | Unset):
        include (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAllComponentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            status=status,
            has_versions=has_versions,
            include=include,
            expand=expand,
        )
    ).parsed
