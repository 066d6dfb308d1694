from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.merge_collection_fork_request import MergeCollectionForkRequest
from ...models.merge_collection_fork_response import MergeCollectionForkResponse
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: MergeCollectionForkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/merge",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MergeCollectionForkResponse | None:
    if response.status_code == 200:
        response_200 = MergeCollectionForkResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MergeCollectionForkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MergeCollectionForkRequest,
) -> Response[MergeCollectionForkResponse]:
    """Merge a fork into its parent (deprecated)

     Deprecated: use PUT /collection-merges, which runs the merge as a task.

    Merges a fork (`source`) into its parent collection (`destination`) and waits for the
    result. The key's user needs the Editor role on the parent.

    Args:
        body (MergeCollectionForkRequest): Body of the deprecated POST /collections/merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergeCollectionForkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MergeCollectionForkRequest,
) -> MergeCollectionForkResponse | None:
    """Merge a fork into its parent (deprecated)

     Deprecated: use PUT /collection-merges, which runs the merge as a task.

    Merges a fork (`source`) into its parent collection (`destination`) and waits for the
    result. The key's user needs the Editor role on the parent.

    Args:
        body (MergeCollectionForkRequest): Body of the deprecated POST /collections/merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergeCollectionForkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MergeCollectionForkRequest,
) -> Response[MergeCollectionForkResponse]:
    """Merge a fork into its parent (deprecated)

     Deprecated: use PUT /collection-merges, which runs the merge as a task.

    Merges a fork (`source`) into its parent collection (`destination`) and waits for the
    result. The key's user needs the Editor role on the parent.

    Args:
        body (MergeCollectionForkRequest): Body of the deprecated POST /collections/merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergeCollectionForkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MergeCollectionForkRequest,
) -> MergeCollectionForkResponse | None:
    """Merge a fork into its parent (deprecated)

     Deprecated: use PUT /collection-merges, which runs the merge as a task.

    Merges a fork (`source`) into its parent collection (`destination`) and waits for the
    result. The key's user needs the Editor role on the parent.

    Args:
        body (MergeCollectionForkRequest): Body of the deprecated POST /collections/merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergeCollectionForkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
