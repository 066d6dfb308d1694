from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.component import Component
from ...models.get_component_envelope import GetComponentEnvelope
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    component_id: str,
    *,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/components/{component_id}".format(
            component_id=quote(str(component_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Component | GetComponentEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Component | GetComponentEnvelope:
            try:
                if not GetComponentEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_get_component_response_type_0 = GetComponentEnvelope.from_dict(data)

                return componentsschemas_get_component_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_get_component_response_type_1 = Component.from_dict(data)

            return componentsschemas_get_component_response_type_1

        response_200 = _parse_response_200(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Component | GetComponentEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[Component | GetComponentEnvelope]:
    """Get one component

     Returns one component of the library. `include` and `expand` work as in the list.
    Postman's definition declares the component wrapped in `data`, while its example shows
    the component unwrapped; both forms are accepted here. Enterprise plans only.

    Args:
        component_id (str):
        include (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Component | GetComponentEnvelope]
    """

    kwargs = _get_kwargs(
        component_id=component_id,
        include=include,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Component | GetComponentEnvelope | None:
    """Get one component

     Returns one component of the library. `include` and `expand` work as in the list.
    Postman's definition declares the component wrapped in `data`, while its example shows
    the component unwrapped; both forms are accepted here. Enterprise plans only.

    Args:
        component_id (str):
        include (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Component | GetComponentEnvelope
    """

    return sync_detailed(
        component_id=component_id,
        client=client,
        include=include,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[Component | GetComponentEnvelope]:
    """Get one component

     Returns one component of the library. `include` and `expand` work as in the list.
    Postman's definition declares the component wrapped in `data`, while its example shows
    the component unwrapped; both forms are accepted here. Enterprise plans only.

    Args:
        component_id (str):
        include (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Component | GetComponentEnvelope]
    """

    kwargs = _get_kwargs(
        component_id=component_id,
        include=include,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Component | GetComponentEnvelope | None:
    """Get one component

     Returns one component of the library. `include` and `expand` work as in the list.
    Postman's definition declares the component wrapped in `data`, while its example shows
    the component unwrapped; both forms are accepted here. Enterprise plans only.

    Args:
        component_id (str):
        include (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Component | GetComponentEnvelope
    """

    return (
        await asyncio_detailed(
            component_id=component_id,
            client=client,
            include=include,
            expand=expand,
        )
    ).parsed
