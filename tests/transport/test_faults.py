"""Faults against a real HTTP server on 127.0.0.1: error statuses, 429s, 5xx, resets, timeouts, redirects."""

from __future__ import annotations

import time
from typing import Any

import pytest

from postman_ext import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ServerError,
    UnsafeRedirectError,
)
from postman_ext.retry import BACKOFF_FLOOR
from tests.both_clients import KINDS, builder
from tests.fake_api import RESET, FakeAPI, Reply, Stall, Trickle

ME = {"user": {"id": 1, "username": "u"}}
ENVELOPE = {
    "error": {"name": "instanceNotFoundError", "message": "We could not find the environment you are looking for"}
}
SYNC_ONLY = pytest.mark.parametrize("make_client", ["sync"], indirect=True)


@pytest.fixture(params=KINDS)
def make_client(request: pytest.FixtureRequest, api: FakeAPI, sleeps: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Each fault test runs on ``Postman`` and on ``AsyncPostman`` (see tests/both_clients.py)."""
    monkeypatch.delenv("POSTMAN_API_KEY", raising=False)
    monkeypatch.delenv("POSTMAN_BASE_URL", raising=False)
    yield from builder(request.param, api, sleeps)


PROBLEM = {
    "type": "https://api.postman.com/problems/forbidden",
    "title": "Forbidden",
    "detail": "Not on your plan",
    "status": 403,
}


@pytest.mark.parametrize(
    ("status", "body", "cls", "name", "message"),
    [
        (
            400,
            {"error": {"name": "paramMissingError", "message": "Missing name"}},
            BadRequestError,
            "paramMissingError",
            "Missing name",
        ),
        (
            401,
            {"error": {"name": "AuthenticationError", "message": "Invalid API Key."}},
            AuthenticationError,
            "AuthenticationError",
            "Invalid API Key.",
        ),
        (403, PROBLEM, PermissionDeniedError, "https://api.postman.com/problems/forbidden", "Not on your plan"),
        (404, ENVELOPE, NotFoundError, "instanceNotFoundError", ENVELOPE["error"]["message"]),
        (409, {"name": "conflict", "message": "Already exists"}, ConflictError, "conflict", "Already exists"),
        (413, {"title": "Payload Too Large", "status": 413}, PayloadTooLargeError, None, "Payload Too Large"),
        (418, {"error": {"name": "teapot", "message": "short and stout"}}, APIStatusError, "teapot", "short and stout"),
        (500, {"error": {"name": "serverError", "message": "Oops"}}, ServerError, "serverError", "Oops"),
    ],
)
def test_error_statuses_map_to_classes(
    api: FakeAPI, make_client: Any, status: int, body: Any, cls: type, name: str | None, message: str
) -> None:
    api.route("GET", "/me", Reply(status, body, {"X-Request-Id": "r-1"}))
    with pytest.raises(cls) as caught:
        make_client(max_retries=0).users.get_authenticated_user()
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.error_name, error.error_message) == (status, name, message)
    assert error.headers["x-request-id"] == "r-1"
    assert (error.method, error.path) == ("GET", "/me")
    assert error.body == body
    assert message in str(error) and "GET /me" in str(error)


def test_an_html_502_keeps_its_text(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    api.route("GET", "/me", Reply(502, page, {"Content-Type": "text/html"}))
    with pytest.raises(ServerError) as caught:
        make_client(max_retries=2).users.get_authenticated_user()
    assert caught.value.text == page and caught.value.body is None
    assert "502 Bad Gateway" in str(caught.value)
    assert len(api.requests) == 3 and len(sleeps.waits) == 2


def test_truncated_json_error_still_maps(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(404, '{"error": {"name": "instanceNotFo'))
    with pytest.raises(NotFoundError) as caught:
        make_client().users.get_authenticated_user()
    assert caught.value.text == '{"error": {"name": "instanceNotFo'


def test_truncated_json_success_raises_decode_error(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, '{"user": {"id": 1, "userna'))
    with pytest.raises(ResponseDecodeError) as caught:
        make_client().users.get_authenticated_user()
    assert caught.value.text == '{"user": {"id": 1, "userna'
    assert caught.value.status_code == 200 and "get_authenticated_user" in str(caught.value)


def test_an_undocumented_success_status_is_not_returned_as_none(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(203, ME))
    with pytest.raises(ResponseDecodeError, match="HTTP 203 is not documented"):
        make_client().users.get_authenticated_user()


def test_503_then_200_retries_with_backoff(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    api.route("GET", "/me", Reply(503, {"error": {"name": "serviceUnavailable", "message": "spike"}}), Reply(200, ME))
    assert make_client().users.get_authenticated_user().user.id == 1
    assert len(api.requests) == 2
    (wait,) = sleeps.waits
    assert BACKOFF_FLOOR <= wait <= 1.0


def test_retries_stop_at_max_retries(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    api.route("GET", "/me", Reply(503, "busy"))
    with pytest.raises(ServerError):
        make_client(max_retries=3).users.get_authenticated_user()
    assert len(api.requests) == 4
    assert len(sleeps.waits) == 3 and all(w >= BACKOFF_FLOOR for w in sleeps.waits)
    assert sleeps.waits[2] >= 2.0  # exponential: the third wait draws from [2, 4]


@pytest.mark.parametrize(
    "headers",
    [
        {"X-RateLimit-RetryAfter": "7"},
        {"RetryAfter": "7"},
        {"Retry-After": "7"},
        {"RateLimit": "limit=300, remaining=0, reset=7"},
        {"RateLimit-Limit": "300", "RateLimit-Remaining": "0", "RateLimit-Reset": "7"},
        {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "<epoch+7>"},
    ],
)
def test_429_waits_what_each_header_form_says(
    api: FakeAPI, make_client: Any, sleeps: Any, headers: dict[str, str]
) -> None:
    headers = {k: v.replace("<epoch+7>", str(int(time.time()) + 7)) for k, v in headers.items()}
    api.route(
        "GET", "/me", Reply(429, {"error": "rateLimited", "message": "Rate limit exceeded"}, headers), Reply(200, ME)
    )
    assert make_client().users.get_authenticated_user().user.id == 1
    assert len(api.requests) == 2
    assert 5.5 <= sum(sleeps.waits) <= 7.5, sleeps.waits


def test_429_longer_than_max_retry_wait_fails_with_the_wait(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    api.route("GET", "/me", Reply(429, {"error": "rateLimited", "message": "Slow down"}, {"Retry-After": "120"}))
    with pytest.raises(RateLimitError) as caught:
        make_client(max_retry_wait=60).users.get_authenticated_user()
    assert type(caught.value) is RateLimitError
    assert caught.value.retry_after == 120
    assert "retry after 120 s" in str(caught.value)
    assert len(api.requests) == 1 and sleeps.waits == []


def test_monthly_quota_is_never_retried(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    body = {"error": "serviceLimitExhausted", "message": "You've reached your monthly API usage limit."}
    api.route("GET", "/me", Reply(429, body, {"Retry-After": "1", "X-RateLimit-Remaining-Month": "0"}))
    with pytest.raises(QuotaExceededError) as caught:
        make_client().users.get_authenticated_user()
    assert caught.value.error_name == "serviceLimitExhausted"
    assert len(api.requests) == 1 and sleeps.waits == []


def test_the_limiter_paces_when_the_window_is_spent(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    reset = int(time.time()) + 9
    spent = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
    api.route("GET", "/me", Reply(200, ME, spent))
    pm = make_client()
    pm.users.get_authenticated_user()
    assert sleeps.waits == []
    pm.users.get_authenticated_user()
    (wait,) = sleeps.waits
    assert 7.5 <= wait <= 9.5
    assert pm.rate_limit.limit == 300 and pm.rate_limit.remaining == 0


def test_connection_reset_retries_a_get(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    api.route("GET", "/me", RESET, Reply(200, ME))
    assert make_client().users.get_authenticated_user().user.id == 1
    assert len(api.requests) == 2 and len(sleeps.waits) == 1


def test_connection_reset_does_not_retry_a_post(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    from postman_raw.models.create_webhook_request import CreateWebhookRequest

    api.route("POST", "/webhooks", RESET, Reply(200, {"webhook": {"id": "w"}}))
    body = CreateWebhookRequest.from_dict({"webhook": {"name": "hook", "collection": "1-c"}})
    with pytest.raises(APIConnectionError) as caught:
        make_client().webhooks.create_webhook(body=body, workspace="ws")
    assert type(caught.value) is APIConnectionError
    assert "POST /webhooks" in str(caught.value)
    assert len(api.requests) == 1 and sleeps.waits == []


def test_a_post_is_retried_after_a_reset_when_the_user_opts_in(api: FakeAPI, make_client: Any) -> None:
    from postman_raw.models.create_webhook_request import CreateWebhookRequest

    api.route("POST", "/webhooks", RESET, Reply(200, {"webhook": {"id": "w", "name": "hook"}}))
    body = CreateWebhookRequest.from_dict({"webhook": {"name": "hook", "collection": "1-c"}})
    created = make_client(retry_non_idempotent=True).webhooks.create_webhook(body=body, workspace="ws")
    assert created.webhook.id == "w" and len(api.requests) == 2


def test_a_read_timeout_raises_timeout_error(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Stall(1.0, Reply(200, ME)))
    with pytest.raises(APITimeoutError, match="GET /me: ReadTimeout"):
        make_client(timeout=0.2, max_retries=0).users.get_authenticated_user()


def test_a_refused_connection_raises_connection_error(make_client: Any, sleeps: Any) -> None:
    with pytest.raises(APIConnectionError, match="ConnectError"):
        make_client(base_url="http://127.0.0.1:9", max_retries=1).users.get_authenticated_user()
    assert len(sleeps.waits) == 1  # a connect failure never reached the server, so it is retried


def test_a_same_host_redirect_is_followed(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(301, None, {"Location": "/v2/me"}))
    api.route("GET", "/v2/me", Reply(200, ME))
    assert make_client().users.get_authenticated_user().user.id == 1
    assert [seen.path for seen in api.requests] == ["/me", "/v2/me"]
    assert api.requests[1].headers["x-api-key"]


def test_a_redirect_to_another_host_is_refused_and_the_key_stays(api: FakeAPI, make_client: Any) -> None:
    with FakeAPI() as elsewhere:
        target = elsewhere.url.replace("127.0.0.1", "localhost") + "/steal"
        api.route("GET", "/me", Reply(302, None, {"Location": target}))
        with pytest.raises(UnsafeRedirectError) as caught:
            make_client().users.get_authenticated_user()
        assert elsewhere.requests == []
    assert caught.value.location == target
    assert "was not followed" in str(caught.value)


def test_a_redirect_to_plain_http_is_refused(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(301, None, {"Location": "http://api.getpostman.com/me"}))
    with pytest.raises(UnsafeRedirectError):
        make_client().users.get_authenticated_user()
    assert len(api.requests) == 1


def test_a_large_body_leaves_the_garbage_collector_alone(
    api: FakeAPI, make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector is process-wide: a call must not switch it off under the program's other threads."""
    import gc

    switched: list[str] = []
    monkeypatch.setattr(gc, "disable", lambda: switched.append("disable"))
    monkeypatch.setattr(gc, "freeze", lambda: switched.append("freeze"))
    uid = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
    item = {"name": "r", "request": {"method": "GET", "url": "https://example.com/" + "x" * 200}}
    count = (2 << 20) // 200
    body = {"collection": {"info": {"name": "big", "schema": "s"}, "item": [item] * count}}
    api.route("GET", f"/collections/{uid}", Reply(200, body), Reply(200, '{"collection": {"info": {"na' + "x" * 2**21))
    pm = make_client()
    assert len(pm.collections.get_collection(uid).collection.item) == count
    with pytest.raises(ResponseDecodeError):
        pm.collections.get_collection(uid)
    assert switched == [] and gc.isenabled()


def test_a_response_header_that_is_not_ascii_is_kept(api: FakeAPI, make_client: Any) -> None:
    """HTTP header bytes are not always ASCII (a UTF-8 file name, say); they reach the response intact."""
    raw_utf8 = "café.json".encode().decode("latin-1")  # how http.server puts those bytes on the wire
    api.route("GET", "/me", Reply(200, ME, headers={"Content-Disposition": f'attachment; filename="{raw_utf8}"'}))
    pm = make_client()
    pm.users.get_authenticated_user()
    assert pm.last_response is not None
    assert pm.last_response.headers["content-disposition"] == 'attachment; filename="café.json"'


@SYNC_ONLY  # urllib3's pools; the async client has no such cache
def test_the_transport_recovers_a_connection_pool_urllib3_closed(api: FakeAPI, make_client: Any) -> None:
    """The transport calls the origin's pool directly; urllib3 may close it (it keeps ten pools)."""
    from postman_ext import Urllib3Transport

    api.route("GET", "/me", Reply(200, ME), Reply(200, ME))
    pm = make_client()
    pm.users.get_authenticated_user()
    transport = pm._transport._inner
    assert isinstance(transport, Urllib3Transport)
    (pool,) = transport._pools.values()
    transport._direct.clear()  # what urllib3 does to the least recently used pool past ten origins:
    pool.close()  # drop it (every 2.x) and close it (some versions)
    assert pm.users.get_authenticated_user().user.id == 1
    assert len(api.requests) == 2 and transport._pools[("http", "127.0.0.1", api.server.server_address[1])] is not pool


@SYNC_ONLY
def test_close_closes_the_connections(api: FakeAPI, make_client: Any) -> None:
    from postman_ext import Urllib3Transport

    api.route("GET", "/me", Reply(200, ME))
    pm = make_client()
    pm.users.get_authenticated_user()
    transport = pm._transport._inner
    assert isinstance(transport, Urllib3Transport)
    (pool,) = transport._pools.values()
    assert pool.num_connections == 1
    pm.close()
    assert pool.pool is None and transport._pools == {}  # closed, its sockets with it


# --- the call's deadline -------------------------------------------------------------------------

SLOW_ME = {"user": {"id": 1, "username": "u" * 200}}  # 240 bytes: 12 s at 1 byte every 0.05 s


def test_a_trickling_body_ends_at_the_default_deadline(api: FakeAPI, make_client: Any) -> None:
    """``timeout`` bounds each read; the deadline (twice ``timeout`` by default) bounds the call, retries too."""
    api.route("GET", "/me", Trickle(Reply(200, SLOW_ME), size=1, interval=0.05))
    pm = make_client(timeout=0.5)
    assert pm.config.deadline == 1.0
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match=r"GET /me: ReadTimeout: the call's deadline of 1 s passed"):
        pm.users.get_authenticated_user()
    assert time.monotonic() - started < 5
    assert len(api.requests) == 1  # no retry once the deadline has passed


