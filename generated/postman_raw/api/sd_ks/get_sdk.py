from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sdk import Sdk
from ...types import Response, parse_json


def _get_kwargs(
    sdk_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sdks/{sdk_id}".format(
            sdk_id=quote(str(sdk_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Sdk | None:
    if response.status_code == 200:
        response_200 = Sdk.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Sdk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sdk_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Sdk]:
    """Get an SDK

     Returns one SDK with the state of its build; this is the endpoint to poll after POST /sdks.

    Args:
        sdk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sdk]
    """

    kwargs = _get_kwargs(
        sdk_id=sdk_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sdk_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Sdk | None:
    """Get an SDK

     Returns one SDK with the state of its build; this is the endpoint to poll after POST /sdks.

    Args:
        sdk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sdk
    """

    return sync_detailed(
        sdk_id=sdk_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sdk_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Sdk]:
    """Get an SDK

     Returns one SDK with the state of its build; this is the endpoint to poll after POST /sdks.

    Args:
        sdk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sdk]
    """

    kwargs = _get_kwargs(
        sdk_id=sdk_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sdk_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Sdk | None:
    """Get an SDK

     Returns one SDK with the state of its build; this is the endpoint to poll after POST /sdks.

    Args:
        sdk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sdk
    """

    return (
        await asyncio_detailed(
            sdk_id=sdk_id,
            client=client,
        )
    ).parsed
