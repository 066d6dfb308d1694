from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_spec_version_tag_request import CreateSpecVersionTagRequest
from ...models.create_spec_version_tag_response import CreateSpecVersionTagResponse
from ...types import Response, parse_json


def _get_kwargs(
    spec_id: str,
    *,
    body: CreateSpecVersionTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/specs/{spec_id}/version-tags".format(
            spec_id=quote(str(spec_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSpecVersionTagResponse | None:
    if response.status_code == 201:
        response_201 = CreateSpecVersionTagResponse.from_dict(parse_json(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateSpecVersionTagResponse]:
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
    body: CreateSpecVersionTagRequest,
) -> Response[CreateSpecVersionTagResponse]:
    """Tag the spec's current version

     Creates a version tag: a named snapshot of the spec as it is now. A group of changes
    (changelog group) can carry only one tag; tagging it again answers 409 until the spec
    changes again.

    Args:
        spec_id (str):
        body (CreateSpecVersionTagRequest): Body of POST /specs/{specId}/version-tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSpecVersionTagResponse]
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
    body: CreateSpecVersionTagRequest,
) -> CreateSpecVersionTagResponse | None:
    """Tag the spec's current version

     Creates a version tag: a named snapshot of the spec as it is now. A group of changes
    (changelog group) can carry only one tag; tagging it again answers 409 until the spec
    changes again.

    Args:
        spec_id (str):
        body (CreateSpecVersionTagRequest): Body of POST /specs/{specId}/version-tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSpecVersionTagResponse
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
    body: CreateSpecVersionTagRequest,
) -> Response[CreateSpecVersionTagResponse]:
    """Tag the spec's current version

     Creates a version tag: a named snapshot of the spec as it is now. A group of changes
    (changelog group) can carry only one tag; tagging it again answers 409 until the spec
    changes again.

    Args:
        spec_id (str):
        body (CreateSpecVersionTagRequest): Body of POST /specs/{specId}/version-tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSpecVersionTagResponse]
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
    body: CreateSpecVersionTagRequest,
) -> CreateSpecVersionTagResponse | None:
    """Tag the spec's current version

     Creates a version tag: a named snapshot of the spec as it is now. A group of changes
    (changelog group) can carry only one tag; tagging it again answers 409 until the spec
    changes again.

    Args:
        spec_id (str):
        body (CreateSpecVersionTagRequest): Body of POST /specs/{specId}/version-tags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSpecVersionTagResponse
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            client=client,
            body=body,
        )
    ).parsed
