from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_collection_request_request import CreateCollectionRequestRequest
from ...models.create_collection_request_response import CreateCollectionRequestResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: CreateCollectionRequestRequest,
    folder_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["folderId"] = folder_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/requests".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCollectionRequestResponse | None:
    if response.status_code == 200:
        response_200 = CreateCollectionRequestResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCollectionRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequestRequest,
    folder_id: str | Unset = UNSET,
) -> Response[CreateCollectionRequestResponse]:
    """Add a request to a collection

     Creates a request at the top level of the collection, or inside the folder named by
    `folderId`. Send a `name`: without one the request is created with an empty name.

    Args:
        collection_id (str):
        folder_id (str | Unset):
        body (CreateCollectionRequestRequest): The new request, in the item-level format. Other
            request fields of that format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionRequestResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        folder_id=folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequestRequest,
    folder_id: str | Unset = UNSET,
) -> CreateCollectionRequestResponse | None:
    """Add a request to a collection

     Creates a request at the top level of the collection, or inside the folder named by
    `folderId`. Send a `name`: without one the request is created with an empty name.

    Args:
        collection_id (str):
        folder_id (str | Unset):
        body (CreateCollectionRequestRequest): The new request, in the item-level format. Other
            request fields of that format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionRequestResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
        folder_id=folder_id,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequestRequest,
    folder_id: str | Unset = UNSET,
) -> Response[CreateCollectionRequestResponse]:
    """Add a request to a collection

     Creates a request at the top level of the collection, or inside the folder named by
    `folderId`. Send a `name`: without one the request is created with an empty name.

    Args:
        collection_id (str):
        folder_id (str | Unset):
        body (CreateCollectionRequestRequest): The new request, in the item-level format. Other
            request fields of that format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionRequestResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        folder_id=folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionRequestRequest,
    folder_id: str | Unset = UNSET,
) -> CreateCollectionRequestResponse | None:
    """Add a request to a collection

     Creates a request at the top level of the collection, or inside the folder named by
    `folderId`. Send a `name`: without one the request is created with an empty name.

    Args:
        collection_id (str):
        folder_id (str | Unset):
        body (CreateCollectionRequestRequest): The new request, in the item-level format. Other
            request fields of that format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionRequestResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
            folder_id=folder_id,
        )
    ).parsed
