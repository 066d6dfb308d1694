from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.component_version import ComponentVersion
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    component_id: str,
    version_id: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/components/{component_id}/versions/{version_id}".format(
            component_id=quote(str(component_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComponentVersion | None:
    if response.status_code == 200:
        response_200 = ComponentVersion.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ComponentVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    component_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[ComponentVersion]:
    """Get one published version of a component

     Returns one published version. Its text is included only with `include=content`.
    Enterprise plans only.

    Args:
        component_id (str):
        version_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComponentVersion]
    """

    kwargs = _get_kwargs(
        component_id=component_id,
        version_id=version_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    component_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> ComponentVersion | None:
    """Get one published version of a component

     Returns one published version. Its text is included only with `include=content`.
    Enterprise plans only.

    Args:
        component_id (str):
        version_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComponentVersion
    """

    return sync_detailed(
        component_id=component_id,
        version_id=version_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    component_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[ComponentVersion]:
    """Get one published version of a component

     Returns one published version. Its text is included only with `include=content`.
    Enterprise plans only.

    Args:
        component_id (str):
        version_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComponentVersion]
    """

    kwargs = _get_kwargs(
        component_id=component_id,
        version_id=version_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    component_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> ComponentVersion | None:
    """Get one published version of a component

     Returns one published version. Its text is included only with `include=content`.
    Enterprise plans only.

    Args:
        component_id (str):
        version_id (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComponentVersion
    """

    return (
        await asyncio_detailed(
            component_id=component_id,
            version_id=version_id,
            client=client,
            include=include,
        )
    ).parsed
