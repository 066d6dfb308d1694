from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_pull_request_request import UpdatePullRequestRequest
from ...models.update_pull_request_response import UpdatePullRequestResponse
from ...types import Response, parse_json


def _get_kwargs(
    pull_request_id: str,
    *,
    body: UpdatePullRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/pull-requests/{pull_request_id}".format(
            pull_request_id=quote(str(pull_request_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdatePullRequestResponse | None:
    if response.status_code == 200:
        response_200 = UpdatePullRequestResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdatePullRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pull_request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePullRequestRequest,
) -> Response[UpdatePullRequestResponse]:
    """Edit an open pull request

     Changes the title, description and reviewers of a pull request that is still open. The
    `reviewers` list replaces the current one entirely. A merged or declined pull request
    cannot be edited (409).

    Args:
        pull_request_id (str):
        body (UpdatePullRequestRequest): Body of PUT /pull-requests/{pullRequestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdatePullRequestResponse]
    """

    kwargs = _get_kwargs(
        pull_request_id=pull_request_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pull_request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePullRequestRequest,
) -> UpdatePullRequestResponse | None:
    """Edit an open pull request

     Changes the title, description and reviewers of a pull request that is still open. The
    `reviewers` list replaces the current one entirely. A merged or declined pull request
    cannot be edited (409).

    Args:
        pull_request_id (str):
        body (UpdatePullRequestRequest): Body of PUT /pull-requests/{pullRequestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdatePullRequestResponse
    """

    return sync_detailed(
        pull_request_id=pull_request_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pull_request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePullRequestRequest,
) -> Response[UpdatePullRequestResponse]:
    """Edit an open pull request

     Changes the title, description and reviewers of a pull request that is still open. The
    `reviewers` list replaces the current one entirely. A merged or declined pull request
    cannot be edited (409).

    Args:
        pull_request_id (str):
        body (UpdatePullRequestRequest): Body of PUT /pull-requests/{pullRequestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdatePullRequestResponse]
    """

    kwargs = _get_kwargs(
        pull_request_id=pull_request_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pull_request_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePullRequestRequest,
) -> UpdatePullRequestResponse | None:
    """Edit an open pull request

     Changes the title, description and reviewers of a pull request that is still open. The
    `reviewers` list replaces the current one entirely. A merged or declined pull request
    cannot be edited (409).

    Args:
        pull_request_id (str):
        body (UpdatePullRequestRequest): Body of PUT /pull-requests/{pullRequestId}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdatePullRequestResponse
    """

    return (
        await asyncio_detailed(
            pull_request_id=pull_request_id,
            client=client,
            body=body,
        )
    ).parsed
