from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.spec import Spec
from ...models.update_spec_properties_request import UpdateSpecPropertiesRequest
from ...types import Response, parse_json


def _get_kwargs(
    spec_id: str,
    *,
    body: UpdateSpecPropertiesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/specs/{spec_id}".format(
            spec_id=quote(str(spec_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Spec | None:
    if response.status_code == 200:
        response_200 = Spec.from_dict(parse_json(response))

        return response_200

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
    spec_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSpecPropertiesRequest,
) -> Response[Spec]:
    """Rename a spec

     Changes a spec's properties; today the only one that can change is its name.

    Args:
        spec_id (str):
        body (UpdateSpecPropertiesRequest): Body of PATCH /specs/{specId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Spec]
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
    body: UpdateSpecPropertiesRequest,
) -> Spec | None:
    """Rename a spec

     Changes a spec's properties; today the only one that can change is its name.

    Args:
        spec_id (str):
        body (UpdateSpecPropertiesRequest): Body of PATCH /specs/{specId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Spec
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
    body: UpdateSpecPropertiesRequest,
) -> Response[Spec]:
    """Rename a spec

     Changes a spec's properties; today the only one that can change is its name.

    Args:
        spec_id (str):
        body (UpdateSpecPropertiesRequest): Body of PATCH /specs/{specId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Spec]
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
    body: UpdateSpecPropertiesRequest,
) -> Spec | None:
    """Rename a spec

     Changes a spec's properties; today the only one that can change is its name.

    Args:
        spec_id (str):
        body (UpdateSpecPropertiesRequest): Body of PATCH /specs/{specId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Spec
    """

    return (
        await asyncio_detailed(
            spec_id=spec_id,
            client=client,
            body=body,
        )
    ).parsed
