"""The one seam: the requests postman_ext builds from the generated parts are what httpx would build."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import httpx
import pytest

from postman_ext import AsyncPostman
from postman_ext._requests import RequestBuilder
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply

ME = {"user": {"id": 1, "username": "lean"}}


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Keeps every request it is given and answers 200 with an empty JSON object."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={}, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("get", "/me", {"params": {}}),
    ("get", "/collections/12345678-abc%2Fdef", {"params": {"model": "minimal", "tags": ["a", "b"], "flag": True}}),
    ("delete", "/environments/1", {}),
    ("post", "/collections", {"json": {"collection": {"info": {"name": "x"}}}, "params": {"workspace": "w"}}),
    ("post", "/collections/1/forks", {}),
    ("put", "/apis/1/schemas/2/files/a.json", {"content": b'{"a": 1}', "headers": {"Content-Type": "text/plain"}}),
    ("patch", "/monitors/1", {"data": {"name": "m"}}),
    ("get", "/users", {"headers": {"X-Custom": "1"}, "params": {"group_id": 5}}),
]


def described(request: httpx.Request) -> tuple[object, ...]:
    return request.method, str(request.url), request.headers.raw, request.read(), request.extensions


@pytest.mark.parametrize(("method", "path", "arguments"), CALLS)
def test_the_request_builder_builds_what_httpx_builds(method: str, path: str, arguments: dict[str, Any]) -> None:
    timeout = httpx.Timeout(12.5)
    with httpx.Client(base_url="https://api.example.com/v1", timeout=timeout, headers={"User-Agent": "t"}) as stock:
        ours = RequestBuilder(base_url="https://api.example.com/v1", timeout=timeout, headers=stock.headers)
        built, expected = ours.build(method, path, **arguments), stock.build_request(method, path, **arguments)
    assert described(built) == described(expected)


def test_the_clients_send_through_no_httpx_client() -> None:
    """No httpx.Client or AsyncClient sits between the generated code and the middleware."""
    import postman_ext.client as client_module

    pm = client_module.Postman(TEST_KEY, base_url="https://api.example.com", load_entry_points=False)
    assert not any(isinstance(value, (httpx.Client, httpx.AsyncClient)) for value in vars(pm).values())
    pm.close()


def test_no_info_log_line_carries_the_key_in_the_query(make_client: Any, api: FakeAPI, caplog: Any) -> None:
    """httpx's own "HTTP Request: GET <url>" INFO line carried the ``apikey`` query parameter.

    (urllib3 still logs the request line, query included, at DEBUG.)
    """
    api.route("GET", "/me", Reply(200, ME))
    caplog.set_level(logging.INFO)
    pm = make_client(api_key_location="query")
    assert pm.users.get_authenticated_user().user.username == "lean"
    assert "apikey=" in api.requests[0].path
    assert all(TEST_KEY not in record.getMessage() for record in caplog.records if record.name.startswith("httpx"))
    assert not [record for record in caplog.records if record.levelno >= logging.INFO]


def test_cookies_the_server_sets_are_sent_back(make_client: Any, api: FakeAPI) -> None:
    api.route("GET", "/me", Reply(200, ME, {"Set-Cookie": "lb=node-7; Path=/"}))
    pm = make_client()
    pm.users.get_authenticated_user()
    pm.users.get_authenticated_user()
    assert "cookie" not in api.requests[0].headers
    assert api.requests[1].headers["cookie"] == "lb=node-7"


def test_last_response_keeps_elapsed_and_request(make_client: Any, api: FakeAPI) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = make_client()
    pm.users.get_authenticated_user()
    response = pm.last_response
    assert isinstance(response.elapsed, timedelta) and response.elapsed >= timedelta(0)
    assert response.request.url.path == "/me"


def test_async_client_keeps_elapsed(api: FakeAPI, sleeps: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))

    async def main() -> timedelta:
        async with AsyncPostman(
            TEST_KEY, base_url=api.url, load_entry_points=False, sleep=sleeps.asleep, clock=sleeps.clock
        ) as apm:
            await apm.users.get_authenticated_user()
            assert apm.last_response is not None
            return apm.last_response.elapsed

    assert asyncio.run(main()) >= timedelta(0)
