from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.put_environment_request import PutEnvironmentRequest
from ...models.put_environment_response import PutEnvironmentResponse
from ...types import Response, parse_json


def _get_kwargs(
    environment_id: str,
    *,
    body: PutEnvironmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/environments/{environment_id}".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PutEnvironmentResponse | None:
    if response.status_code == 200:
        response_200 = PutEnvironmentResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PutEnvironmentResponse]:
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
    body: PutEnvironmentRequest,
) -> Response[PutEnvironmentResponse]:
    """Replace an environment

     Replaces the environment's name and its whole list of variables with those sent:
    variables left out of `values` are removed. The body may be up to 30 MB; if the server
    answers 411, send an explicit `Content-Length` header. Only shared variable values can
    be set through the API.

    Args:
        environment_id (str):
        body (PutEnvironmentRequest): Body of PUT /environments/{environmentId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutEnvironmentResponse]
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
    body: PutEnvironmentRequest,
) -> PutEnvironmentResponse | None:
    """Replace an environment

     Replaces the environment's name and its whole list of variables with those sent:
    variables left out of `values` are removed. The body may be up to 30 MB; if the server
    answers 411, send an explicit `Content-Length` header. Only shared variable values can
    be set through the API.

    Args:
        environment_id (str):
        body (PutEnvironmentRequest): Body of PUT /environments/{environmentId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutEnvironmentResponse
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
    body: PutEnvironmentRequest,
) -> Response[PutEnvironmentResponse]:
    """Replace an environment

     Replaces the environment's name and its whole list of variables with those sent:
    variables left out of `values` are removed. The body may be up to 30 MB; if the server
    answers 411, send an explicit `Content-Length` header. Only shared variable values can
    be set through the API.

    Args:
        environment_id (str):
        body (PutEnvironmentRequest): Body of PUT /environments/{environmentId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PutEnvironmentResponse]
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
    body: PutEnvironmentRequest,
) -> PutEnvironmentResponse | None:
    """Replace an environment

     Replaces the environment's name and its whole list of variables with those sent:
    variables left out of `values` are removed. The body may be up to 30 MB; if the server
    answers 411, send an explicit `Content-Length` header. Only shared variable values can
    be set through the API.

    Args:
        environment_id (str):
        body (PutEnvironmentRequest): Body of PUT /environments/{environmentId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PutEnvironmentResponse
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            client=client,
            body=body,
        )
    ).parsed
