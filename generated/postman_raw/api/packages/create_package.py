from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_package_request import CreatePackageRequest
from ...models.package import Package
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    *,
    body: CreatePackageRequest,
    workspace: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/packages",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Package | None:
    if response.status_code == 201:
        response_201 = Package.from_dict(parse_json(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Package]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePackageRequest,
    workspace: str,
) -> Response[Package]:
    """Create a package

     Adds a package, with its index script, to the library of the given workspace's team.
    The name becomes the package's import name and is stored in lowercase; it cannot be
    changed later.

    Args:
        workspace (str):
        body (CreatePackageRequest): Body of POST /packages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Package]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace=workspace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePackageRequest,
    workspace: str,
) -> Package | None:
    """Create a package

     Adds a package, with its index script, to the library of the given workspace's team.
    The name becomes the package's import name and is stored in lowercase; it cannot be
    changed later.

    Args:
        workspace (str):
        body (CreatePackageRequest): Body of POST /packages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Package
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace=workspace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePackageRequest,
    workspace: str,
) -> Response[Package]:
    """Create a package

     Adds a package, with its index script, to the library of the given workspace's team.
    The name becomes the package's import name and is stored in lowercase; it cannot be
    changed later.

    Args:
        workspace (str):
        body (CreatePackageRequest): Body of POST /packages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Package]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace=workspace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePackageRequest,
    workspace: str,
) -> Package | None:
    """Create a package

     Adds a package, with its index script, to the library of the given workspace's team.
    The name becomes the package's import name and is stored in lowercase; it cannot be
    changed later.

    Args:
        workspace (str):
        body (CreatePackageRequest): Body of POST /packages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Package
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace=workspace,
        )
    ).parsed
