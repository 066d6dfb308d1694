"""Pure rules, without HTTP: rate-limit headers and the in-process limiter."""

from __future__ import annotations

from email.utils import formatdate

import pytest

from postman_ext.ratelimit import InProcessRateLimiter, parse_rate_limit, retry_after_seconds

NOW = 1_700_000_000.0


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