def test_trickling_headers_end_at_the_deadline(api: FakeAPI, make_client: Any) -> None:
    """Not a byte of body yet: the status line and headers themselves come a byte at a time."""
    api.route("GET", "/me", Trickle(Reply(200, ME, {"X-Padding": "p" * 200}), size=1, interval=0.05, headers_too=True))
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match="the call's deadline of 1 s passed"):
        make_client(timeout=0.5).users.get_authenticated_user()
    assert time.monotonic() - started < 5
    assert len(api.requests) == 1


def test_a_deadline_can_be_set(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Trickle(Reply(200, SLOW_ME), size=1, interval=0.05))
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match=r"deadline of 0\.5 s"):
        make_client(timeout=30, deadline=0.5, max_retries=0).users.get_authenticated_user()
    assert time.monotonic() - started < 5


def test_a_body_that_arrives_within_the_deadline_is_read(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Trickle(Reply(200, ME), size=8, interval=0.01))
    assert make_client(timeout=5).users.get_authenticated_user().user.username == "u"


@pytest.mark.parametrize("deadline", [0, -1, float("inf"), float("nan")])
def test_a_deadline_that_is_not_a_positive_number_is_refused(make_client: Any, deadline: float) -> None:
    with pytest.raises(ConfigurationError, match="deadline must be a positive, finite number of seconds"):
        make_client(deadline=deadline)


