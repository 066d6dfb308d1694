from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_spec_from_collection_element_type import (
    GenerateSpecFromCollectionElementType,
)
from ...models.generate_spec_from_collection_request import GenerateSpecFromCollectionRequest
from ...models.spec_task import SpecTask
from ...types import Response, parse_json


def _get_kwargs(
    collection_uid: str,
    element_type: GenerateSpecFromCollectionElementType,
    *,
    body: GenerateSpecFromCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_uid}/generations/{element_type}".format(
            collection_uid=quote(str(collection_uid), safe=""),
            element_type=quote(str(element_type), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SpecTask | None:
    if response.status_code == 200:
        response_200 = SpecTask.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SpecTask]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_uid: str,
    element_type: GenerateSpecFromCollectionElementType,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSpecFromCollectionRequest,
) -> Response[SpecTask]:
    """Generate a spec from a collection

     Starts generating an OpenAPI 2.0, 3.0 or 3.1 specification from the collection. The work
    runs in the background: the answer is a task handle whose `url` is polled with GET
    /{elementType}/{elementId}/tasks/{taskId}. Postman documents this answer as 200, unlike
    the other generate and sync calls, which answer 202.

    Args:
        collection_uid (str):
        element_type (GenerateSpecFromCollectionElementType):
        body (GenerateSpecFromCollectionRequest): Body of POST
            /collections/{collectionUid}/generations/spec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTask]
    """

    kwargs = _get_kwargs(
        collection_uid=collection_uid,
        element_type=element_type,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_uid: str,
    element_type: GenerateSpecFromCollectionElementType,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSpecFromCollectionRequest,
) -> SpecTask | None:
    """Generate a spec from a collection

     Starts generating an OpenAPI 2.0, 3.0 or 3.1 specification from the collection. The work
    runs in the background: the answer is a task handle whose `url` is polled with GET
    /{elementType}/{elementId}/tasks/{taskId}. Postman documents this answer as 200, unlike
    the other generate and sync calls, which answer 202.

    Args:
        collection_uid (str):
        element_type (GenerateSpecFromCollectionElementType):
        body (GenerateSpecFromCollectionRequest): Body of POST
            /collections/{collectionUid}/generations/spec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTask
    """

    return sync_detailed(
        collection_uid=collection_uid,
        element_type=element_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_uid: str,
    element_type: GenerateSpecFromCollectionElementType,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSpecFromCollectionRequest,
) -> Response[SpecTask]:
    """Generate a spec from a collection

     Starts generating an OpenAPI 2.0, 3.0 or 3.1 specification from the collection. The work
    runs in the background: the answer is a task handle whose `url` is polled with GET
    /{elementType}/{elementId}/tasks/{taskId}. Postman documents this answer as 200, unlike
    the other generate and sync calls, which answer 202.

    Args:
        collection_uid (str):
        element_type (GenerateSpecFromCollectionElementType):
        body (GenerateSpecFromCollectionRequest): Body of POST
            /collections/{collectionUid}/generations/spec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTask]
    """

    kwargs = _get_kwargs(
        collection_uid=collection_uid,
        element_type=element_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_uid: str,
    element_type: GenerateSpecFromCollectionElementType,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateSpecFromCollectionRequest,
) -> SpecTask | None:
    """Generate a spec from a collection

     Starts generating an OpenAPI 2.0, 3.0 or 3.1 specification from the collection. The work
    runs in the background: the answer is a task handle whose `url` is polled with GET
    /{elementType}/{elementId}/tasks/{taskId}. Postman documents this answer as 200, unlike
    the other generate and sync calls, which answer 202.

    Args:
        collection_uid (str):
        element_type (GenerateSpecFromCollectionElementType):
        body (GenerateSpecFromCollectionRequest): Body of POST
            /collections/{collectionUid}/generations/spec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTask
    """

    return (
        await asyncio_detailed(
            collection_uid=collection_uid,
            element_type=element_type,
            client=client,
            body=body,
        )
    ).parsed
