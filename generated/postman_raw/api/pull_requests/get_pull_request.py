from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pull_request_detail import PullRequestDetail
from ...types import Response, parse_json


def _get_kwargs(
    pull_request_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pull-requests/{pull_request_id}".format(
            pull_request_id=quote(str(pull_request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PullRequestDetail | None:
    if response.status_code == 200:
        response_200 = PullRequestDetail.from_dict(parse_json(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PullRequestDetail]:
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
) -> Response[PullRequestDetail]:
    """Get a pull request

     Returns one pull request: its source and destination (and whether each still exists),
    the reviewers and their verdicts, its review state and the state of any merge under way.
    The key's user needs at least the Viewer role on both the source and the destination.

    Args:
        pull_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PullRequestDetail]
    """

    kwargs = _get_kwargs(
        pull_request_id=pull_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pull_request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PullRequestDetail | None:
    """Get a pull request

     Returns one pull request: its source and destination (and whether each still exists),
    the reviewers and their verdicts, its review state and the state of any merge under way.
    The key's user needs at least the Viewer role on both the source and the destination.

    Args:
        pull_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PullRequestDetail
    """

    return sync_detailed(
        pull_request_id=pull_request_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pull_request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PullRequestDetail]:
    """Get a pull request

     Returns one pull request: its source and destination (and whether each still exists),
    the reviewers and their verdicts, its review state and the state of any merge under way.
    The key's user needs at least the Viewer role on both the source and the destination.

    Args:
        pull_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PullRequestDetail]
    """

    kwargs = _get_kwargs(
        pull_request_id=pull_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pull_request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PullRequestDetail | None:
    """Get a pull request

     Returns one pull request: its source and destination (and whether each still exists),
    the reviewers and their verdicts, its review state and the state of any merge under way.
    The key's user needs at least the Viewer role on both the source and the destination.

    Args:
        pull_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PullRequestDetail
    """

    return (
        await asyncio_detailed(
            pull_request_id=pull_request_id,
            client=client,
        )
    ).parsed
