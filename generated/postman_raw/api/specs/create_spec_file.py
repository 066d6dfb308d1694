from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_spec_file_request import CreateSpecFileRequest
from ...models.spec_file import SpecFile
from ...types import Response, parse_json


def _get_kwargs(
    spec_id: str,
    *,
    body: CreateSpecFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/specs/{spec_id}/files".format(
            spec_id=quote(str(spec_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SpecFile | None:
    if response.status_code == 201:
        response_201 = SpecFile.from_dict(parse_json(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SpecFile]:
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
    body: CreateSpecFileRequest,
) -> Response[SpecFile]:
    """Add a file to a spec

     Adds a file to an OpenAPI or protobuf 2/3 spec. The new file is a `DEFAULT` file; make
    it the root afterwards with PATCH on the file. A `/` in the path creates folders. Each
    file may be at most 10 MB.

    Args:
        spec_id (str):
        body (CreateSpecFileRequest): Body of POST /specs/{specId}/files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecFile]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSpecFileRequest,
) -> SpecFile | None:
    """Add a file to a spec

     Adds a file to an OpenAPI or protobuf 2/3 spec. The new file is a `DEFAULT` file; make
    it the root afterwards with PATCH on the file. A `/` in the path creates folders. Each
    file may be at most 10 MB.

    Args:
        spec_id (str):
        body (CreateSpecFileRequest): Body of POST /specs/{specId}/files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecFile
    """

    return sync_detailed(
        spec_id=spec_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSpecFileRequest,
) -> Response[SpecFile]:
    """Add a file to a spec

     Adds a file to an OpenAPI or protobuf 2/3 spec. The new file is a `DEFAULT` file; make
    it the root afterwards with PATCH on the file. A `/` in the path creates folders. Each
    file may be at most 10 MB.

    Args:
        spec_id (str):
        body (CreateSpecFileRequest): Body of POST /specs/{specId}/files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecFile]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSpecFileRequest,
) -> SpecFile | None:
    """Add a file to a spec

     Adds a file to an OpenAPI or protobuf 2/3 spec. The new file is a `DEFAULT` file; make
    it the root afterwards with PATCH on the file. A `/` in the path creates folders. Each
    file may be at most 10 MB.

    Args:
        spec_id (str):
        body (CreateSpecFileRequest): Body of POST /specs/{specId}/files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecFile
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            client=client,
            body=body,
        )
    ).parsed
