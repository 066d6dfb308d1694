from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.merge_environment_fork_request import MergeEnvironmentForkRequest
from ...models.merge_environment_fork_response import MergeEnvironmentForkResponse
from ...types import Response, parse_json


def _get_kwargs(
    environment_id: str,
    *,
    body: MergeEnvironmentForkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environments/{environment_id}/merges".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MergeEnvironmentForkResponse | None:
    if response.status_code == 200:
        response_200 = MergeEnvironmentForkResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MergeEnvironmentForkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MergeEnvironmentForkRequest,
) -> Response[MergeEnvironmentForkResponse]:
    """Merge a fork into its parent

     Merges the changes of a fork (`source`) into the environment named in the path, which
    must be that fork's parent. With `deleteSource` the fork is deleted afterwards.

    Args:
        environment_id (str):
        body (MergeEnvironmentForkRequest): Body of POST /environments/{environmentId}/merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergeEnvironmentForkResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MergeEnvironmentForkRequest,
) -> MergeEnvironmentForkResponse | None:
    """Merge a fork into its parent

     Merges the changes of a fork (`source`) into the environment named in the path, which
    must be that fork's parent. With `deleteSource` the fork is deleted afterwards.

    Args:
        environment_id (str):
        body (MergeEnvironmentForkRequest): Body of POST /environments/{environmentId}/merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergeEnvironmentForkResponse
    """

    return sync_detailed(
        environment_id=environment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MergeEnvironmentForkRequest,
) -> Response[MergeEnvironmentForkResponse]:
    """Merge a fork into its parent

     Merges the changes of a fork (`source`) into the environment named in the path, which
    must be that fork's parent. With `deleteSource` the fork is deleted afterwards.

    Args:
        environment_id (str):
        body (MergeEnvironmentForkRequest): Body of POST /environments/{environmentId}/merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergeEnvironmentForkResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MergeEnvironmentForkRequest,
) -> MergeEnvironmentForkResponse | None:
    """Merge a fork into its parent

     Merges the changes of a fork (`source`) into the environment named in the path, which
    must be that fork's parent. With `deleteSource` the fork is deleted afterwards.

    Args:
        environment_id (str):
        body (MergeEnvironmentForkRequest): Body of POST /environments/{environmentId}/merges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergeEnvironmentForkResponse
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            client=client,
            body=body,
        )
    ).parsed