# --- the size of a body --------------------------------------------------------------------------


def test_a_gzip_bomb_stops_at_max_body_size_while_decoding(api: FakeAPI, make_client: Any) -> None:
    import gzip
    import tracemalloc

    bomb = gzip.compress(b" " * (64 << 20), compresslevel=9)  # 64 KB that decode to 64 MiB
    api.route("GET", "/me", Reply(200, bomb, {"Content-Encoding": "gzip"}))
    pm = make_client(max_body_size=1 << 20)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError) as caught:
            pm.users.get_authenticated_user()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20, peak  # decoding stopped near the limit, far below the 64 MiB of the whole
    assert caught.value.limit == 1 << 20 and (caught.value.method, caught.value.path) == ("GET", "/me")
    assert "larger than max_body_size (1048576 bytes once decoded)" in str(caught.value)


def test_a_plain_body_over_the_limit_raises_whatever_its_status(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, b"x" * 5000))
    api.route("GET", "/users/9", Reply(404, b"x" * 5000))
    pm = make_client(max_body_size=4096)
    with pytest.raises(ResponseTooLargeError):
        pm.users.get_authenticated_user()
    with pytest.raises(ResponseTooLargeError):
        pm.users.get_team_user(9)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_an_encoded_body_within_the_limit_is_decoded(api: FakeAPI, make_client: Any, encoding: str) -> None:
    import gzip
    import json
    import zlib

    data = json.dumps(ME).encode()
    if encoding == "gzip":
        body = gzip.compress(data)
    elif encoding == "deflate":
        body = zlib.compress(data)
    else:
        squeezer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = squeezer.compress(data) + squeezer.flush()
    api.route("GET", "/me", Reply(200, body, {"Content-Encoding": encoding.replace("raw-", "")}))
    pm = make_client(max_body_size=len(data))
    assert pm.users.get_authenticated_user().user.username == "u"
    assert pm.last_response is not None and pm.last_response.content == data
    assert "content-encoding" not in pm.last_response.headers
    assert api.requests[0].headers["accept-encoding"] == "gzip, deflate"


