from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_collection_request import CreateCollectionRequest
from ...models.create_collection_response import CreateCollectionResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    body: CreateCollectionRequest,
    workspace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCollectionResponse | None:
    if response.status_code == 200:
        response_200 = CreateCollectionResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCollectionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
    workspace: str | Unset = UNSET,
) -> Response[CreateCollectionResponse]:
    """Create a collection

     Creates a collection from a body in Collection Format v2.1. Folders may be nested to any
    depth. Without `workspace`, Postman puts the collection in the oldest personal
    (Internal) workspace of the key's user.

    Args:
        workspace (str | Unset):
        body (CreateCollectionRequest): Body of POST /collections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace=workspace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
    workspace: str | Unset = UNSET,
) -> CreateCollectionResponse | None:
    """Create a collection

     Creates a collection from a body in Collection Format v2.1. Folders may be nested to any
    depth. Without `workspace`, Postman puts the collection in the oldest personal
    (Internal) workspace of the key's user.

    Args:
        workspace (str | Unset):
        body (CreateCollectionRequest): Body of POST /collections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace=workspace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
    workspace: str | Unset = UNSET,
) -> Response[CreateCollectionResponse]:
    """Create a collection

     Creates a collection from a body in Collection Format v2.1. Folders may be nested to any
    depth. Without `workspace`, Postman puts the collection in the oldest personal
    (Internal) workspace of the key's user.

    Args:
        workspace (str | Unset):
        body (CreateCollectionRequest): Body of POST /collections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace=workspace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequest,
    workspace: str | Unset = UNSET,
) -> CreateCollectionResponse | None:
    """Create a collection

     Creates a collection from a body in Collection Format v2.1. Folders may be nested to any
    depth. Without `workspace`, Postman puts the collection in the oldest personal
    (Internal) workspace of the key's user.

    Args:
        workspace (str | Unset):
        body (CreateCollectionRequest): Body of POST /collections.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace=workspace,
        )
    ).parsed
