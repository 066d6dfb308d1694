from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_component_draft_response import GetComponentDraftResponse
from ...types import Response, parse_json


def _get_kwargs(
    component_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/components/{component_id}/drafts".format(
            component_id=quote(str(component_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetComponentDraftResponse | None:
    if response.status_code == 200:
        response_200 = GetComponentDraftResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetComponentDraftResponse]:
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
) -> Response[GetComponentDraftResponse]:
    """Get a component's working draft

     Returns the content and format of the component's draft: the unpublished state, which
    may differ from the latest published version. Enterprise plans only.

    Args:
        component_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetComponentDraftResponse]
    """

    kwargs = _get_kwargs(
        component_id=component_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetComponentDraftResponse | None:
    """Get a component's working draft

     Returns the content and format of the component's draft: the unpublished state, which
    may differ from the latest published version. Enterprise plans only.

    Args:
        component_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetComponentDraftResponse
    """

    return sync_detailed(
        component_id=component_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetComponentDraftResponse]:
    """Get a component's working draft

     Returns the content and format of the component's draft: the unpublished state, which
    may differ from the latest published version. Enterprise plans only.

    Args:
        component_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetComponentDraftResponse]
    """

    kwargs = _get_kwargs(
        component_id=component_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    component_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetComponentDraftResponse | None:
    """Get a component's working draft

     Returns the content and format of the component's draft: the unpublished state, which
    may differ from the latest published version. Enterprise plans only.

    Args:
        component_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetComponentDraftResponse
    """

    return (
        await asyncio_detailed(
            component_id=component_id,
            client=client,
        )
    ).parsed
