import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detected_secret_resource_type import DetectedSecretResourceType
from ...models.get_detected_secrets_locations_response import GetDetectedSecretsLocationsResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    secret_id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: str,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    resource_type: DetectedSecretResourceType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["workspaceId"] = workspace_id

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = datetime_text(since)
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = datetime_text(until)
    params["until"] = json_until

    json_resource_type: str | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type

    params["resourceType"] = json_resource_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/detected-secrets/{secret_id}/locations".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetDetectedSecretsLocationsResponse | None:
    if response.status_code == 200:
        response_200 = GetDetectedSecretsLocationsResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetDetectedSecretsLocationsResponse]:
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: str,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    resource_type: DetectedSecretResourceType | Unset = UNSET,
) -> Response[GetDetectedSecretsLocationsResponse]:
    """List where a detected secret was found

     Lists the places in one workspace (request headers, bodies, environment values, ...)
    where a detected secret occurs, with the secret's resolution history in `meta`. Pages
    are taken with `cursor` and `limit`. Enterprise plans only.

    Args:
        secret_id (str):
        limit (int | Unset):
        cursor (str | Unset):
        workspace_id (str):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        resource_type (DetectedSecretResourceType | Unset): A kind of resource a secret can be
            found in, as used in filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDetectedSecretsLocationsResponse]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        since=since,
        until=until,
        resource_type=resource_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: str,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    resource_type: DetectedSecretResourceType | Unset = UNSET,
) -> GetDetectedSecretsLocationsResponse | None:
    """List where a detected secret was found

     Lists the places in one workspace (request headers, bodies, environment values, ...)
    where a detected secret occurs, with the secret's resolution history in `meta`. Pages
    are taken with `cursor` and `limit`. Enterprise plans only.

    Args:
        secret_id (str):
        limit (int | Unset):
        cursor (str | Unset):
        workspace_id (str):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        resource_type (DetectedSecretResourceType | Unset): A kind of resource a secret can be
            found in, as used in filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDetectedSecretsLocationsResponse
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        since=since,
        until=until,
        resource_type=resource_type,
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: str,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    resource_type: DetectedSecretResourceType | Unset = UNSET,
) -> Response[GetDetectedSecretsLocationsResponse]:
    """List where a detected secret was found

     Lists the places in one workspace (request headers, bodies, environment values, ...)
    where a detected secret occurs, with the secret's resolution history in `meta`. Pages
    are taken with `cursor` and `limit`. Enterprise plans only.

    Args:
        secret_id (str):
        limit (int | Unset):
        cursor (str | Unset):
        workspace_id (str):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        resource_type (DetectedSecretResourceType | Unset): A kind of resource a secret can be
            found in, as used in filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDetectedSecretsLocationsResponse]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        since=since,
        until=until,
        resource_type=resource_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: str,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    resource_type: DetectedSecretResourceType | Unset = UNSET,
) -> GetDetectedSecretsLocationsResponse | None:
    """List where a detected secret was found

     Lists the places in one workspace (request headers, bodies, environment values, ...)
    where a detected secret occurs, with the secret's resolution history in `meta`. Pages
    are taken with `cursor` and `limit`. Enterprise plans only.

    Args:
        secret_id (str):
        limit (int | Unset):
        cursor (str | Unset):
        workspace_id (str):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        resource_type (DetectedSecretResourceType | Unset): A kind of resource a secret can be
            found in, as used in filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDetectedSecretsLocationsResponse
    """

    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
            limit=limit,
            cursor=cursor,
            workspace_id=workspace_id,
            since=since,
            until=until,
            resource_type=resource_type,
        )
    ).parsed
