from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_spec_sync_options_request import UpdateSpecSyncOptionsRequest
from ...models.update_spec_sync_options_response import UpdateSpecSyncOptionsResponse
from ...types import Response, parse_json


def _get_kwargs(
    spec_id: str,
    collection_id: str,
    *,
    body: UpdateSpecSyncOptionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/specs/{spec_id}/collections/{collection_id}/sync-options".format(
            spec_id=quote(str(spec_id), safe=""),
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateSpecSyncOptionsResponse | None:
    if response.status_code == 200:
        response_200 = UpdateSpecSyncOptionsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateSpecSyncOptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    spec_id: str,
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecSyncOptionsRequest,
) -> Response[UpdateSpecSyncOptionsResponse]:
    """Change how a generated collection syncs with its spec

     Sets the sync options of a collection generated from the spec. Send at least one
    option; options not sent keep their current value.

    Args:
        spec_id (str):
        collection_id (str):
        body (UpdateSpecSyncOptionsRequest): Body of PATCH
            /specs/{specId}/collections/{collectionId}/sync-options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateSpecSyncOptionsResponse]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spec_id: str,
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecSyncOptionsRequest,
) -> UpdateSpecSyncOptionsResponse | None:
    """Change how a generated collection syncs with its spec

     Sets the sync options of a collection generated from the spec. Send at least one
    option; options not sent keep their current value.

    Args:
        spec_id (str):
        collection_id (str):
        body (UpdateSpecSyncOptionsRequest): Body of PATCH
            /specs/{specId}/collections/{collectionId}/sync-options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateSpecSyncOptionsResponse
    """

    return sync_detailed(
        spec_id=spec_id,
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecSyncOptionsRequest,
) -> Response[UpdateSpecSyncOptionsResponse]:
    """Change how a generated collection syncs with its spec

     Sets the sync options of a collection generated from the spec. Send at least one
    option; options not sent keep their current value.

    Args:
        spec_id (str):
        collection_id (str):
        body (UpdateSpecSyncOptionsRequest): Body of PATCH
            /specs/{specId}/collections/{collectionId}/sync-options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateSpecSyncOptionsResponse]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecSyncOptionsRequest,
) -> UpdateSpecSyncOptionsResponse | None:
    """Change how a generated collection syncs with its spec

     Sets the sync options of a collection generated from the spec. Send at least one
    option; options not sent keep their current value.

    Args:
        spec_id (str):
        collection_id (str):
        body (UpdateSpecSyncOptionsRequest): Body of PATCH
            /specs/{specId}/collections/{collectionId}/sync-options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateSpecSyncOptionsResponse
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
