"""Pure rules, without HTTP: rate-limit headers, the in-process limiter, backoff, uids, error bodies."""

from __future__ import annotations

import random
from email.utils import formatdate

import httpx
import pytest

from postman_ext.errors import error_for_status, error_name_and_message
from postman_ext.ratelimit import InProcessRateLimiter, parse_rate_limit, retry_after_seconds
from postman_ext.retry import BACKOFF_CAP, BACKOFF_FLOOR, backoff_delay, default_retry_delay
from postman_ext.uid import compose_uid, is_uid, parse_uid, resource_ref

NOW = 1_700_000_000.0
UID = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"


# --- rate-limit headers ---------------------------------------------------------------------


def test_classic_headers() -> None:
    state = parse_rate_limit(
        {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "12", "X-RateLimit-Reset": str(int(NOW) + 40)}, NOW
    )
    assert (state.limit, state.remaining, state.reset_at) == (300, 12, NOW + 40)


def test_ietf_combined_header_and_policy() -> None:
    state = parse_rate_limit({"RateLimit": "limit=10, remaining=3, reset=8", "RateLimit-Policy": "10;w=10"}, NOW)
    assert (state.limit, state.remaining, state.reset_at, state.window) == (10, 3, NOW + 8, 10.0)


def test_ietf_structured_field_form() -> None:
    state = parse_rate_limit({"RateLimit": '"default";r=0;t=5', "RateLimit-Policy": '"default";q=300;w=60'}, NOW)
    assert (state.limit, state.remaining, state.reset_at, state.window) == (300, 0, NOW + 5, 60.0)


def test_monthly_headers() -> None:
    state = parse_rate_limit({"X-RateLimit-Limit-Month": "10000", "RateLimit-Remaining-Month": "0"}, NOW)
    assert (state.monthly_limit, state.monthly_remaining) == (10000, 0)


@pytest.mark.parametrize("name", ["X-RateLimit-RetryAfter", "RetryAfter", "Retry-After", "retry-after"])
def test_retry_after_forms(name: str) -> None:
    assert retry_after_seconds({name: "17"}, NOW) == 17
    assert parse_rate_limit({name: "17"}, NOW).retry_at == NOW + 17


def test_retry_after_as_an_http_date() -> None:
    assert retry_after_seconds({"Retry-After": formatdate(NOW + 30, usegmt=True)}, NOW) == pytest.approx(30, abs=1)


def test_garbage_headers_are_ignored() -> None:
    state = parse_rate_limit({"X-RateLimit-Limit": "lots", "Retry-After": "soon", "RateLimit": "nonsense"}, NOW)
    assert state.is_empty


# --- the in-process limiter -----------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def test_limiter_counts_down_then_waits_for_the_reset() -> None:
    clock = Clock()
    limiter = InProcessRateLimiter(clock)
    assert limiter.acquire("k") == 0  # nothing known yet
    limiter.update(
        "k", {"X-RateLimit-Limit": "3", "X-RateLimit-Remaining": "2", "X-RateLimit-Reset": str(NOW + 10)}, 200
    )
    assert [limiter.acquire("k") for _ in range(3)] == [0, 0, 10]
    clock.now += 10
    assert limiter.acquire("k") == 0  # the window rolled over


def test_limiter_honours_a_429_pause_and_keys_are_separate() -> None:
    clock = Clock()
    limiter = InProcessRateLimiter(clock)
    limiter.update("a", {"Retry-After": "6"}, 429)
    assert limiter.acquire("a") == 6
    assert limiter.acquire("b") == 0


def test_limiter_uses_the_policy_window_without_a_reset() -> None:
    clock = Clock()
    limiter = InProcessRateLimiter(clock)
    limiter.update("k", {"RateLimit-Policy": "10;w=10", "RateLimit-Remaining": "0"}, 200)
    assert limiter.acquire("k") == 10


