from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_collection_response_request import CreateCollectionResponseRequest
from ...models.create_collection_response_response import CreateCollectionResponseResponse
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: CreateCollectionResponseRequest,
    request: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["request"] = request

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/responses".format(
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
) -> CreateCollectionResponseResponse | None:
    if response.status_code == 200:
        response_200 = CreateCollectionResponseResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCollectionResponseResponse]:
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
    body: CreateCollectionResponseRequest,
    request: str,
) -> Response[CreateCollectionResponseResponse]:
    """Save an example response on a request

     Creates a saved (example) response under the request named by `request`. Send a `name`:
    without one the response is created with an empty name.

    Args:
        collection_id (str):
        request (str):
        body (CreateCollectionResponseRequest): The new saved response, in the item-level format.
            Other response fields of that format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionResponseResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        request=request,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionResponseRequest,
    request: str,
) -> CreateCollectionResponseResponse | None:
    """Save an example response on a request

     Creates a saved (example) response under the request named by `request`. Send a `name`:
    without one the response is created with an empty name.

    Args:
        collection_id (str):
        request (str):
        body (CreateCollectionResponseRequest): The new saved response, in the item-level format.
            Other response fields of that format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionResponseResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
        request=request,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionResponseRequest,
    request: str,
) -> Response[CreateCollectionResponseResponse]:
    """Save an example response on a request

     Creates a saved (example) response under the request named by `request`. Send a `name`:
    without one the response is created with an empty name.

    Args:
        collection_id (str):
        request (str):
        body (CreateCollectionResponseRequest): The new saved response, in the item-level format.
            Other response fields of that format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionResponseResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        request=request,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionResponseRequest,
    request: str,
) -> CreateCollectionResponseResponse | None:
    """Save an example response on a request

     Creates a saved (example) response under the request named by `request`. Send a `name`:
    without one the response is created with an empty name.

    Args:
        collection_id (str):
        request (str):
        body (CreateCollectionResponseRequest): The new saved response, in the item-level format.
            Other response fields of that format are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionResponseResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
            request=request,
        )
    ).parsed
