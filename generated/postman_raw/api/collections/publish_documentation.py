from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.publish_documentation_request import PublishDocumentationRequest
from ...models.publish_documentation_response import PublishDocumentationResponse
from ...types import Response, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: PublishDocumentationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/public-documentations".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PublishDocumentationResponse | None:
    if response.status_code == 200:
        response_200 = PublishDocumentationResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PublishDocumentationResponse]:
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
    body: PublishDocumentationRequest,
) -> Response[PublishDocumentationResponse]:
    """Publish a collection's documentation

     Makes the collection's documentation public: anyone with the link can read it. The
    body sets its look (colours, light and dark themes, logo), its title and description
    metadata, its layout, and optionally an environment whose initial values are shown
    with it (so it must hold no secrets).

    On Free and Solo plans the user needs edit rights on the collection; Enterprise teams
    with API Governance may reserve publishing to Community Managers. Only collections of
    HTTP requests can be published, and not collections linked to an API.

    Args:
        collection_id (str):
        body (PublishDocumentationRequest): Body of PUT /collections/{collectionId}/public-
            documentations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishDocumentationResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PublishDocumentationRequest,
) -> PublishDocumentationResponse | None:
    """Publish a collection's documentation

     Makes the collection's documentation public: anyone with the link can read it. The
    body sets its look (colours, light and dark themes, logo), its title and description
    metadata, its layout, and optionally an environment whose initial values are shown
    with it (so it must hold no secrets).

    On Free and Solo plans the user needs edit rights on the collection; Enterprise teams
    with API Governance may reserve publishing to Community Managers. Only collections of
    HTTP requests can be published, and not collections linked to an API.

    Args:
        collection_id (str):
        body (PublishDocumentationRequest): Body of PUT /collections/{collectionId}/public-
            documentations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishDocumentationResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PublishDocumentationRequest,
) -> Response[PublishDocumentationResponse]:
    """Publish a collection's documentation

     Makes the collection's documentation public: anyone with the link can read it. The
    body sets its look (colours, light and dark themes, logo), its title and description
    metadata, its layout, and optionally an environment whose initial values are shown
    with it (so it must hold no secrets).

    On Free and Solo plans the user needs edit rights on the collection; Enterprise teams
    with API Governance may reserve publishing to Community Managers. Only collections of
    HTTP requests can be published, and not collections linked to an API.

    Args:
        collection_id (str):
        body (PublishDocumentationRequest): Body of PUT /collections/{collectionId}/public-
            documentations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishDocumentationResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PublishDocumentationRequest,
) -> PublishDocumentationResponse | None:
    """Publish a collection's documentation

     Makes the collection's documentation public: anyone with the link can read it. The
    body sets its look (colours, light and dark themes, logo), its title and description
    metadata, its layout, and optionally an environment whose initial values are shown
    with it (so it must hold no secrets).

    On Free and Solo plans the user needs edit rights on the collection; Enterprise teams
    with API Governance may reserve publishing to Community Managers. Only collections of
    HTTP requests can be published, and not collections linked to an API.

    Args:
        collection_id (str):
        body (PublishDocumentationRequest): Body of PUT /collections/{collectionId}/public-
            documentations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishDocumentationResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
