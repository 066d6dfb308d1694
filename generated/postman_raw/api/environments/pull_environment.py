from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pull_environment_request import PullEnvironmentRequest
from ...models.pull_environment_response import PullEnvironmentResponse
from ...types import Response, parse_json


def _get_kwargs(
    environment_uid: str,
    *,
    body: PullEnvironmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/environments/{environment_uid}/pulls".format(
            environment_uid=quote(str(environment_uid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PullEnvironmentResponse | None:
    if response.status_code == 200:
        response_200 = PullEnvironmentResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PullEnvironmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PullEnvironmentRequest,
) -> Response[PullEnvironmentResponse]:
    """Pull parent changes into a fork

     Brings the changes made in the parent environment (`source`) into the fork named in the
    path.

    Args:
        environment_uid (str):
        body (PullEnvironmentRequest): Body of POST /environments/{environmentUid}/pulls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PullEnvironmentResponse]
    """

    kwargs = _get_kwargs(
        environment_uid=environment_uid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PullEnvironmentRequest,
) -> PullEnvironmentResponse | None:
    """Pull parent changes into a fork

     Brings the changes made in the parent environment (`source`) into the fork named in the
    path.

    Args:
        environment_uid (str):
        body (PullEnvironmentRequest): Body of POST /environments/{environmentUid}/pulls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PullEnvironmentResponse
    """

    return sync_detailed(
        environment_uid=environment_uid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PullEnvironmentRequest,
) -> Response[PullEnvironmentResponse]:
    """Pull parent changes into a fork

     Brings the changes made in the parent environment (`source`) into the fork named in the
    path.

    Args:
        environment_uid (str):
        body (PullEnvironmentRequest): Body of POST /environments/{environmentUid}/pulls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PullEnvironmentResponse]
    """

    kwargs = _get_kwargs(
        environment_uid=environment_uid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PullEnvironmentRequest,
) -> PullEnvironmentResponse | None:
    """Pull parent changes into a fork

     Brings the changes made in the parent environment (`source`) into the fork named in the
    path.

    Args:
        environment_uid (str):
        body (PullEnvironmentRequest): Body of POST /environments/{environmentUid}/pulls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PullEnvironmentResponse
    """

    return (
        await asyncio_detailed(
            environment_uid=environment_uid,
            client=client,
            body=body,
        )
    ).parsed
