from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_request import CreateWebhookRequest
from ...models.create_webhook_response import CreateWebhookResponse
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    *,
    body: CreateWebhookRequest,
    workspace: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["workspace"] = workspace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateWebhookResponse | None:
    if response.status_code == 200:
        response_200 = CreateWebhookResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateWebhookResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
    workspace: str,
) -> Response[CreateWebhookResponse]:
    """Create a webhook that runs a collection

     Creates a webhook bound to a collection (and optionally an environment). Posting to the
    returned `webhookUrl` runs the collection, with the posted body available to its scripts
    as the payload. Postman backs each webhook with a monitor of the same name.

    Args:
        workspace (str):
        body (CreateWebhookRequest): Body of POST /webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWebhookResponse]
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
    body: CreateWebhookRequest,
    workspace: str,
) -> CreateWebhookResponse | None:
    """Create a webhook that runs a collection

     Creates a webhook bound to a collection (and optionally an environment). Posting to the
    returned `webhookUrl` runs the collection, with the posted body available to its scripts
    as the payload. Postman backs each webhook with a monitor of the same name.

    Args:
        workspace (str):
        body (CreateWebhookRequest): Body of POST /webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWebhookResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace=workspace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
    workspace: str,
) -> Response[CreateWebhookResponse]:
    """Create a webhook that runs a collection

     Creates a webhook bound to a collection (and optionally an environment). Posting to the
    returned `webhookUrl` runs the collection, with the posted body available to its scripts
    as the payload. Postman backs each webhook with a monitor of the same name.

    Args:
        workspace (str):
        body (CreateWebhookRequest): Body of POST /webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWebhookResponse]
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
    body: CreateWebhookRequest,
    workspace: str,
) -> CreateWebhookResponse | None:
    """Create a webhook that runs a collection

     Creates a webhook bound to a collection (and optionally an environment). Posting to the
    returned `webhookUrl` runs the collection, with the posted body available to its scripts
    as the payload. Postman backs each webhook with a monitor of the same name.

    Args:
        workspace (str):
        body (CreateWebhookRequest): Body of POST /webhooks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWebhookResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace=workspace,
        )
    ).parsed
