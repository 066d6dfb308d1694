from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_collection_request_request import UpdateCollectionRequestRequest
from ...models.update_collection_request_response import UpdateCollectionRequestResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    request_id: str,
    *,
    body: UpdateCollectionRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/requests/{request_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            request_id=quote(str(request_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateCollectionRequestResponse | None:
    if response.status_code == 200:
        response_200 = UpdateCollectionRequestResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateCollectionRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionRequestRequest,
) -> Response[UpdateCollectionRequestResponse]:
    """Change a request

     Changes the fields sent and keeps the others. `collectionId` must be the collection's id,
    not its uid. A request cannot be moved to another folder this way.

    Args:
        collection_id (str):
        request_id (str):
        body (UpdateCollectionRequestRequest): The request fields to change, in the item-level
            format; fields left out keep their values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCollectionRequestResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        request_id=request_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionRequestRequest,
) -> UpdateCollectionRequestResponse | None:
    """Change a request

     Changes the fields sent and keeps the others. `collectionId` must be the collection's id,
    not its uid. A request cannot be moved to another folder this way.

    Args:
        collection_id (str):
        request_id (str):
        body (UpdateCollectionRequestRequest): The request fields to change, in the item-level
            format; fields left out keep their values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCollectionRequestResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        request_id=request_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionRequestRequest,
) -> Response[UpdateCollectionRequestResponse]:
    """Change a request

     Changes the fields sent and keeps the others. `collectionId` must be the collection's id,
    not its uid. A request cannot be moved to another folder this way.

    Args:
        collection_id (str):
        request_id (str):
        body (UpdateCollectionRequestRequest): The request fields to change, in the item-level
            format; fields left out keep their values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCollectionRequestResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        request_id=request_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionRequestRequest,
) -> UpdateCollectionRequestResponse | None:
    """Change a request

     Changes the fields sent and keeps the others. `collectionId` must be the collection's id,
    not its uid. A request cannot be moved to another folder this way.

    Args:
        collection_id (str):
        request_id (str):
        body (UpdateCollectionRequestRequest): The request fields to change, in the item-level
            format; fields left out keep their values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCollectionRequestResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            request_id=request_id,
            client=client,
            body=body,
        )
    ).parsed
