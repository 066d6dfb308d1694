from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_collection_element_type import (
    GenerateCollectionElementType,
)
from ...models.generate_collection_request import GenerateCollectionRequest
from ...models.spec_task import SpecTask
from ...types import Response, parse_json


def _get_kwargs(
    spec_id: str,
    element_type: GenerateCollectionElementType,
    *,
    body: GenerateCollectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/specs/{spec_id}/generations/{element_type}".format(
            spec_id=quote(str(spec_id), safe=""),
            element_type=quote(str(element_type), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SpecTask | None:
    if response.status_code == 202:
        response_202 = SpecTask.from_dict(parse_json(response))

        return response_202

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
    spec_id: str,
    element_type: GenerateCollectionElementType,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCollectionRequest,
) -> Response[SpecTask]:
    """Generate a collection from a spec

     Starts generating a collection from an OpenAPI 2.0, 3.0 or 3.1 spec or a Smithy spec.
    The work runs in the background: the answer is 202 with a task handle whose `url` is
    polled with GET /{elementType}/{elementId}/tasks/{taskId}; when the task completes, its
    `details.resources` names the new collection.

    Args:
        spec_id (str):
        element_type (GenerateCollectionElementType):
        body (GenerateCollectionRequest): Body of POST /specs/{specId}/generations/collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTask]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        element_type=element_type,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spec_id: str,
    element_type: GenerateCollectionElementType,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCollectionRequest,
) -> SpecTask | None:
    """Generate a collection from a spec

     Starts generating a collection from an OpenAPI 2.0, 3.0 or 3.1 spec or a Smithy spec.
    The work runs in the background: the answer is 202 with a task handle whose `url` is
    polled with GET /{elementType}/{elementId}/tasks/{taskId}; when the task completes, its
    `details.resources` names the new collection.

    Args:
        spec_id (str):
        element_type (GenerateCollectionElementType):
        body (GenerateCollectionRequest): Body of POST /specs/{specId}/generations/collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTask
    """

    return sync_detailed(
        spec_id=spec_id,
        element_type=element_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    element_type: GenerateCollectionElementType,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCollectionRequest,
) -> Response[SpecTask]:
    """Generate a collection from a spec

     Starts generating a collection from an OpenAPI 2.0, 3.0 or 3.1 spec or a Smithy spec.
    The work runs in the background: the answer is 202 with a task handle whose `url` is
    polled with GET /{elementType}/{elementId}/tasks/{taskId}; when the task completes, its
    `details.resources` names the new collection.

    Args:
        spec_id (str):
        element_type (GenerateCollectionElementType):
        body (GenerateCollectionRequest): Body of POST /specs/{specId}/generations/collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTask]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        element_type=element_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    element_type: GenerateCollectionElementType,
    *,
    client: AuthenticatedClient | Client,
    body: GenerateCollectionRequest,
) -> SpecTask | None:
    """Generate a collection from a spec

     Starts generating a collection from an OpenAPI 2.0, 3.0 or 3.1 spec or a Smithy spec.
    The work runs in the background: the answer is 202 with a task handle whose `url` is
    polled with GET /{elementType}/{elementId}/tasks/{taskId}; when the task completes, its
    `details.resources` names the new collection.

    Args:
        spec_id (str):
        element_type (GenerateCollectionElementType):
        body (GenerateCollectionRequest): Body of POST /specs/{specId}/generations/collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTask
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            element_type=element_type,
            client=client,
            body=body,
        )
    ).parsed
