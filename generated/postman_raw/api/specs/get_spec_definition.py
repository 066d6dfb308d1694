from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    spec_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/specs/{spec_id}/definitions".format(
            spec_id=quote(str(spec_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
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
) -> Response[str]:
    """Get a spec's whole definition

     Returns the complete definition of an OpenAPI or AsyncAPI spec, with its files resolved
    into one document. Postman documents two bodies: the definition as a JSON document
    (`application/json`) or as YAML text (`application/yaml`), matching the format the spec
    is kept in.

    Generated client: the body is returned as text in both cases (the generator reads
    `application/yaml` as text, and the YAML form is listed first so that text wins), so
    a spec kept in either format can be read; parse it with a YAML or JSON parser.

    Args:
        spec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> str | None:
    """Get a spec's whole definition

     Returns the complete definition of an OpenAPI or AsyncAPI spec, with its files resolved
    into one document. Postman documents two bodies: the definition as a JSON document
    (`application/json`) or as YAML text (`application/yaml`), matching the format the spec
    is kept in.

    Generated client: the body is returned as text in both cases (the generator reads
    `application/yaml` as text, and the YAML form is listed first so that text wins), so
    a spec kept in either format can be read; parse it with a YAML or JSON parser.

    Args:
        spec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        spec_id=spec_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[str]:
    """Get a spec's whole definition

     Returns the complete definition of an OpenAPI or AsyncAPI spec, with its files resolved
    into one document. Postman documents two bodies: the definition as a JSON document
    (`application/json`) or as YAML text (`application/yaml`), matching the format the spec
    is kept in.

    Generated client: the body is returned as text in both cases (the generator reads
    `application/yaml` as text, and the YAML form is listed first so that text wins), so
    a spec kept in either format can be read; parse it with a YAML or JSON parser.

    Args:
        spec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> str | None:
    """Get a spec's whole definition

     Returns the complete definition of an OpenAPI or AsyncAPI spec, with its files resolved
    into one document. Postman documents two bodies: the definition as a JSON document
    (`application/json`) or as YAML text (`application/yaml`), matching the format the spec
    is kept in.

    Generated client: the body is returned as text in both cases (the generator reads
    `application/yaml` as text, and the YAML form is listed first so that text wins), so
    a spec kept in either format can be read; parse it with a YAML or JSON parser.

    Args:
        spec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            client=client,
        )
    ).parsed
