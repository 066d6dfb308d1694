from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.spec_task import SpecTask
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    collection_uid: str,
    *,
    spec_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["specId"] = spec_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_uid}/synchronizations".format(
            collection_uid=quote(str(collection_uid), safe=""),
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
    collection_uid: str,
    *,
    client: AuthenticatedClient | Client,
    spec_id: str,
) -> Response[SpecTask]:
    """Update a generated collection from its spec

     Starts bringing a collection that was generated from a spec up to date with that spec
    (OpenAPI 2.0, 3.0 and 3.1 only). The collection must have been generated from the spec
    given in `specId`. The work runs in the background: the answer is 202 with a task handle
    to poll.

    Args:
        collection_uid (str):
        spec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTask]
    """

    kwargs = _get_kwargs(
        collection_uid=collection_uid,
        spec_id=spec_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_uid: str,
    *,
    client: AuthenticatedClient | Client,
    spec_id: str,
) -> SpecTask | None:
    """Update a generated collection from its spec

     Starts bringing a collection that was generated from a spec up to date with that spec
    (OpenAPI 2.0, 3.0 and 3.1 only). The collection must have been generated from the spec
    given in `specId`. The work runs in the background: the answer is 202 with a task handle
    to poll.

    Args:
        collection_uid (str):
        spec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTask
    """

    return sync_detailed(
        collection_uid=collection_uid,
        client=client,
        spec_id=spec_id,
    ).parsed


async def asyncio_detailed(
    collection_uid: str,
    *,
    client: AuthenticatedClient | Client,
    spec_id: str,
) -> Response[SpecTask]:
    """Update a generated collection from its spec

     Starts bringing a collection that was generated from a spec up to date with that spec
    (OpenAPI 2.0, 3.0 and 3.1 only). The collection must have been generated from the spec
    given in `specId`. The work runs in the background: the answer is 202 with a task handle
    to poll.

    Args:
        collection_uid (str):
        spec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecTask]
    """

    kwargs = _get_kwargs(
        collection_uid=collection_uid,
        spec_id=spec_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_uid: str,
    *,
    client: AuthenticatedClient | Client,
    spec_id: str,
) -> SpecTask | None:
    """Update a generated collection from its spec

     Starts bringing a collection that was generated from a spec up to date with that spec
    (OpenAPI 2.0, 3.0 and 3.1 only). The collection must have been generated from the spec
    given in `specId`. The work runs in the background: the answer is 202 with a task handle
    to poll.

    Args:
        collection_uid (str):
        spec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecTask
    """

    return (
        await asyncio_detailed(
            collection_uid=collection_uid,
            client=client,
            spec_id=spec_id,
        )
    ).parsed
