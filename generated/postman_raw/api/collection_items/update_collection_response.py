from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_collection_response_request import UpdateCollectionResponseRequest
from ...models.update_collection_response_response import UpdateCollectionResponseResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    response_id: str,
    *,
    body: UpdateCollectionResponseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/responses/{response_id}".format(
            collection_id=quote(str(collection_id), safe=""),
            response_id=quote(str(response_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateCollectionResponseResponse | None:
    if response.status_code == 200:
        response_200 = UpdateCollectionResponseResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateCollectionResponseResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionResponseRequest,
) -> Response[UpdateCollectionResponseResponse]:
    """Change a saved response

     Changes the fields sent and keeps the others (it behaves like a PATCH). `collectionId`
    must be the collection's id, not its uid.

    Args:
        collection_id (str):
        response_id (str):
        body (UpdateCollectionResponseRequest): The saved-response fields to change; fields left
            out keep their values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCollectionResponseResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        response_id=response_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionResponseRequest,
) -> UpdateCollectionResponseResponse | None:
    """Change a saved response

     Changes the fields sent and keeps the others (it behaves like a PATCH). `collectionId`
    must be the collection's id, not its uid.

    Args:
        collection_id (str):
        response_id (str):
        body (UpdateCollectionResponseRequest): The saved-response fields to change; fields left
            out keep their values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCollectionResponseResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        response_id=response_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionResponseRequest,
) -> Response[UpdateCollectionResponseResponse]:
    """Change a saved response

     Changes the fields sent and keeps the others (it behaves like a PATCH). `collectionId`
    must be the collection's id, not its uid.

    Args:
        collection_id (str):
        response_id (str):
        body (UpdateCollectionResponseRequest): The saved-response fields to change; fields left
            out keep their values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCollectionResponseResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        response_id=response_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionResponseRequest,
) -> UpdateCollectionResponseResponse | None:
    """Change a saved response

     Changes the fields sent and keeps the others (it behaves like a PATCH). `collectionId`
    must be the collection's id, not its uid.

    Args:
        collection_id (str):
        response_id (str):
        body (UpdateCollectionResponseRequest): The saved-response fields to change; fields left
            out keep their values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCollectionResponseResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            response_id=response_id,
            client=client,
            body=body,
        )
    ).parsed