def test_limiter_state_keeps_every_field_reported_before_and_takes_every_new_one() -> None:
    limiter = InProcessRateLimiter(Clock())
    limiter.update("k", {"X-RateLimit-Limit": "300", "X-RateLimit-Limit-Month": "1000", "Retry-After": "5"}, 429)
    limiter.update("k", {"X-RateLimit-Remaining": "7", "RateLimit-Policy": "300;w=60"}, 200)
    state = limiter.state("k")
    assert (state.limit, state.monthly_limit, state.retry_at) == (300, 1000, NOW + 5)  # kept
    assert (state.remaining, state.window) == (7, 60)  # added
    every_field = {
        "X-RateLimit-Limit": "10",
        "X-RateLimit-Remaining": "9",
        "X-RateLimit-Reset": "30",
        "RateLimit-Policy": "10;w=30",
        "Retry-After": "2",
        "X-RateLimit-Limit-Month": "99",
        "X-RateLimit-Remaining-Month": "98",
    }
    limiter.update("k", every_field, 200)
    limiter.update("k", {"X-RateLimit-Remaining": "8"}, 200)
    state = limiter.state("k")
    assert state == parse_rate_limit({**every_field, "X-RateLimit-Remaining": "8"}, NOW)
    assert None not in vars(state).values()


# --- backoff and the retry rules ------------------------------------------------------------


def test_backoff_grows_has_a_floor_and_a_cap() -> None:
    rng = random.Random(7)
    delays = [[backoff_delay(attempt, rng) for attempt in (1, 2, 3, 4, 9)] for _ in range(200)]
    for first, second, third, fourth, ninth in delays:
        assert BACKOFF_FLOOR <= first <= 1.0
        assert 1.0 <= second <= 2.0 and 2.0 <= third <= 4.0 and 4.0 <= fourth <= 8.0
        assert BACKOFF_CAP / 2 <= ninth <= BACKOFF_CAP
    assert len({row[0] for row in delays}) > 100  # jittered, not fixed


def decide(method: str, error: Exception | None = None, status: int | None = None, **kw: object) -> float | None:
    request = httpx.Request(method, "https://api.getpostman.com/x")
    response = httpx.Response(status, request=request, **kw) if status else None  # type: ignore[arg-type]
    return default_retry_delay(
        request, response, error, 1, max_retry_wait=60, retry_non_idempotent=False, now=NOW, rng=random.Random(1)
    )


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "PUT", "DELETE"])
def test_a_failed_connect_is_always_retried(method: str) -> None:
    assert decide(method, httpx.ConnectError("refused")) is not None


@pytest.mark.parametrize(
    ("method", "error", "retried"),
    [
        ("GET", httpx.ReadTimeout("slow"), True),
        ("DELETE", httpx.RemoteProtocolError("reset"), True),
        ("PUT", httpx.RemoteProtocolError("reset"), True),
        ("PUT", httpx.ReadTimeout("slow"), False),
        ("POST", httpx.RemoteProtocolError("reset"), False),
        ("PATCH", httpx.ReadTimeout("slow"), False),
    ],
)
def test_a_sent_request_is_retried_only_when_repeating_is_harmless(
    method: str, error: Exception, retried: bool
) -> None:
    assert (decide(method, error) is not None) is retried


def test_statuses_that_are_and_are_not_retried() -> None:
    assert decide("GET", status=503) is not None
    assert decide("POST", status=502) is not None
    assert decide("GET", status=500) is None
    assert decide("GET", status=404) is None
    assert decide("GET", status=429, json={"error": "serviceLimitExhausted"}) is None
    assert decide("GET", status=429, json={"error": "rateLimited"}, headers={"Retry-After": "3"}) == 3
    assert decide("GET", status=429, headers={"Retry-After": "61"}) is None
    assert decide("GET", status=503, headers={"Retry-After": "20"}) == 20


# --- uids ------------------------------------------------------------------------------------


