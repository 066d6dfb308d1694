from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_analytics_metadata_response import GetAnalyticsMetadataResponse
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    include: str | Unset = UNSET,
    resources: str | Unset = UNSET,
    metrics: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["resources"] = resources

    params["metrics"] = metrics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics-metadata",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAnalyticsMetadataResponse | None:
    if response.status_code == 200:
        response_200 = GetAnalyticsMetadataResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAnalyticsMetadataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    resources: str | Unset = UNSET,
    metrics: str | Unset = UNSET,
) -> Response[GetAnalyticsMetadataResponse]:
    """List the analytics resources and metrics

     Returns the catalog behind GET /analytics: each resource with its metrics. With
    `include=parameters,response` each metric also says which views, filters and paging it
    accepts and which columns each view returns.

    Args:
        include (str | Unset):
        resources (str | Unset):
        metrics (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnalyticsMetadataResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        resources=resources,
        metrics=metrics,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    resources: str | Unset = UNSET,
    metrics: str | Unset = UNSET,
) -> GetAnalyticsMetadataResponse | None:
    """List the analytics resources and metrics

     Returns the catalog behind GET /analytics: each resource with its metrics. With
    `include=parameters,response` each metric also says which views, filters and paging it
    accepts and which columns each view returns.

    Args:
        include (str | Unset):
        resources (str | Unset):
        metrics (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnalyticsMetadataResponse
    """

    return sync_detailed(
        client=client,
        include=include,
        resources=resources,
        metrics=metrics,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    resources: str | Unset = UNSET,
    metrics: str | Unset = UNSET,
) -> Response[GetAnalyticsMetadataResponse]:
    """List the analytics resources and metrics

     Returns the catalog behind GET /analytics: each resource with its metrics. With
    `include=parameters,response` each metric also says which views, filters and paging it
    accepts and which columns each view returns.

    Args:
        include (str | Unset):
        resources (str | Unset):
        metrics (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnalyticsMetadataResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        resources=resources,
        metrics=metrics,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    resources: str | Unset = UNSET,
    metrics: str | Unset = UNSET,
) -> GetAnalyticsMetadataResponse | None:
    """List the analytics resources and metrics

     Returns the catalog behind GET /analytics: each resource with its metrics. With
    `include=parameters,response` each metric also says which views, filters and paging it
    accepts and which columns each view returns.

    Args:
        include (str | Unset):
        resources (str | Unset):
        metrics (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnalyticsMetadataResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            resources=resources,
            metrics=metrics,
        )
    ).parsed
