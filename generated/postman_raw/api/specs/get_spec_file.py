from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.spec_file import SpecFile
from ...types import Response, parse_json


def _get_kwargs(
    spec_id: str,
    file_path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/specs/{spec_id}/files/{file_path}".format(
            spec_id=quote(str(spec_id), safe=""),
            file_path=quote(str(file_path), safe=""),
        ),
    }

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
) -> Response[SpecFile]:
    """Get one file of a spec, with its contents

     Returns one file of the spec, including its contents as text.

    Args:
        spec_id (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecFile]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        file_path=file_path,
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
) -> SpecFile | None:
    """Get one file of a spec, with its contents

     Returns one file of the spec, including its contents as text.

    Args:
        spec_id (str):
        file_path (str):

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
    ).parsed


async def asyncio_detailed(
    spec_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SpecFile]:
    """Get one file of a spec, with its contents

     Returns one file of the spec, including its contents as text.

    Args:
        spec_id (str):
        file_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpecFile]
    """

    kwargs = _get_kwargs(
        spec_id=spec_id,
        file_path=file_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spec_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
) -> SpecFile | None:
    """Get one file of a spec, with its contents

     Returns one file of the spec, including its contents as text.

    Args:
        spec_id (str):
        file_path (str):

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
        )
    ).parsed
