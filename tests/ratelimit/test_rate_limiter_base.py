"""One rate-limiter base class: its defaults, the in-process limiter's endpoint windows, old limiters.

The Redis limiter's async side, which must not block an event loop, is tested in
tests/ratelimit/test_redis_limiter.py against a real redis-server.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Mapping
from typing import Any

import pytest

from postman_ext import ConfigurationError, RateLimiter, RateLimitState, hookimpl
from postman_ext.config import ClientConfig, key_hash
from postman_ext.ratelimit import InProcessRateLimiter
from tests.both_clients import Clients, clients_fixture
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply

clients = clients_fixture
HASH = key_hash(TEST_KEY)
ME = {"user": {"id": 1, "username": "u"}}


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


class Provider:
    def __init__(self, limiter: object) -> None:
        self.limiter = limiter

    @hookimpl
    def postman_rate_limiter(self, config: ClientConfig) -> Any:
        return self.limiter


# --- the in-process limiter applies the documented per-endpoint limits --------------------------


def test_the_in_process_limiter_holds_get_collections_to_its_own_limit(
    api: FakeAPI, clients: Clients, sleeps: Any
) -> None:
    """Postman allows 10 GET /collections in 10 s; the built-in limiter, with no header telling it, holds the 11th."""
    api.route("GET", "/v1/collections", Reply(200, {"collections": []}))
    api.route("GET", "/v1/me", Reply(200, ME))
    pm = clients.make(base_url=api.url + "/v1")
    for _ in range(10):
        clients.run(pm.collections.get_collections())
    clients.run(pm.users.get_authenticated_user())  # another endpoint: not held by that window
    assert sleeps.waits == []
    clients.run(pm.collections.get_collections())
    assert sleeps.waits == [pytest.approx(10.0)]
    assert len(api.requests) == 12


def test_in_process_endpoint_windows_start_from_the_documented_figures_and_follow_the_server() -> None:
    clock = Clock()
    limiter = InProcessRateLimiter(clock=clock)
    assert [limiter.acquire_endpoint(HASH, "GET", "/collections") for _ in range(11)] == [0.0] * 10 + [10.0]
    assert limiter.acquire_endpoint(HASH, "GET", "/me") == 0.0
    assert limiter.acquire_endpoint(HASH, "GET", "/workspaces") == 0.0  # another endpoint, another window
    assert limiter.acquire_endpoint(key_hash("PMAK-another-key-000000000000-zzzz"), "GET", "/collections") == 0.0
    # What the server says for the endpoint replaces the documented figures.
    limiter.update_endpoint(HASH, "GET", "/workspaces", {"RateLimit-Policy": "2;w=20", "RateLimit-Remaining": "1"}, 200)
    assert [limiter.acquire_endpoint(HASH, "GET", "/workspaces") for _ in range(2)] == [0.0, 20.0]
    clock.now += 10  # the first ten GET /collections slots leave their window
    assert limiter.acquire_endpoint(HASH, "GET", "/collections") == 0.0


def test_in_process_endpoint_requests_also_count_in_the_per_user_window() -> None:
    limiter = InProcessRateLimiter(clock=Clock())
    # Headers whose limit is above the endpoint's can only describe the per-user window.
    per_user = {"X-RateLimit-Limit": "12", "X-RateLimit-Remaining": "3", "RateLimit-Policy": "12;w=60"}
    limiter.update_endpoint(HASH, "GET", "/collections", per_user, 200)
    assert [limiter.acquire_endpoint(HASH, "GET", "/collections") for _ in range(3)] == [0.0] * 3
    assert limiter.acquire(HASH) == 60.0
    assert limiter.state(HASH).limit == 12


def test_an_endpoint_429_pauses_that_endpoint_only() -> None:
    clock = Clock()
    limiter = InProcessRateLimiter(clock=clock)
    limiter.update_endpoint(HASH, "GET", "/collections", {"Retry-After": "7"}, 429)
    assert limiter.acquire_endpoint(HASH, "GET", "/collections") == 7.0
    assert limiter.acquire_endpoint(HASH, "GET", "/me") == 0.0
    assert limiter.state(HASH).retry_at == clock.now + 7


def test_the_server_counting_requests_made_elsewhere_holds_the_endpoint_until_its_reset() -> None:
    clock = Clock()
    limiter = InProcessRateLimiter(clock=clock)
    reset = {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "2", "X-RateLimit-Reset": str(int(clock.now) + 4)}
    limiter.update_endpoint(HASH, "GET", "/collections", reset, 200)
    waits = [limiter.acquire_endpoint(HASH, "GET", "/collections") for _ in range(3)]
    assert waits == [0.0, 0.0, 4.0]


def test_a_pause_beyond_max_pause_is_not_kept_for_an_endpoint() -> None:
    limiter = InProcessRateLimiter(clock=Clock(), max_pause=30.0)
    limiter.update_endpoint(HASH, "GET", "/collections", {"Retry-After": "315360000"}, 429)
    assert limiter.acquire_endpoint(HASH, "GET", "/collections") == 0.0


# --- the base class and its defaults ------------------------------------------------------------


class CountingLimiter(RateLimiter):
    """The least a limiter implements: the two abstract methods."""

    def __init__(self) -> None:
        self.acquired: list[str] = []
        self.statuses: list[int] = []

    def acquire(self, key_hash: str) -> float:
        self.acquired.append(key_hash)
        return 0.5

    def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        self.statuses.append(status)


def test_a_subclass_with_only_the_abstract_methods_paces_both_clients(
    api: FakeAPI, clients: Clients, sleeps: Any
) -> None:
    api.route("GET", "/me", Reply(200, ME))
    limiter = CountingLimiter()
    pm = clients.make(plugins=[Provider(limiter)])
    clients.run(pm.users.get_authenticated_user())
    assert sleeps.waits == [0.5] and limiter.acquired == [HASH] and limiter.statuses == [200]
    assert pm.rate_limit == RateLimitState()  # the default state(): nothing kept


def test_the_async_defaults_run_the_sync_methods() -> None:
    limiter = CountingLimiter()

    async def main() -> list[float]:
        waits = [await limiter.aacquire("k"), await limiter.aacquire_endpoint("k", "GET", "/collections")]
        await limiter.aupdate("k", {}, 201)
        await limiter.aupdate_endpoint("k", "GET", "/collections", {}, 429)
        return waits

    assert asyncio.run(main()) == [0.5, 0.5]
    assert limiter.acquired == ["k", "k"] and limiter.statuses == [201, 429]


def test_the_base_class_names_what_a_subclass_must_implement() -> None:
    class Incomplete(RateLimiter):
        def acquire(self, key_hash: str) -> float:
            return 0.0

    with pytest.raises(TypeError, match="update"):
        Incomplete()  # type: ignore[abstract]


def test_a_limiter_of_the_old_protocol_still_works_with_a_deprecation_warning(
    api: FakeAPI, clients: Clients, sleeps: Any
) -> None:
    class OldStyle:  # acquire and update, no base class: the protocol before the base class
        def __init__(self) -> None:
            self.statuses: list[int] = []

        def acquire(self, key_hash: str) -> float:
            return 0.25

        def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
            self.statuses.append(status)

        def state(self, key_hash: str) -> RateLimitState:
            return RateLimitState(limit=7)

    api.route("GET", "/me", Reply(200, ME))
    old = OldStyle()
    with pytest.warns(DeprecationWarning, match=r"does not subclass postman_ext\.RateLimiter.*0\.2\.0"):
        pm = clients.make(plugins=[Provider(old)])
    clients.run(pm.users.get_authenticated_user())
    assert sleeps.waits == [0.25] and old.statuses == [200]
    assert pm.rate_limit.limit == 7  # its own state() is used


def test_something_that_is_not_a_limiter_is_a_clear_configuration_error(clients: Clients) -> None:
    with pytest.raises(ConfigurationError, match=r"not a RateLimiter: return an instance of a subclass"):
        clients.make(plugins=[Provider(object())])


def test_the_endpoint_protocol_name_is_a_deprecated_alias_of_the_base_class() -> None:
    import postman_ext.ratelimit as ratelimit

    with pytest.warns(DeprecationWarning, match="EndpointRateLimiter is deprecated"):
        alias = ratelimit.EndpointRateLimiter
    assert alias is RateLimiter
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert isinstance(InProcessRateLimiter(), RateLimiter)
