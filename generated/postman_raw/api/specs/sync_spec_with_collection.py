from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.spec_task import SpecTask
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    spec_id: str,
    *,
    collection_uid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["collectionUid"] = collection_uid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/specs/{spec_id}/synchronizations".format(
            spec_id=quote(str(spec_id), safe=""),
        ),
        "params": params,
    }

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
    *,
    client: AuthenticatedClient | Client,
    collection_uid: str,
) -> Response[SpecTask]:
    """Update a spec from its linked collection

     Starts bringing the spec (OpenAPI 2.0, 3.0 or 3.1 only) up to date with a collection
    generated from it. The work runs in the background: the answer is 202 with a task
    handle to poll.

    Args:
        spec_id (str):
        collection_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTask]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        collection_uid=collection_uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    collection_uid: str,
) -> SpecTask | None:
    """Update a spec from its linked collection

     Starts bringing the spec (OpenAPI 2.0, 3.0 or 3.1 only) up to date with a collection
    generated from it. The work runs in the background: the answer is 202 with a task
    handle to poll.

    Args:
        spec_id (str):
        collection_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTask
    """

    return sync_detailed(
        spec_id=spec_id,
        client=client,
        collection_uid=collection_uid,
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    collection_uid: str,
) -> Response[SpecTask]:
    """Update a spec from its linked collection

     Starts bringing the spec (OpenAPI 2.0, 3.0 or 3.1 only) up to date with a collection
    generated from it. The work runs in the background: the answer is 202 with a task
    handle to poll.

    Args:
        spec_id (str):
        collection_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTask]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        collection_uid=collection_uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    collection_uid: str,
) -> SpecTask | None:
    """Update a spec from its linked collection

     Starts bringing the spec (OpenAPI 2.0, 3.0 or 3.1 only) up to date with a collection
    generated from it. The work runs in the background: the answer is 202 with a task
    handle to poll.

    Args:
        spec_id (str):
        collection_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTask
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            client=client,
            collection_uid=collection_uid,
        )
    ).parsed
