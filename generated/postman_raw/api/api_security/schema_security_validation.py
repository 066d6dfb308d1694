from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.schema_security_validation_request import SchemaSecurityValidationRequest
from ...models.schema_security_validation_response import SchemaSecurityValidationResponse
from ...types import Response, parse_json


def _get_kwargs(
    *,
    body: SchemaSecurityValidationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/security/api-validation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaSecurityValidationResponse | None:
    if response.status_code == 200:
        response_200 = SchemaSecurityValidationResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaSecurityValidationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SchemaSecurityValidationRequest,
) -> Response[SchemaSecurityValidationResponse]:
    """Check an API definition for security and governance issues

     Runs the team's configured API governance rules over an OpenAPI 2 or 3 definition and
    lists every rule it breaks, with where the problem is and a link that explains the
    fix. Suited to a CI pipeline. The definition may be at most 10 MB. Security findings
    appear only when Postman's OWASP security rules are imported and enabled for the team.

    Args:
        body (SchemaSecurityValidationRequest): Body of POST /security/api-validation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SchemaSecurityValidationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SchemaSecurityValidationRequest,
) -> SchemaSecurityValidationResponse | None:
    """Check an API definition for security and governance issues

     Runs the team's configured API governance rules over an OpenAPI 2 or 3 definition and
    lists every rule it breaks, with where the problem is and a link that explains the
    fix. Suited to a CI pipeline. The definition may be at most 10 MB. Security findings
    appear only when Postman's OWASP security rules are imported and enabled for the team.

    Args:
        body (SchemaSecurityValidationRequest): Body of POST /security/api-validation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SchemaSecurityValidationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SchemaSecurityValidationRequest,
) -> Response[SchemaSecurityValidationResponse]:
    """Check an API definition for security and governance issues

     Runs the team's configured API governance rules over an OpenAPI 2 or 3 definition and
    lists every rule it breaks, with where the problem is and a link that explains the
    fix. Suited to a CI pipeline. The definition may be at most 10 MB. Security findings
    appear only when Postman's OWASP security rules are imported and enabled for the team.

    Args:
        body (SchemaSecurityValidationRequest): Body of POST /security/api-validation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SchemaSecurityValidationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SchemaSecurityValidationRequest,
) -> SchemaSecurityValidationResponse | None:
    """Check an API definition for security and governance issues

     Runs the team's configured API governance rules over an OpenAPI 2 or 3 definition and
    lists every rule it breaks, with where the problem is and a link that explains the
    fix. Suited to a CI pipeline. The definition may be at most 10 MB. Security findings
    appear only when Postman's OWASP security rules are imported and enabled for the team.

    Args:
        body (SchemaSecurityValidationRequest): Body of POST /security/api-validation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SchemaSecurityValidationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
