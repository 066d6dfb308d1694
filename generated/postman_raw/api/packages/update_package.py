from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.package import Package
from ...models.update_package_request import UpdatePackageRequest
from ...types import Response, parse_json


def _get_kwargs(
    package_id: str,
    *,
    body: UpdatePackageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/packages/{package_id}".format(
            package_id=quote(str(package_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Package | None:
    if response.status_code == 200:
        response_200 = Package.from_dict(parse_json(response))

        return response_200

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
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePackageRequest,
) -> Response[Package]:
    """Change a package's description or script

     Merge-patches the package: send the description, the script or both; fields left out
    keep their value. The name cannot be changed.

    Args:
        package_id (str):
        body (UpdatePackageRequest): Body of PATCH /packages/{packageId} (a JSON merge patch); at
            least one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Package]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePackageRequest,
) -> Package | None:
    """Change a package's description or script

     Merge-patches the package: send the description, the script or both; fields left out
    keep their value. The name cannot be changed.

    Args:
        package_id (str):
        body (UpdatePackageRequest): Body of PATCH /packages/{packageId} (a JSON merge patch); at
            least one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Package
    """

    return sync_detailed(
        package_id=package_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePackageRequest,
) -> Response[Package]:
    """Change a package's description or script

     Merge-patches the package: send the description, the script or both; fields left out
    keep their value. The name cannot be changed.

    Args:
        package_id (str):
        body (UpdatePackageRequest): Body of PATCH /packages/{packageId} (a JSON merge patch); at
            least one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Package]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePackageRequest,
) -> Package | None:
    """Change a package's description or script

     Merge-patches the package: send the description, the script or both; fields left out
    keep their value. The name cannot be changed.

    Args:
        package_id (str):
        body (UpdatePackageRequest): Body of PATCH /packages/{packageId} (a JSON merge patch); at
            least one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Package
    """

    return (
        await asyncio_detailed(
            package_id=package_id,
            client=client,
            body=body,
        )
    ).parsed
