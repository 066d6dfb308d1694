from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.put_collection_accepted_response import PutCollectionAcceptedResponse
from ...models.put_collection_prefer import PutCollectionPrefer
from ...models.put_collection_request import PutCollectionRequest
from ...models.put_collection_response import PutCollectionResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: PutCollectionRequest,
    prefer: PutCollectionPrefer | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = str(prefer)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PutCollectionAcceptedResponse | PutCollectionResponse | None:
    if response.status_code == 200:
        response_200 = PutCollectionResponse.from_dict(parse_json(response))

        return response_200

    if response.status_code == 202:
        response_202 = PutCollectionAcceptedResponse.from_dict(parse_json(response))

        return response_202

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PutCollectionAcceptedResponse | PutCollectionResponse]:
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
    body: PutCollectionRequest,
    prefer: PutCollectionPrefer | Unset = UNSET,
) -> Response[PutCollectionAcceptedResponse | PutCollectionResponse]:
    """Replace a collection

     Replaces the whole collection with the body, in Collection Format v2.1 (at most 100 MB).

    Keep the `id` of every folder, request and response you want to keep: an item sent
    without its id is deleted and created again under a new id. To copy another
    collection's contents in, strip all of its `id`, `uid` and `_postman_id` values first,
    or the call fails.

    Send `Prefer: respond-async` to run the replacement in the background: the answer is
    then 202 with a task id, to be followed with getCollectionUpdatesTasks. Only one such
    update runs at a time per collection (a second gets 409).

    Args:
        collection_id (str):
        prefer (PutCollectionPrefer | Unset):
        body (PutCollectionRequest): Body of PUT /collections/{collectionId}; `collection` is the
            full new content.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutCollectionAcceptedResponse | PutCollectionResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutCollectionRequest,
    prefer: PutCollectionPrefer | Unset = UNSET,
) -> PutCollectionAcceptedResponse | PutCollectionResponse | None:
    """Replace a collection

     Replaces the whole collection with the body, in Collection Format v2.1 (at most 100 MB).

    Keep the `id` of every folder, request and response you want to keep: an item sent
    without its id is deleted and created again under a new id. To copy another
    collection's contents in, strip all of its `id`, `uid` and `_postman_id` values first,
    or the call fails.

    Send `Prefer: respond-async` to run the replacement in the background: the answer is
    then 202 with a task id, to be followed with getCollectionUpdatesTasks. Only one such
    update runs at a time per collection (a second gets 409).

    Args:
        collection_id (str):
        prefer (PutCollectionPrefer | Unset):
        body (PutCollectionRequest): Body of PUT /collections/{collectionId}; `collection` is the
            full new content.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutCollectionAcceptedResponse | PutCollectionResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutCollectionRequest,
    prefer: PutCollectionPrefer | Unset = UNSET,
) -> Response[PutCollectionAcceptedResponse | PutCollectionResponse]:
    """Replace a collection

     Replaces the whole collection with the body, in Collection Format v2.1 (at most 100 MB).

    Keep the `id` of every folder, request and response you want to keep: an item sent
    without its id is deleted and created again under a new id. To copy another
    collection's contents in, strip all of its `id`, `uid` and `_postman_id` values first,
    or the call fails.

    Send `Prefer: respond-async` to run the replacement in the background: the answer is
    then 202 with a task id, to be followed with getCollectionUpdatesTasks. Only one such
    update runs at a time per collection (a second gets 409).

    Args:
        collection_id (str):
        prefer (PutCollectionPrefer | Unset):
        body (PutCollectionRequest): Body of PUT /collections/{collectionId}; `collection` is the
            full new content.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutCollectionAcceptedResponse | PutCollectionResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PutCollectionRequest,
    prefer: PutCollectionPrefer | Unset = UNSET,
) -> PutCollectionAcceptedResponse | PutCollectionResponse | None:
    """Replace a collection

     Replaces the whole collection with the body, in Collection Format v2.1 (at most 100 MB).

    Keep the `id` of every folder, request and response you want to keep: an item sent
    without its id is deleted and created again under a new id. To copy another
    collection's contents in, strip all of its `id`, `uid` and `_postman_id` values first,
    or the call fails.

    Send `Prefer: respond-async` to run the replacement in the background: the answer is
    then 202 with a task id, to be followed with getCollectionUpdatesTasks. Only one such
    update runs at a time per collection (a second gets 409).

    Args:
        collection_id (str):
        prefer (PutCollectionPrefer | Unset):
        body (PutCollectionRequest): Body of PUT /collections/{collectionId}; `collection` is the
            full new content.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutCollectionAcceptedResponse | PutCollectionResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
