from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_package_envelope import GetPackageEnvelope
from ...models.package import Package
from ...types import Response, parse_json


def _get_kwargs(
    package_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/packages/{package_id}".format(
            package_id=quote(str(package_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPackageEnvelope | Package | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GetPackageEnvelope | Package:
            try:
                if not GetPackageEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_get_package_response_type_0 = GetPackageEnvelope.from_dict(data)

                return componentsschemas_get_package_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_get_package_response_type_1 = Package.from_dict(data)

            return componentsschemas_get_package_response_type_1

        response_200 = _parse_response_200(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPackageEnvelope | Package]:
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
) -> Response[GetPackageEnvelope | Package]:
    """Get a package with its script

     Returns an active package and its current index script. Postman's definition declares
    the package wrapped in `data`, while its example shows it unwrapped (as the create and
    update responses are); both forms are accepted here.

    Args:
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPackageEnvelope | Package]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetPackageEnvelope | Package | None:
    """Get a package with its script

     Returns an active package and its current index script. Postman's definition declares
    the package wrapped in `data`, while its example shows it unwrapped (as the create and
    update responses are); both forms are accepted here.

    Args:
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPackageEnvelope | Package
    """

    return sync_detailed(
        package_id=package_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetPackageEnvelope | Package]:
    """Get a package with its script

     Returns an active package and its current index script. Postman's definition declares
    the package wrapped in `data`, while its example shows it unwrapped (as the create and
    update responses are); both forms are accepted here.

    Args:
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPackageEnvelope | Package]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetPackageEnvelope | Package | None:
    """Get a package with its script

     Returns an active package and its current index script. Postman's definition declares
    the package wrapped in `data`, while its example shows it unwrapped (as the create and
    update responses are); both forms are accepted here.

    Args:
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPackageEnvelope | Package
    """

    return (
        await asyncio_detailed(
            package_id=package_id,
            client=client,
        )
    ).parsed
