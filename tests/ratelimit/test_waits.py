"""Every wait the server gives is validated, and none longer than max_retry_wait is slept (issue 12, item 2).

Both clients against a server on 127.0.0.1; the in-process limiter and the Redis one (a real
redis-server on 127.0.0.1). Sleeps are recorded on an injected clock, except in the tests that
check, with real time, that a call returns within a few seconds.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from email.utils import formatdate
from typing import Any

import pytest
import redis

from postman_ext import QuotaExceededError, RateLimitError, ServerError, hookimpl
from postman_ext.config import key_hash
from postman_ext.contrib.redis_limiter import RedisRateLimiter, RedisRateLimiterPlugin
from postman_ext.ratelimit import InProcessRateLimiter, RateLimiter, parse_rate_limit
from tests.both_clients import Clients, clients_fixture
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply
from tests.redis_server import RedisServer

clients = clients_fixture

ME = {"user": {"id": 1, "username": "u"}}
RATE_LIMITED = {"error": {"name": "rateLimited", "message": "Too many requests"}}
QUOTA = {"error": {"name": "serviceLimitExhausted", "message": "Monthly limit reached"}}
MAX_WAIT = 30.0
TEN_YEARS = 10 * 365 * 86_400
HASH = key_hash(TEST_KEY)


def long_waits() -> dict[str, Callable[[float], dict[str, str]]]:
    """Headers of a 429 asking for a wait far beyond MAX_WAIT, by the form they take."""
    return {
        "Retry-After 1e9 s": lambda now: {"Retry-After": "1000000000"},
        "Retry-After past float range": lambda now: {"Retry-After": "1" + "0" * 400},
        "Retry-After date in ten years": lambda now: {"Retry-After": formatdate(now + TEN_YEARS, usegmt=True)},
        "X-RateLimit-Reset in ten years": lambda now: {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(int(now + TEN_YEARS)),
        },
        "RateLimit reset of 1e30 s": lambda now: {"RateLimit": "limit=300, remaining=0, reset=" + "9" * 30},
    }


@pytest.mark.parametrize("form", sorted(long_waits()))
def test_a_429_longer_than_max_retry_wait_raises_at_once_and_holds_back_nothing(
    api: FakeAPI, clients: Clients, sleeps: Any, form: str
) -> None:
    headers = long_waits()[form](sleeps.now)
    api.route("GET", "/me", Reply(429, RATE_LIMITED, headers), Reply(200, ME))
    pm = clients.make(max_retry_wait=MAX_WAIT)
    with pytest.raises(RateLimitError) as caught:
        clients.run(pm.users.get_authenticated_user())
    assert caught.value.retry_after is not None and caught.value.retry_after > MAX_WAIT
    assert sleeps.waits == []  # never slept, not even part of it
    # The next call, to any endpoint, is not held back by the pause nobody waited for.
    assert clients.run(pm.users.get_authenticated_user()).user.id == 1
    assert sleeps.waits == [] and len(api.requests) == 2


def test_a_monthly_quota_429_of_days_holds_back_nothing(api: FakeAPI, clients: Clients, sleeps: Any) -> None:
    three_days = 3 * 86_400
    api.route("GET", "/me", Reply(429, QUOTA, {"Retry-After": str(three_days)}), Reply(200, ME))
    pm = clients.make(max_retry_wait=MAX_WAIT)
    with pytest.raises(QuotaExceededError) as caught:
        clients.run(pm.users.get_authenticated_user())
    assert caught.value.retry_after == pytest.approx(three_days)
    assert clients.run(pm.users.get_authenticated_user()).user.id == 1
    assert sleeps.waits == [] and len(api.requests) == 2


@pytest.mark.parametrize("value", ["1e400", "nan", "NaN", "inf", "-5", "-1e400", "0x10", ""])
def test_a_retry_after_that_is_not_a_wait_is_ignored(api: FakeAPI, clients: Clients, sleeps: Any, value: str) -> None:
    api.route("GET", "/me", Reply(429, RATE_LIMITED, {"Retry-After": value}), Reply(200, ME))
    pm = clients.make(max_retry_wait=MAX_WAIT)
    assert clients.run(pm.users.get_authenticated_user()).user.id == 1
    assert len(sleeps.waits) == 1 and 0 <= sleeps.waits[0] <= MAX_WAIT  # a backoff, or no wait for -5


def test_a_window_reset_in_ten_years_on_a_success_holds_back_nothing(
    api: FakeAPI, clients: Clients, sleeps: Any
) -> None:
    spent = {
        "X-RateLimit-Limit": "300",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": str(int(sleeps.now + TEN_YEARS)),
    }
    api.route("GET", "/me", Reply(200, ME, spent), Reply(200, ME))
    pm = clients.make(max_retry_wait=MAX_WAIT)
    for _ in range(3):
        assert clients.run(pm.users.get_authenticated_user()).user.id == 1
    assert sleeps.waits == [] and len(api.requests) == 3


class FixedWaitLimiter(RateLimiter):
    """A third-party limiter that asks for one wait before every request."""

    def __init__(self, wait: float) -> None:
        self.wait = wait

    def acquire(self, key_hash: str) -> float:
        return self.wait

    def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        pass


class LimiterPlugin:
    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter

    @hookimpl
    def postman_rate_limiter(self, config: Any) -> RateLimiter:
        return self.limiter


@pytest.mark.parametrize("wait", [MAX_WAIT + 0.5, 1e9, math.inf, math.nan])
def test_a_limiter_wait_beyond_max_retry_wait_raises_without_sending(
    api: FakeAPI, clients: Clients, sleeps: Any, wait: float
) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = clients.make(max_retry_wait=MAX_WAIT, plugins=[LimiterPlugin(FixedWaitLimiter(wait))])
    with pytest.raises(RateLimitError, match="not sent: the rate limit holds requests for") as caught:
        clients.run(pm.users.get_authenticated_user())
    assert "max_retry_wait (30 s)" in str(caught.value) and "GET /me" in str(caught.value)
    if math.isnan(wait):
        assert caught.value.retry_after is None
    else:
        assert caught.value.retry_after == wait
    assert sleeps.waits == [] and api.requests == []


def test_a_limiter_wait_within_max_retry_wait_is_slept(api: FakeAPI, clients: Clients, sleeps: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = clients.make(max_retry_wait=MAX_WAIT, plugins=[LimiterPlugin(FixedWaitLimiter(MAX_WAIT))])
    clients.run(pm.users.get_authenticated_user())
    assert sleeps.waits == [MAX_WAIT]


class EndlessRetryDelay:
    @hookimpl
    def postman_retry_delay(self, request: Any, response: Any, error: Any, attempt: int, config: Any) -> float:
        return math.inf


def test_an_endless_retry_delay_from_a_plugin_stops_retrying(api: FakeAPI, clients: Clients, sleeps: Any) -> None:
    api.route("GET", "/me", Reply(503, {"error": {"name": "busy", "message": "busy"}}), Reply(200, ME))
    pm = clients.make(plugins=[EndlessRetryDelay()])
    with pytest.raises(ServerError):
        clients.run(pm.users.get_authenticated_user())
    assert sleeps.waits == [] and len(api.requests) == 1


def within(seconds: float, clients: Clients, make_call: Callable[[], Any]) -> Any:
    """The call's result, failing the test if it takes longer than ``seconds`` (real time)."""
    if clients.kind == "async":
        return clients.run(asyncio.wait_for(make_call(), seconds))
    outcome: list[Any] = []

    def target() -> None:
        try:
            outcome.append(make_call())
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, f"the call did not return within {seconds} s"
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