def test_uid_parse_and_compose() -> None:
    assert parse_uid(UID) == ("12345678", "0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f")
    assert compose_uid(12345678, "0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f") == UID
    assert is_uid(UID) and not is_uid("0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f")


@pytest.mark.parametrize(
    "bad", ["", "12345678", "abc-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f", "12345678-not-a-uuid", UID + "x"]
)
def test_a_malformed_uid_is_named_in_the_error(bad: str) -> None:
    with pytest.raises(ValueError, match=f"{bad!r} is not a Postman uid"):
        parse_uid(bad)


def test_compose_refuses_bad_parts() -> None:
    with pytest.raises(ValueError, match="numeric user id"):
        compose_uid("me", "x")
    with pytest.raises(ValueError, match="already a uid"):
        compose_uid("1", UID)


def test_resource_ref_takes_strings_ints_and_models() -> None:
    class Model:
        id = "abc"
        uid = "1-abc"

    assert resource_ref(" abc ") == "abc" and resource_ref(7) == "7"
    assert resource_ref(Model()) == "1-abc" and resource_ref(Model(), prefer="id") == "abc"
    assert resource_ref({"id": "from-dict"}) == "from-dict"
    with pytest.raises(TypeError, match="pass an id, a uid, or an object"):
        resource_ref(object())


# --- error bodies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": {"name": "forbiddenError", "message": "No"}}, ("forbiddenError", "No")),
        ({"error": "rateLimited", "message": "Slow"}, ("rateLimited", "Slow")),
        ({"type": "about:blank", "title": "Bad", "detail": "Missing x"}, ("about:blank", "Missing x")),
        ({"name": "flat", "message": "form"}, ("flat", "form")),
        ({"detail": ["a", "b"]}, (None, '["a", "b"]')),
        ("<html>", (None, None)),
        (None, (None, None)),
    ],
)
def test_error_name_and_message_from_every_shape(body: object, expected: tuple[str | None, str | None]) -> None:
    assert error_name_and_message(body) == expected


def test_an_empty_error_body_is_described() -> None:
    error = error_for_status(status=500, headers={}, text="", method="GET", path="/x")
    assert str(error) == "GET /x: HTTP 500: empty body"


def test_slots_reserved_after_a_roll_over_wait_for_the_next_window_to_open() -> None:
    """Concurrent callers: once one rolls the count into the next window, the next slots wait too."""
    clock = Clock()
    limiter = InProcessRateLimiter(clock)
    policy = {"RateLimit-Policy": "3;w=10", "X-RateLimit-Limit": "3", "X-RateLimit-Reset": str(NOW + 10)}
    limiter.update("k", {**policy, "X-RateLimit-Remaining": "0"}, 200)
    assert [limiter.acquire("k") for _ in range(7)] == [10, 10, 10, 20, 20, 20, 30]


def test_a_late_answer_from_an_earlier_window_does_not_raise_the_count() -> None:
    clock = Clock()
    limiter = InProcessRateLimiter(clock)
    window = {"X-RateLimit-Limit": "3", "RateLimit-Policy": "3;w=10"}
    limiter.update("k", {**window, "X-RateLimit-Remaining": "3", "X-RateLimit-Reset": str(NOW + 10)}, 200)
    assert [limiter.acquire("k") for _ in range(3)] == [0, 0, 0]  # three requests in flight
    limiter.update("k", {**window, "X-RateLimit-Remaining": "2", "X-RateLimit-Reset": str(NOW + 10)}, 200)
    assert limiter.acquire("k") == 10  # the answer to the first does not free the slots of the other two
    clock.now += 10  # the next window: its first slot went to the call above
    limiter.update("k", {**window, "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(NOW + 10)}, 200)
    assert [limiter.acquire("k") for _ in range(2)] == [0, 0]  # an earlier window's late answer is ignored
    assert limiter.acquire("k") == 10