def test_the_default_body_limit_is_documented(make_client: Any) -> None:
    from postman_ext.config import DEFAULT_MAX_BODY_SIZE

    assert make_client().config.max_body_size == DEFAULT_MAX_BODY_SIZE == 256 << 20
    with pytest.raises(ConfigurationError, match="max_body_size must be a positive number of bytes"):
        make_client(max_body_size=0)


# --- the same behaviour on both clients ------------------------------------------------------------


def test_the_last_response_knows_its_request(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = make_client()
    pm.users.get_authenticated_user()
    assert pm.last_response is not None
    assert (pm.last_response.request.method, pm.last_response.request.url.path) == ("GET", "/me")


def test_a_redirected_post_keeps_its_body(api: FakeAPI, make_client: Any) -> None:
    from postman_raw.models.create_webhook_request import CreateWebhookRequest

    api.route("POST", "/webhooks", Reply(307, None, {"Location": "/v2/webhooks"}))
    api.route("POST", "/v2/webhooks", Reply(200, {"webhook": {"id": "w", "name": "hook"}}))
    body = CreateWebhookRequest.from_dict({"webhook": {"name": "hook", "collection": "1-c"}})
    assert make_client().webhooks.create_webhook(body=body, workspace="ws").webhook.id == "w"
    assert api.requests[0].body == api.requests[1].body != b""


@pytest.mark.parametrize("client_class", ["Postman", "AsyncPostman"])
def test_verify_false_is_one_configuration_error(client_class: str) -> None:
    import postman_ext
    from postman_ext import Urllib3Transport

    cls = getattr(postman_ext, client_class)
    with pytest.raises(ConfigurationError, match="verify=False: TLS verification cannot be turned off"):
        cls(api_key="PMAK-0123456789abcdef0123456789-abcd", verify=False, load_entry_points=False)
    with pytest.raises(ConfigurationError, match="verify=False"):
        Urllib3Transport(verify=False)


# --- proxies from the environment ------------------------------------------------------------------


@pytest.fixture
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "REQUEST_METHOD"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def test_http_proxy_from_the_environment_carries_the_request(
    api: FakeAPI, make_client: Any, no_proxy_environment: pytest.MonkeyPatch
) -> None:
    """The fake API plays a proxy on 127.0.0.1: every hop is on this machine, so plain HTTP is allowed."""
    no_proxy_environment.setenv("HTTP_PROXY", api.url)
    api.route("GET", "http://localhost:9/me", Reply(200, ME))  # the absolute form a proxy receives
    assert make_client(base_url="http://localhost:9").users.get_authenticated_user().user.id == 1
    (seen,) = api.requests
    assert seen.path == "http://localhost:9/me" and seen.headers["x-api-key"]


def test_no_proxy_sends_directly(api: FakeAPI, make_client: Any, no_proxy_environment: pytest.MonkeyPatch) -> None:
    no_proxy_environment.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    no_proxy_environment.setenv("NO_PROXY", "127.0.0.1")
    api.route("GET", "/me", Reply(200, ME))
    assert make_client(max_retries=0).users.get_authenticated_user().user.id == 1


def test_trust_env_false_ignores_the_proxy(
    api: FakeAPI, make_client: Any, no_proxy_environment: pytest.MonkeyPatch
) -> None:
    no_proxy_environment.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    api.route("GET", "/me", Reply(200, ME))
    assert make_client(max_retries=0, trust_env=False).users.get_authenticated_user().user.id == 1


def test_the_key_never_travels_in_clear_text_to_a_remote_proxy(
    api: FakeAPI, make_client: Any, no_proxy_environment: pytest.MonkeyPatch
) -> None:
    no_proxy_environment.setenv("HTTP_PROXY", "http://192.0.2.10:3128")  # TEST-NET-1: not this machine
    with pytest.raises(ConfigurationError, match=r"proxy '192\.0\.2\.10'.*unencrypted.*NO_PROXY"):
        make_client()
    no_proxy_environment.setenv("NO_PROXY", "127.0.0.1")  # every hop local again
    api.route("GET", "/me", Reply(200, ME))
    assert make_client().users.get_authenticated_user().user.id == 1
    assert len(api.requests) == 1


# --- what a closed client leaves behind ----------------------------------------------------------


def test_a_collected_client_lets_its_last_responses_go(api: FakeAPI) -> None:
    """The context keeps no client's response alive: three clients that read 2 MB each free all three."""
    import asyncio
    import gc
    import weakref

    from postman_ext import AsyncPostman, Postman
    from tests.conftest import TEST_KEY

    api.route("GET", "/me", Reply(200, {"user": {"id": 1, "username": "x" * (2 << 20)}}))
    kept: list[weakref.ref[Any]] = []
    for _ in range(3):
        pm = Postman(TEST_KEY, base_url=api.url, load_entry_points=False)
        pm.users.get_authenticated_user()
        kept.append(weakref.ref(pm.last_response))
        pm.close()
        del pm

    async def in_one_task() -> list[object]:
        async_kept = []
        for _ in range(3):
            apm = AsyncPostman(TEST_KEY, base_url=api.url, load_entry_points=False)
            await apm.users.get_authenticated_user()
            async_kept.append(weakref.ref(apm.last_response))
            await apm.aclose()
            del apm
        gc.collect()
        return [ref() for ref in async_kept]

    assert asyncio.run(in_one_task()) == [None, None, None]
    gc.collect()
    assert [ref() for ref in kept] == [None, None, None]


def test_the_last_response_is_kept_per_client_and_per_task(api: FakeAPI) -> None:
    import asyncio

    from postman_ext import AsyncPostman
    from tests.conftest import TEST_KEY

    api.route("GET", "/me", Reply(200, ME))
    api.route("GET", "/users/1", Reply(200, {"user": {"id": 1}}))

    async def main() -> tuple[str, str, str | None]:
        async with AsyncPostman(TEST_KEY, base_url=api.url, load_entry_points=False) as one:
            other = AsyncPostman(TEST_KEY, base_url=api.url, load_entry_points=False)
            await one.users.get_authenticated_user()
            await asyncio.create_task(one.users.get_team_user(1))  # another task: its own last response
            await other.users.get_team_user(1)
            assert one.last_response is not None and other.last_response is not None
            mine, theirs = one.last_response.url.path, other.last_response.url.path
            await other.aclose()
            fresh = AsyncPostman(TEST_KEY, base_url=api.url, load_entry_points=False)
            never = fresh.last_response
            await fresh.aclose()
            return mine, theirs, None if never is None else "set"

    assert asyncio.run(main()) == ("/me", "/users/1", None)


# --- errors keep the request and the response (httpx's names), the key masked ------------------

KEY_LOCATIONS = pytest.mark.parametrize("api_key_location", ["header", "query"])


def assert_masked(request: Any) -> None:
    from tests.conftest import TEST_KEY

    assert request is not None
    assert TEST_KEY not in str(request.url) and TEST_KEY not in repr(request.headers.raw)


@KEY_LOCATIONS
def test_an_error_status_keeps_the_request_and_the_response(
    api: FakeAPI, make_client: Any, api_key_location: str
) -> None:
    from tests.conftest import TEST_KEY

    echo = {"error": {"name": "instanceNotFoundError", "message": f"no key {TEST_KEY} here"}}
    api.route("GET", "/me", Reply(404, echo, {"X-Echo": TEST_KEY}))
    pm = make_client(max_retries=0, api_key_location=api_key_location)
    with pytest.raises(NotFoundError) as caught:
        pm.users.get_authenticated_user()
    error = caught.value
    assert error.status_code == 404 and error.response.status_code == 404
    assert error.response is pm.last_response and error.response.request is error.request
    assert (error.request.method, error.request.url.path) == ("GET", "/me")
    assert_masked(error.request)
    assert TEST_KEY not in error.response.text and TEST_KEY not in str(error.response.headers)
    assert TEST_KEY not in error.text and TEST_KEY not in str(error.headers)


@KEY_LOCATIONS
def test_a_connection_error_keeps_the_request(api: FakeAPI, make_client: Any, api_key_location: str) -> None:
    api.route("GET", "/me", RESET)
    with pytest.raises(APIConnectionError) as caught:
        make_client(max_retries=0, api_key_location=api_key_location).users.get_authenticated_user()
    assert caught.value.request is not None and caught.value.request.url.path == "/me"
    assert_masked(caught.value.request)


def test_a_decode_error_keeps_the_request_and_the_response(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, '{"user": {"id": 1, "userna'))
    pm = make_client()
    with pytest.raises(ResponseDecodeError) as caught:
        pm.users.get_authenticated_user()
    error = caught.value
    assert error.status_code == 200 and error.response is pm.last_response
    assert error.response.text == error.text and error.request is error.response.request
    assert_masked(error.request)


def test_a_redirect_not_followed_keeps_the_request_and_the_response(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(301, None, {"Location": "http://api.getpostman.com/me"}))
    with pytest.raises(UnsafeRedirectError) as caught:
        make_client().users.get_authenticated_user()
    error = caught.value
    assert error.status_code == 301 and error.response.headers["location"] == "http://api.getpostman.com/me"
    assert error.request.url.path == "/me"
    assert_masked(error.request)


def test_a_request_the_limiter_would_hold_too_long_has_no_response(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    spent = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(sleeps.now) + 120)}
    api.route("GET", "/me", Reply(200, ME, spent))
    pm = make_client(max_retry_wait=60)
    pm.users.get_authenticated_user()
    with pytest.raises(RateLimitError) as caught:
        pm.users.get_authenticated_user()
    error = caught.value
    assert len(api.requests) == 1  # not sent
    assert error.status_code == 429 and error.response is None and error.request.url.path == "/me"
    assert_masked(error.request)