@pytest.mark.parametrize("retry_after", ["1000000000", "1" + "0" * 400])
def test_with_real_sleeps_the_call_after_a_huge_retry_after_returns(
    api: FakeAPI, clients: Clients, retry_after: str
) -> None:
    api.route("GET", "/me", Reply(429, RATE_LIMITED, {"Retry-After": retry_after}), Reply(200, ME))
    pm = clients.make(real_time=True, max_retry_wait=5.0)
    started = time.monotonic()
    with pytest.raises(RateLimitError):
        within(5.0, clients, pm.users.get_authenticated_user)
    assert within(5.0, clients, pm.users.get_authenticated_user).user.id == 1
    assert time.monotonic() - started < 10.0


# --- the limiters on their own ------------------------------------------------------------------


def test_the_in_process_limiter_keeps_no_pause_beyond_max_pause() -> None:
    now = [1_000_000_000.0]
    limiter = InProcessRateLimiter(clock=lambda: now[0], max_pause=MAX_WAIT)
    limiter.update(HASH, {"Retry-After": "1000000000"}, 429)
    assert limiter.acquire(HASH) == 0.0
    limiter.update(HASH, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(now[0] + TEN_YEARS)}, 429)
    assert limiter.acquire(HASH) == 0.0
    limiter.update(HASH, {"Retry-After": "20"}, 429)  # within max_pause: kept, as before
    assert limiter.acquire(HASH) == pytest.approx(20.0)
    assert limiter.state(HASH).retry_at == pytest.approx(now[0] + 20)  # what the server said stays readable


