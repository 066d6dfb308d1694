from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_open_api_definition_multipart_request import ImportOpenApiDefinitionMultipartRequest
from ...models.import_open_api_definition_response import ImportOpenApiDefinitionResponse
from ...models.import_open_api_json_object_input import ImportOpenApiJsonObjectInput
from ...models.import_open_api_json_string_input import ImportOpenApiJsonStringInput
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    *,
    body: ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput | ImportOpenApiDefinitionMultipartRequest,
    workspace: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/openapi",
        "params": params,
    }

    if isinstance(body, ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput):
        if isinstance(body, ImportOpenApiJsonObjectInput):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, ImportOpenApiDefinitionMultipartRequest):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportOpenApiDefinitionResponse | None:
    if response.status_code == 200:
        response_200 = ImportOpenApiDefinitionResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ImportOpenApiDefinitionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput | ImportOpenApiDefinitionMultipartRequest,
    workspace: str,
) -> Response[ImportOpenApiDefinitionResponse]:
    """Create a collection from an OpenAPI definition

     Converts an OpenAPI definition into a new collection in the given workspace. The
    definition can be sent three ways:

    - as JSON (`type: json`, `input` is the definition object),
    - as a JSON string (`type: string`, `input` is the definition serialised to text, JSON
      or YAML),
    - as a multipart upload (`type: file`, `input` is a .zip archive holding the definition).

    `options` tunes the conversion (folder layout, request names, indentation...). This
    endpoint has its own, tighter rate limit: 10 requests per 10 seconds.

    Args:
        workspace (str):
        body (ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput): A definition sent as
            JSON: either the definition object itself (`type: json`) or the definition as text (`type:
            string`).
        body (ImportOpenApiDefinitionMultipartRequest): The definition uploaded as a file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportOpenApiDefinitionResponse]
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
    body: ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput | ImportOpenApiDefinitionMultipartRequest,
    workspace: str,
) -> ImportOpenApiDefinitionResponse | None:
    """Create a collection from an OpenAPI definition

     Converts an OpenAPI definition into a new collection in the given workspace. The
    definition can be sent three ways:

    - as JSON (`type: json`, `input` is the definition object),
    - as a JSON string (`type: string`, `input` is the definition serialised to text, JSON
      or YAML),
    - as a multipart upload (`type: file`, `input` is a .zip archive holding the definition).

    `options` tunes the conversion (folder layout, request names, indentation...). This
    endpoint has its own, tighter rate limit: 10 requests per 10 seconds.

    Args:
        workspace (str):
        body (ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput): A definition sent as
            JSON: either the definition object itself (`type: json`) or the definition as text (`type:
            string`).
        body (ImportOpenApiDefinitionMultipartRequest): The definition uploaded as a file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportOpenApiDefinitionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace=workspace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput | ImportOpenApiDefinitionMultipartRequest,
    workspace: str,
) -> Response[ImportOpenApiDefinitionResponse]:
    """Create a collection from an OpenAPI definition

     Converts an OpenAPI definition into a new collection in the given workspace. The
    definition can be sent three ways:

    - as JSON (`type: json`, `input` is the definition object),
    - as a JSON string (`type: string`, `input` is the definition serialised to text, JSON
      or YAML),
    - as a multipart upload (`type: file`, `input` is a .zip archive holding the definition).

    `options` tunes the conversion (folder layout, request names, indentation...). This
    endpoint has its own, tighter rate limit: 10 requests per 10 seconds.

    Args:
        workspace (str):
        body (ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput): A definition sent as
            JSON: either the definition object itself (`type: json`) or the definition as text (`type:
            string`).
        body (ImportOpenApiDefinitionMultipartRequest): The definition uploaded as a file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportOpenApiDefinitionResponse]
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
    body: ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput | ImportOpenApiDefinitionMultipartRequest,
    workspace: str,
) -> ImportOpenApiDefinitionResponse | None:
    """Create a collection from an OpenAPI definition

     Converts an OpenAPI definition into a new collection in the given workspace. The
    definition can be sent three ways:

    - as JSON (`type: json`, `input` is the definition object),
    - as a JSON string (`type: string`, `input` is the definition serialised to text, JSON
      or YAML),
    - as a multipart upload (`type: file`, `input` is a .zip archive holding the definition).

    `options` tunes the conversion (folder layout, request names, indentation...). This
    endpoint has its own, tighter rate limit: 10 requests per 10 seconds.

    Args:
        workspace (str):
        body (ImportOpenApiJsonObjectInput | ImportOpenApiJsonStringInput): A definition sent as
            JSON: either the definition object itself (`type: json`) or the definition as text (`type:
            string`).
        body (ImportOpenApiDefinitionMultipartRequest): The definition uploaded as a file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportOpenApiDefinitionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace=workspace,
        )
    ).parsed
