import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detected_secret_resource_type import DetectedSecretResourceType
from ...models.error_envelope import ErrorEnvelope
from ...models.error_name_message import ErrorNameMessage
from ...models.get_detected_secrets_locations_response import GetDetectedSecretsLocationsResponse
from ...models.problem_detail import ProblemDetail
from ...models.rate_limited_body import RateLimitedBody
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
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetDetectedSecretsLocationsResponse
    | None
):
    if response.status_code == 200:
        response_200 = GetDetectedSecretsLocationsResponse.from_dict(parse_json(response))

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_400 = _parse_response_400(parse_json(response))

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_401 = _parse_response_401(parse_json(response))

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_403 = _parse_response_403(parse_json(response))

        return response_403

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_too_many_requests_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not RateLimitedBody._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_1 = RateLimitedBody.from_dict(data)

                return componentsschemas_too_many_requests_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_too_many_requests_body_type_2 = ErrorNameMessage.from_dict(data)

                return componentsschemas_too_many_requests_body_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_too_many_requests_body_type_3 = ProblemDetail.from_dict(data)

            return componentsschemas_too_many_requests_body_type_3

        response_429 = _parse_response_429(parse_json(response))

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorEnvelope | ErrorNameMessage | ProblemDetail:
            try:
                if not ErrorEnvelope._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_0 = ErrorEnvelope.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not ErrorNameMessage._matches(data):
                    raise TypeError()
                componentsschemas_error_body_type_1 = ErrorNameMessage.from_dict(data)

                return componentsschemas_error_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_2 = ProblemDetail.from_dict(data)

            return componentsschemas_error_body_type_2

        response_500 = _parse_response_500(parse_json(response))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetDetectedSecretsLocationsResponse
]:
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
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetDetectedSecretsLocationsResponse
]:
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
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | GetDetectedSecretsLocationsResponse]
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
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetDetectedSecretsLocationsResponse
    | None
):
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
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | GetDetectedSecretsLocationsResponse
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
) -> Response[
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetDetectedSecretsLocationsResponse
]:
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
        Response[ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | GetDetectedSecretsLocationsResponse]
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
) -> (
    ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | ErrorEnvelope
    | ErrorNameMessage
    | ProblemDetail
    | RateLimitedBody
    | GetDetectedSecretsLocationsResponse
    | None
):
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
        ErrorEnvelope | ErrorNameMessage | ProblemDetail | ErrorEnvelope | ErrorNameMessage | ProblemDetail | RateLimitedBody | GetDetectedSecretsLocationsResponse
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
