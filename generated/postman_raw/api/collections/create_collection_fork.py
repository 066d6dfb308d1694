from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_collection_fork_request import CreateCollectionForkRequest
from ...models.create_collection_fork_response import CreateCollectionForkResponse
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    collection_id: str,
    *,
    body: CreateCollectionForkRequest,
    workspace: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/fork/{collection_id}".format(
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
) -> CreateCollectionForkResponse | None:
    if response.status_code == 200:
        response_200 = CreateCollectionForkResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCollectionForkResponse]:
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
    body: CreateCollectionForkRequest,
    workspace: str,
) -> Response[CreateCollectionForkResponse]:
    """Fork a collection into a workspace

     Makes a fork (a linked copy) of a collection in the given workspace, under the given label.

    Args:
        collection_id (str):
        workspace (str):
        body (CreateCollectionForkRequest): Body of POST /collections/fork/{collectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionForkResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        workspace=workspace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionForkRequest,
    workspace: str,
) -> CreateCollectionForkResponse | None:
    """Fork a collection into a workspace

     Makes a fork (a linked copy) of a collection in the given workspace, under the given label.

    Args:
        collection_id (str):
        workspace (str):
        body (CreateCollectionForkRequest): Body of POST /collections/fork/{collectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionForkResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
        workspace=workspace,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionForkRequest,
    workspace: str,
) -> Response[CreateCollectionForkResponse]:
    """Fork a collection into a workspace

     Makes a fork (a linked copy) of a collection in the given workspace, under the given label.

    Args:
        collection_id (str):
        workspace (str):
        body (CreateCollectionForkRequest): Body of POST /collections/fork/{collectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCollectionForkResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
        workspace=workspace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCollectionForkRequest,
    workspace: str,
) -> CreateCollectionForkResponse | None:
    """Fork a collection into a workspace

     Makes a fork (a linked copy) of a collection in the given workspace, under the given label.

    Args:
        collection_id (str):
        workspace (str):
        body (CreateCollectionForkRequest): Body of POST /collections/fork/{collectionId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCollectionForkResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
            workspace=workspace,
        )
    ).parsed
