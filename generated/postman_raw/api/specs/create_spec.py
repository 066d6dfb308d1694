from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_spec_request import CreateSpecRequest
from ...models.spec import Spec
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    *,
    body: CreateSpecRequest,
    workspace_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/specs",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Spec | None:
    if response.status_code == 201:
        response_201 = Spec.from_dict(parse_json(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Spec]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSpecRequest,
    workspace_id: str,
) -> Response[Spec]:
    """Create a spec

     Creates an API specification in Spec Hub from one file or several. Supported types:
    OpenAPI 2.0, 3.0 and 3.1, AsyncAPI 2.0 and 3.0, protobuf 2 and 3, GraphQL and Smithy.
    A `/` in a file path creates folders (`components/schemas.json` puts `schemas.json` in a
    `components` folder). A multi-file spec marks exactly one file as `ROOT`. Each file may
    be at most 12 MB.

    Args:
        workspace_id (str):
        body (CreateSpecRequest): Body of POST /specs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Spec]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSpecRequest,
    workspace_id: str,
) -> Spec | None:
    """Create a spec

     Creates an API specification in Spec Hub from one file or several. Supported types:
    OpenAPI 2.0, 3.0 and 3.1, AsyncAPI 2.0 and 3.0, protobuf 2 and 3, GraphQL and Smithy.
    A `/` in a file path creates folders (`components/schemas.json` puts `schemas.json` in a
    `components` folder). A multi-file spec marks exactly one file as `ROOT`. Each file may
    be at most 12 MB.

    Args:
        workspace_id (str):
        body (CreateSpecRequest): Body of POST /specs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Spec
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSpecRequest,
    workspace_id: str,
) -> Response[Spec]:
    """Create a spec

     Creates an API specification in Spec Hub from one file or several. Supported types:
    OpenAPI 2.0, 3.0 and 3.1, AsyncAPI 2.0 and 3.0, protobuf 2 and 3, GraphQL and Smithy.
    A `/` in a file path creates folders (`components/schemas.json` puts `schemas.json` in a
    `components` folder). A multi-file spec marks exactly one file as `ROOT`. Each file may
    be at most 12 MB.

    Args:
        workspace_id (str):
        body (CreateSpecRequest): Body of POST /specs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Spec]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSpecRequest,
    workspace_id: str,
) -> Spec | None:
    """Create a spec

     Creates an API specification in Spec Hub from one file or several. Supported types:
    OpenAPI 2.0, 3.0 and 3.1, AsyncAPI 2.0 and 3.0, protobuf 2 and 3, GraphQL and Smithy.
    A `/` in a file path creates folders (`components/schemas.json` puts `schemas.json` in a
    `components` folder). A multi-file spec marks exactly one file as `ROOT`. Each file may
    be at most 12 MB.

    Args:
        workspace_id (str):
        body (CreateSpecRequest): Body of POST /specs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Spec
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace_id=workspace_id,
        )
    ).parsed
