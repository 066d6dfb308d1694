from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.environment_patch_operation import EnvironmentPatchOperation
from ...models.patch_environment_response import PatchEnvironmentResponse
from ...types import Response, parse_json


def _get_kwargs(
    environment_id: str,
    *,
    body: list[EnvironmentPatchOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/environments/{environment_id}".format(
            environment_id=quote(str(environment_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for componentsschemas_patch_environment_request_item_data in body:
        componentsschemas_patch_environment_request_item = (
            componentsschemas_patch_environment_request_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_patch_environment_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PatchEnvironmentResponse | None:
    if response.status_code == 200:
        response_200 = PatchEnvironmentResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PatchEnvironmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EnvironmentPatchOperation],
) -> Response[PatchEnvironmentResponse]:
    """Change parts of an environment

     Applies a list of JSON-Patch-style operations (RFC 6902 pointers into the environment)
    to rename the environment or to add, change or remove variables. The body is a JSON
    array sent as `application/json`. Postman asks that one call use one kind of operation
    (all `add`, all `replace` or all `remove`), although several `remove` operations
    followed by `add` are accepted. Use `add` on `/values/{n}/description` to give an
    existing variable a description. Limits as for PUT: 30 MB, `Content-Length` on 411,
    shared values only.

    Args:
        environment_id (str):
        body (list[EnvironmentPatchOperation]): Body of PATCH /environments/{environmentId}; the
            operations are applied in order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchEnvironmentResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EnvironmentPatchOperation],
) -> PatchEnvironmentResponse | None:
    """Change parts of an environment

     Applies a list of JSON-Patch-style operations (RFC 6902 pointers into the environment)
    to rename the environment or to add, change or remove variables. The body is a JSON
    array sent as `application/json`. Postman asks that one call use one kind of operation
    (all `add`, all `replace` or all `remove`), although several `remove` operations
    followed by `add` are accepted. Use `add` on `/values/{n}/description` to give an
    existing variable a description. Limits as for PUT: 30 MB, `Content-Length` on 411,
    shared values only.

    Args:
        environment_id (str):
        body (list[EnvironmentPatchOperation]): Body of PATCH /environments/{environmentId}; the
            operations are applied in order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchEnvironmentResponse
    """

    return sync_detailed(
        environment_id=environment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EnvironmentPatchOperation],
) -> Response[PatchEnvironmentResponse]:
    """Change parts of an environment

     Applies a list of JSON-Patch-style operations (RFC 6902 pointers into the environment)
    to rename the environment or to add, change or remove variables. The body is a JSON
    array sent as `application/json`. Postman asks that one call use one kind of operation
    (all `add`, all `replace` or all `remove`), although several `remove` operations
    followed by `add` are accepted. Use `add` on `/values/{n}/description` to give an
    existing variable a description. Limits as for PUT: 30 MB, `Content-Length` on 411,
    shared values only.

    Args:
        environment_id (str):
        body (list[EnvironmentPatchOperation]): Body of PATCH /environments/{environmentId}; the
            operations are applied in order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PatchEnvironmentResponse]
    """

    kwargs = _get_kwargs(
        environment_id=environment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    environment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[EnvironmentPatchOperation],
) -> PatchEnvironmentResponse | None:
    """Change parts of an environment

     Applies a list of JSON-Patch-style operations (RFC 6902 pointers into the environment)
    to rename the environment or to add, change or remove variables. The body is a JSON
    array sent as `application/json`. Postman asks that one call use one kind of operation
    (all `add`, all `replace` or all `remove`), although several `remove` operations
    followed by `add` are accepted. Use `add` on `/values/{n}/description` to give an
    existing variable a description. Limits as for PUT: 30 MB, `Content-Length` on 411,
    shared values only.

    Args:
        environment_id (str):
        body (list[EnvironmentPatchOperation]): Body of PATCH /environments/{environmentId}; the
            operations are applied in order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PatchEnvironmentResponse
    """

    return (
        await asyncio_detailed(
            environment_id=environment_id,
            client=client,
            body=body,
        )
    ).parsed