def test_the_in_process_limiter_never_returns_an_endless_wait_from_a_huge_number() -> None:
    limiter = InProcessRateLimiter(clock=lambda: 1_000_000_000.0, max_pause=MAX_WAIT)
    limiter.update(HASH, {"X-RateLimit-Limit": "1" + "0" * 400, "X-RateLimit-Remaining": "1" + "0" * 400}, 200)
    assert math.isfinite(limiter.acquire(HASH))
    state = parse_rate_limit({"Retry-After": "1" + "0" * 400, "X-RateLimit-Limit": "9" * 400}, now=0.0)
    assert state.retry_at == math.inf and state.limit is None  # a wait without end; a limit that is no number


# --- the Redis limiter ------------------------------------------------------------------------------


@pytest.mark.parametrize("form", sorted(long_waits()))
def test_the_redis_limiter_stores_no_pause_beyond_max_retry_wait(
    api: FakeAPI, clients: Clients, sleeps: Any, redis_server: RedisServer, store: redis.Redis, form: str
) -> None:
    headers = long_waits()[form](sleeps.now)
    api.route("GET", "/me", Reply(429, RATE_LIMITED, headers), Reply(200, ME))
    plugins = [RedisRateLimiterPlugin(redis_server.url)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Redis cannot be reached" would mean a script failed on the value
        pm = clients.make(max_retry_wait=MAX_WAIT, plugins=plugins)
        with pytest.raises(RateLimitError):
            clients.run(pm.users.get_authenticated_user())
        assert [key for key in store.keys("*") if key.endswith(":pause")] == []
        # Another client (another process, for Redis) on the same key is not held back.
        other = clients.make(max_retry_wait=MAX_WAIT, plugins=plugins)
        assert clients.run(other.users.get_authenticated_user()).user.id == 1
        # Redis answered every script (a failed one makes the limiter pace in process, and warns only once).
        assert pm._pipeline.limiter.shared and other._pipeline.limiter.shared
    assert sleeps.waits == []


def test_the_redis_limiter_still_shares_a_short_pause(
    api: FakeAPI, sleeps: Any, redis_server: RedisServer, store: redis.Redis
) -> None:
    limiters = [RedisRateLimiter(redis_server.url, clock=sleeps.clock, max_pause=MAX_WAIT) for _ in range(2)]
    limiters[0].update(HASH, {"Retry-After": "20"}, 429)
    assert limiters[1].acquire(HASH) == pytest.approx(20.0)


def test_the_redis_limiter_learns_no_window_from_a_reset_in_ten_years(
    sleeps: Any, redis_server: RedisServer, store: redis.Redis
) -> None:
    limiter = RedisRateLimiter(redis_server.url, clock=sleeps.clock, max_pause=MAX_WAIT)
    reset = str(int(sleeps.now + TEN_YEARS))
    limiter.update(HASH, {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}, 200)
    assert [limiter.acquire(HASH) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert all(store.hget(key, "window") is None for key in store.keys("*:cfg"))
