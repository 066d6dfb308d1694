from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.review_pull_request_request import ReviewPullRequestRequest
from ...models.review_pull_request_response import ReviewPullRequestResponse
from ...types import Response, parse_json


def _get_kwargs(
    pull_request_id: str,
    *,
    body: ReviewPullRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pull-requests/{pull_request_id}/tasks".format(
            pull_request_id=quote(str(pull_request_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReviewPullRequestResponse | None:
    if response.status_code == 200:
        response_200 = ReviewPullRequestResponse.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReviewPullRequestResponse]:
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
    body: ReviewPullRequestRequest,
) -> Response[ReviewPullRequestResponse]:
    """Approve, unapprove, decline or merge a pull request

     Records the key's user's review of a pull request, or merges it. `unapprove` withdraws an
    earlier approval without declining. An action that the pull request's current state does
    not allow (for example merging a declined one) gives 400.

    Args:
        pull_request_id (str):
        body (ReviewPullRequestRequest): Body of POST /pull-requests/{pullRequestId}/tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReviewPullRequestResponse]
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
    body: ReviewPullRequestRequest,
) -> ReviewPullRequestResponse | None:
    """Approve, unapprove, decline or merge a pull request

     Records the key's user's review of a pull request, or merges it. `unapprove` withdraws an
    earlier approval without declining. An action that the pull request's current state does
    not allow (for example merging a declined one) gives 400.

    Args:
        pull_request_id (str):
        body (ReviewPullRequestRequest): Body of POST /pull-requests/{pullRequestId}/tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReviewPullRequestResponse
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
    body: ReviewPullRequestRequest,
) -> Response[ReviewPullRequestResponse]:
    """Approve, unapprove, decline or merge a pull request

     Records the key's user's review of a pull request, or merges it. `unapprove` withdraws an
    earlier approval without declining. An action that the pull request's current state does
    not allow (for example merging a declined one) gives 400.

    Args:
        pull_request_id (str):
        body (ReviewPullRequestRequest): Body of POST /pull-requests/{pullRequestId}/tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReviewPullRequestResponse]
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
    body: ReviewPullRequestRequest,
) -> ReviewPullRequestResponse | None:
    """Approve, unapprove, decline or merge a pull request

     Records the key's user's review of a pull request, or merges it. `unapprove` withdraws an
    earlier approval without declining. An action that the pull request's current state does
    not allow (for example merging a declined one) gives 400.

    Args:
        pull_request_id (str):
        body (ReviewPullRequestRequest): Body of POST /pull-requests/{pullRequestId}/tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReviewPullRequestResponse
    """

    return (
        await asyncio_detailed(
            pull_request_id=pull_request_id,
            client=client,
            body=body,
        )
    ).parsed
