"""What becomes a decode error, and what does not, on both clients (issue 12, items 5 and 12)."""

from __future__ import annotations

from typing import Any

import pytest

from postman_ext import NotFoundError, PostmanError, RateLimitError, ResponseDecodeError, hookimpl
from tests.both_clients import Clients, clients_fixture
from tests.fake_api import FakeAPI, Reply

clients = clients_fixture
ME = {"user": {"id": 1, "username": "u"}}
DEPTH = 100_000
DEEP_BODIES = {
    "arrays": "[" * DEPTH + "]" * DEPTH,
    "objects": '{"a":' * DEPTH + "1" + "}" * DEPTH,
}


class BrokenMapper:
    """A plugin with a bug: its error mapping raises KeyError."""

    @hookimpl
    def postman_map_error(self, request: Any, response: Any, body: object) -> Exception | None:
        return {}["missing"]  # type: ignore[no-any-return]


class BrokenObserver:
    """A plugin with a bug in a hook that runs on every response, a successful one included."""

    @hookimpl
    def postman_response_received(self, request: Any, response: Any, elapsed: float, attempt: int) -> None:
        raise TypeError("observer bug")


def test_a_plugin_bug_in_map_error_is_not_a_decode_error(api: FakeAPI, clients: Clients) -> None:
    api.route("GET", "/me", Reply(404, {"error": {"name": "notFound", "message": "no"}}))
    pm = clients.make(plugins=[BrokenMapper()], max_retries=0)
    with pytest.raises(KeyError, match="missing") as caught:
        clients.run(pm.users.get_authenticated_user())
    assert not isinstance(caught.value, ResponseDecodeError)


def test_a_plugin_bug_on_a_success_is_not_a_decode_error(api: FakeAPI, clients: Clients) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = clients.make(plugins=[BrokenObserver()])
    with pytest.raises(TypeError, match="observer bug"):
        clients.run(pm.users.get_authenticated_user())


def test_a_body_that_does_not_parse_is_still_a_decode_error(api: FakeAPI, clients: Clients) -> None:
    api.route("GET", "/me", Reply(200, '{"user": {"id": 1, "userna'))
    with pytest.raises(ResponseDecodeError) as caught:
        clients.run(clients.make().users.get_authenticated_user())
    assert caught.value.text == '{"user": {"id": 1, "userna'


@pytest.mark.parametrize("shape", sorted(DEEP_BODIES))
def test_deeply_nested_json_on_a_success_is_a_decode_error(api: FakeAPI, clients: Clients, shape: str) -> None:
    body = DEEP_BODIES[shape]
    api.route("GET", "/me", Reply(200, body))
    with pytest.raises(ResponseDecodeError) as caught:
        clients.run(clients.make().users.get_authenticated_user())
    assert caught.value.status_code == 200 and caught.value.text == body
    assert "get_authenticated_user" in str(caught.value)


@pytest.mark.parametrize("shape", sorted(DEEP_BODIES))
@pytest.mark.parametrize(("status", "cls"), [(404, NotFoundError), (429, RateLimitError)])
def test_deeply_nested_json_on_an_error_keeps_the_status_class(
    api: FakeAPI, clients: Clients, shape: str, status: int, cls: type[PostmanError]
) -> None:
    # Like truncated JSON: the status decides the class; the body, unreadable, stays on .text.
    body = DEEP_BODIES[shape]
    api.route("GET", "/me", Reply(status, body))
    with pytest.raises(cls) as caught:
        clients.run(clients.make(max_retries=0).users.get_authenticated_user())
    error: Any = caught.value
    assert error.status_code == status and error.text == body and error.body is None
    assert len(str(error)) < 2_000  # the message previews the body, it does not hold 200 KB of brackets
