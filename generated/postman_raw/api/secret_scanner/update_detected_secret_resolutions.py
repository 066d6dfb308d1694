from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_detected_secret_resolutions_request import UpdateDetectedSecretResolutionsRequest
from ...models.update_detected_secret_resolutions_response import UpdateDetectedSecretResolutionsResponse
from ...types import Response, parse_json


def _get_kwargs(
    secret_id: str,
    *,
    body: UpdateDetectedSecretResolutionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/detected-secrets/{secret_id}".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateDetectedSecretResolutionsResponse | None:
    if response.status_code == 200:
        response_200 = UpdateDetectedSecretResolutionsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateDetectedSecretResolutionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDetectedSecretResolutionsRequest,
) -> Response[UpdateDetectedSecretResolutionsResponse]:
    """Resolve a detected secret

     Records how a detected secret in one workspace was dealt with (a false positive, a
    revoked key, or an accepted risk) and returns the secret with its resolution history.
    Enterprise plans only.

    Args:
        secret_id (str):
        body (UpdateDetectedSecretResolutionsRequest): Body of PUT /detected-secrets/{secretId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDetectedSecretResolutionsResponse]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDetectedSecretResolutionsRequest,
) -> UpdateDetectedSecretResolutionsResponse | None:
    """Resolve a detected secret

     Records how a detected secret in one workspace was dealt with (a false positive, a
    revoked key, or an accepted risk) and returns the secret with its resolution history.
    Enterprise plans only.

    Args:
        secret_id (str):
        body (UpdateDetectedSecretResolutionsRequest): Body of PUT /detected-secrets/{secretId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDetectedSecretResolutionsResponse
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDetectedSecretResolutionsRequest,
) -> Response[UpdateDetectedSecretResolutionsResponse]:
    """Resolve a detected secret

     Records how a detected secret in one workspace was dealt with (a false positive, a
    revoked key, or an accepted risk) and returns the secret with its resolution history.
    Enterprise plans only.

    Args:
        secret_id (str):
        body (UpdateDetectedSecretResolutionsRequest): Body of PUT /detected-secrets/{secretId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDetectedSecretResolutionsResponse]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDetectedSecretResolutionsRequest,
) -> UpdateDetectedSecretResolutionsResponse | None:
    """Resolve a detected secret

     Records how a detected secret in one workspace was dealt with (a false positive, a
    revoked key, or an accepted risk) and returns the secret with its resolution history.
    Enterprise plans only.

    Args:
        secret_id (str):
        body (UpdateDetectedSecretResolutionsRequest): Body of PUT /detected-secrets/{secretId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDetectedSecretResolutionsResponse
    """

    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
            body=body,
        )
    ).parsed
