from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.spec_file import SpecFile
from ...models.update_spec_file_request import UpdateSpecFileRequest
from ...types import Response, parse_json


def _get_kwargs(
    spec_id: str,
    file_path: str,
    *,
    body: UpdateSpecFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/specs/{spec_id}/files/{file_path}".format(
            spec_id=quote(str(spec_id), safe=""),
            file_path=quote(str(file_path), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SpecFile | None:
    if response.status_code == 200:
        response_200 = SpecFile.from_dict(parse_json(response))

        return response_200

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
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecFileRequest,
) -> Response[SpecFile]:
    """Change one file of a spec

     Changes one thing about a file of an OpenAPI or protobuf 2/3 spec per call: its
    contents, its name, or its type. Sending none of them, or more than one, is rejected
    with 400. Making a file `ROOT` turns the previous root file into a `DEFAULT` file.
    Contents may be at most 10 MB.

    Args:
        spec_id (str):
        file_path (str):
        body (UpdateSpecFileRequest): Body of PATCH /specs/{specId}/files/{filePath}. Send exactly
            one of the three properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecFile]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        file_path=file_path,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spec_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecFileRequest,
) -> SpecFile | None:
    """Change one file of a spec

     Changes one thing about a file of an OpenAPI or protobuf 2/3 spec per call: its
    contents, its name, or its type. Sending none of them, or more than one, is rejected
    with 400. Making a file `ROOT` turns the previous root file into a `DEFAULT` file.
    Contents may be at most 10 MB.

    Args:
        spec_id (str):
        file_path (str):
        body (UpdateSpecFileRequest): Body of PATCH /specs/{specId}/files/{filePath}. Send exactly
            one of the three properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecFile
    """

    return sync_detailed(
        spec_id=spec_id,
        file_path=file_path,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecFileRequest,
) -> Response[SpecFile]:
    """Change one file of a spec

     Changes one thing about a file of an OpenAPI or protobuf 2/3 spec per call: its
    contents, its name, or its type. Sending none of them, or more than one, is rejected
    with 400. Making a file `ROOT` turns the previous root file into a `DEFAULT` file.
    Contents may be at most 10 MB.

    Args:
        spec_id (str):
        file_path (str):
        body (UpdateSpecFileRequest): Body of PATCH /specs/{specId}/files/{filePath}. Send exactly
            one of the three properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecFile]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        file_path=file_path,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecFileRequest,
) -> SpecFile | None:
    """Change one file of a spec

     Changes one thing about a file of an OpenAPI or protobuf 2/3 spec per call: its
    contents, its name, or its type. Sending none of them, or more than one, is rejected
    with 400. Making a file `ROOT` turns the previous root file into a `DEFAULT` file.
    Contents may be at most 10 MB.

    Args:
        spec_id (str):
        file_path (str):
        body (UpdateSpecFileRequest): Body of PATCH /specs/{specId}/files/{filePath}. Send exactly
            one of the three properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpecFile
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            file_path=file_path,
            client=client,
            body=body,
        )
    ).parsed
