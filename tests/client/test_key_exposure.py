"""Nothing the client returns, raises or logs shows the API key, on both clients.

The server gets the key; what the user holds afterwards (``last_response`` and its request,
exceptions and their tracebacks, log records) shows only its masked form ``PMAK-...abcd``,
even when the server echoes the key back.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

import pytest

from postman_ext import AuthenticationError, NotFoundError, UnsafeRedirectError
from tests.both_clients import KINDS, builder
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply

ME = {"user": {"id": 1, "username": "u"}}
MASKED = "PMAK-...abcd"


@pytest.fixture(params=KINDS)
def make_client(request: pytest.FixtureRequest, api: FakeAPI, sleeps: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("POSTMAN_API_KEY", raising=False)
    monkeypatch.delenv("POSTMAN_BASE_URL", raising=False)
    yield from builder(request.param, api, sleeps)


def test_the_kept_request_shows_the_masked_header(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = make_client()
    pm.users.get_authenticated_user()
    assert api.requests[0].headers["x-api-key"] == TEST_KEY  # the server got the key
    request = pm.last_response.request
    assert request.headers["x-api-key"] == MASKED
    assert TEST_KEY not in repr(request.headers) and TEST_KEY not in repr(request)


def test_the_query_form_shows_the_masked_parameter(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = make_client(api_key_location="query")
    pm.users.get_authenticated_user()
    assert f"apikey={TEST_KEY}" in api.requests[0].path
    response = pm.last_response
    for shown in (str(response.url), repr(response.request), str(response.request.url)):
        assert TEST_KEY not in shown and f"apikey={MASKED}" in shown


def test_the_key_reaches_each_redirect_and_stays_masked(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(302, None, {"Location": "/v2/me"}))
    api.route("GET", "/v2/me", Reply(200, ME))
    pm = make_client()
    pm.users.get_authenticated_user()
    assert [seen.headers["x-api-key"] for seen in api.requests] == [TEST_KEY, TEST_KEY]
    assert pm.last_response.request.headers["x-api-key"] == MASKED


@pytest.mark.parametrize("location", ["header", "query"])
def test_a_traceback_with_local_variables_does_not_show_the_key(api: FakeAPI, make_client: Any, location: str) -> None:
    api.route("GET", "/users/9", Reply(404, {"error": {"name": "notFound", "message": "no"}}))
    with pytest.raises(NotFoundError) as caught:
        make_client(api_key_location=location, max_retries=0).users.get_team_user(9)
    rendered = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "get_team_user" in rendered and "request = " in rendered  # the frames and their locals are there
    assert TEST_KEY not in rendered


def test_an_echoed_key_is_masked_in_errors_and_responses(api: FakeAPI, make_client: Any) -> None:
    echo = {"X-Debug-Api-Key": TEST_KEY}
    api.route("GET", "/me", Reply(401, {"error": {"name": "AuthenticationError", "message": f"bad {TEST_KEY}"}}, echo))
    api.route("GET", "/users/1", Reply(200, {"user": {"id": 1, "name": TEST_KEY}}, echo))
    pm = make_client(max_retries=0)
    with pytest.raises(AuthenticationError) as caught:
        pm.users.get_authenticated_user()
    error = caught.value
    assert error.headers["x-debug-api-key"] == MASKED and TEST_KEY not in error.text
    assert TEST_KEY not in str(error) and TEST_KEY not in repr(error.body)
    pm.users.get_team_user(1)
    assert pm.last_response.headers["x-debug-api-key"] == MASKED and TEST_KEY not in pm.last_response.text


def test_an_echoed_key_in_a_refused_redirect_is_masked(api: FakeAPI, make_client: Any) -> None:
    target = f"https://elsewhere.example/steal?k={TEST_KEY}"
    api.route("GET", "/me", Reply(302, TEST_KEY, {"Location": target, "X-Echo": TEST_KEY}))
    with pytest.raises(UnsafeRedirectError) as caught:
        make_client().users.get_authenticated_user()
    error = caught.value
    assert TEST_KEY not in repr(error.headers) and TEST_KEY not in error.text and TEST_KEY not in str(error)
    assert error.headers["location"] == f"https://elsewhere.example/steal?k={MASKED}"


def test_debug_logs_of_the_lower_libraries_do_not_show_an_echoed_key(
    api: FakeAPI, make_client: Any, caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> None:
    api.route("GET", "/me", Reply(200, ME, {"X-Echo": TEST_KEY}))
    with caplog.at_level(logging.DEBUG):
        make_client().users.get_authenticated_user()
        make_client(api_key_location="query").users.get_authenticated_user()
    if request.node.callspec.params["make_client"] == "async":  # httpcore logs the response headers
        assert f"(b'X-Echo', b'{MASKED}')" in caplog.text
    else:  # urllib3 logs the request line
        assert "GET /me?apikey=" in caplog.text
    assert TEST_KEY not in caplog.text


@pytest.mark.parametrize("location", ["header", "query"])
def test_a_traceback_from_the_transport_does_not_show_the_key(api: FakeAPI, make_client: Any, location: str) -> None:
    """An error raised while the transport reads the body: its frames saw the request with the key on it."""
    from postman_ext import ResponseTooLargeError

    api.route("GET", "/me", Reply(200, b"x" * 5000))
    with pytest.raises(ResponseTooLargeError) as caught:
        make_client(api_key_location=location, max_body_size=1000).users.get_authenticated_user()
    rendered = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "_read_body" in rendered or "_exchange" in rendered  # the transport's frames are there
    assert TEST_KEY not in rendered


@pytest.mark.parametrize("location", ["header", "query"])
def test_a_traceback_of_a_connection_error_does_not_show_the_key(make_client: Any, location: str) -> None:
    from postman_ext import APIConnectionError

    with pytest.raises(APIConnectionError) as caught:
        make_client(
            base_url="http://127.0.0.1:9", api_key_location=location, max_retries=1
        ).users.get_authenticated_user()
    rendered = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "ConnectError" in rendered and "request = " in rendered
    assert TEST_KEY not in rendered
