from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_account_invoices_response import GetAccountInvoicesResponse
from ...models.get_account_invoices_status import GetAccountInvoicesStatus
from ...types import UNSET, Response, parse_json


def _get_kwargs(
    account_id: str,
    *,
    status: GetAccountInvoicesStatus,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/invoices".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAccountInvoicesResponse | None:
    if response.status_code == 200:
        response_200 = GetAccountInvoicesResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAccountInvoicesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: GetAccountInvoicesStatus,
) -> Response[GetAccountInvoicesResponse]:
    """List a billing account's invoices

     Lists the invoices of one billing account that have the given status.

    Args:
        account_id (str):
        status (GetAccountInvoicesStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAccountInvoicesResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: GetAccountInvoicesStatus,
) -> GetAccountInvoicesResponse | None:
    """List a billing account's invoices

     Lists the invoices of one billing account that have the given status.

    Args:
        account_id (str):
        status (GetAccountInvoicesStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAccountInvoicesResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: GetAccountInvoicesStatus,
) -> Response[GetAccountInvoicesResponse]:
    """List a billing account's invoices

     Lists the invoices of one billing account that have the given status.

    Args:
        account_id (str):
        status (GetAccountInvoicesStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAccountInvoicesResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: GetAccountInvoicesStatus,
) -> GetAccountInvoicesResponse | None:
    """List a billing account's invoices

     Lists the invoices of one billing account that have the given status.

    Args:
        account_id (str):
        status (GetAccountInvoicesStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAccountInvoicesResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            status=status,
        )
    ).parsed
