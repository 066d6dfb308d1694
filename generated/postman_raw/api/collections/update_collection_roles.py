from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_collection_roles_request import UpdateCollectionRolesRequest
from ...types import Response


def _get_kwargs(
    collection_id: str,
    *,
    body: UpdateCollectionRolesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/collections/{collection_id}/roles".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionRolesRequest,
) -> Response[Any]:
    """Change who can view or edit a collection

     Sets the role of users, user groups or teams on the collection. Only an Editor of the
    collection may call it, and the external Partner and Guest roles cannot be given here.
    Answers 204 with no body.

    Args:
        collection_id (str):
        body (UpdateCollectionRolesRequest): Body of PATCH /collections/{collectionId}/roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCollectionRolesRequest,
) -> Response[Any]:
    """Change who can view or edit a collection

     Sets the role of users, user groups or teams on the collection. Only an Editor of the
    collection may call it, and the external Partner and Guest roles cannot be given here.
    Answers 204 with no body.

    Args:
        collection_id (str):
        body (UpdateCollectionRolesRequest): Body of PATCH /collections/{collectionId}/roles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
