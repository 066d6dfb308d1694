"""Pure rules, without HTTP: backoff and which failures are retried."""

from __future__ import annotations

import random

import httpx
import pytest

from postman_ext.retry import BACKOFF_CAP, BACKOFF_FLOOR, backoff_delay, default_retry_delay

NOW = 1_700_000_000.0


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
