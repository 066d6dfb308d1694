"""Rate limits: reading every header form Postman uses, and pacing requests by them.

Postman limits requests per user in a window (300 a minute; 10 per 10 seconds on some list
endpoints) and, on some plans, per month. It reports the state in several header forms:

- ``X-RateLimit-Limit``, ``X-RateLimit-Remaining``, ``X-RateLimit-Reset`` (UTC epoch seconds);
- ``X-RateLimit-RetryAfter``, ``RetryAfter``, ``Retry-After`` (seconds; ``Retry-After`` may
  also be an HTTP date);
- the IETF forms ``RateLimit: limit=300, remaining=12, reset=42`` (or the newer
  ``"default";r=12;t=42``), ``RateLimit-Limit``/``-Remaining``/``-Reset`` and
  ``RateLimit-Policy: 300;w=60``;
- monthly variants: ``X-RateLimit-Limit-Month``, ``X-RateLimit-Remaining-Month``,
  ``RateLimit-Limit-Month``, ``RateLimit-Remaining-Month``.

``parse_rate_limit`` turns any mix of these into one :class:`RateLimitState`; the
:class:`RateLimiter` protocol is what the client asks before each request.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, Protocol, runtime_checkable

import httpx

__all__ = [
    "RESET_HORIZON",
    "EndpointRateLimiter",
    "InProcessRateLimiter",
    "RateLimitState",
    "RateLimiter",
    "parse_rate_limit",
    "rate_limit_wait",
    "retry_after_seconds",
]

# Reset values below this are seconds from now, above it epoch seconds (2001-09-09).
_EPOCH_THRESHOLD = 1_000_000_000
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*$")
_SEPARATOR = re.compile(r"[,;]")
# Every header name read here starts with one of these (x-ratelimit-retryafter included).
_READ_PREFIXES = (b"x-ratelimit", b"ratelimit", b"retry")


@dataclass(frozen=True)
class RateLimitState:
    """What the headers of one response said; ``None`` where they said nothing.

    ``reset_at`` and ``retry_at`` are absolute times on the clock passed to
    :func:`parse_rate_limit` (``time.time()`` by default).
    """

    limit: int | None = None
    remaining: int | None = None
    reset_at: float | None = None
    window: float | None = None
    retry_at: float | None = None
    monthly_limit: int | None = None
    monthly_remaining: int | None = None

    @property
    def is_empty(self) -> bool:
        return self == RateLimitState()


@runtime_checkable
class RateLimiter(Protocol):
    """Paces requests for one API key, identified only by a hash of it.

    ``acquire`` reserves a slot and returns how many seconds to wait before sending (0 when
    the request may go now); after that wait the request goes out without asking again.
    ``update`` feeds back what a response's headers and status said.
    """

    def acquire(self, key_hash: str) -> float: ...

    def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None: ...


@runtime_checkable
class EndpointRateLimiter(RateLimiter, Protocol):
    """Optional: a :class:`RateLimiter` that also keeps windows per endpoint.

    When the limiter has these two methods, the client calls them instead of ``acquire`` and
    ``update``, with the request's method and its path below the base URL (``/collections``),
    so that endpoints Postman limits more tightly get windows of their own. A limiter with only
    ``acquire`` and ``update`` keeps working unchanged.
    """

    def acquire_endpoint(self, key_hash: str, method: str, path: str) -> float: ...

    def update_endpoint(
        self, key_hash: str, method: str, path: str, headers: Mapping[str, str], status: int
    ) -> None: ...


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers by lower-case name; from an ``httpx.Headers``, only those this module reads.

    An ``httpx.Headers`` is read through ``.raw``, keeping the names that start like the ones
    read here: its ``items()`` detects a charset over every header of each new response, which
    costs more than the parsing itself. Repeated headers are joined with ``", "``, as ``items()``
    joins them.
    """
    if not isinstance(headers, httpx.Headers):
        return {name.lower(): value for name, value in headers.items()}
    found: dict[str, str] = {}
    for name_bytes, value_bytes in headers.raw:
        lowered = name_bytes.lower()
        if lowered.startswith(_READ_PREFIXES):
            name, value = lowered.decode("latin-1"), value_bytes.decode("latin-1")
            found[name] = f"{found[name]}, {value}" if name in found else value
    return found


def _number(value: str | None) -> float | None:
    """A plain decimal number; ``inf`` for one too large for a float (a wait without end), never NaN."""
    if value is None:
        return None
    if value.isascii() and value.isdigit():  # most values: skip the regular expression
        return float(value)
    match = _NUMBER.match(value)
    return float(match.group(1)) if match else None


def _integer(value: str | None) -> int | None:
    number = _number(value)
    return int(number) if number is not None and math.isfinite(number) else None


def retry_after_seconds(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds to wait according to the retry headers, or ``None`` when none is present."""
    return _retry_after(_lower(headers), now)


def _retry_after(lowered: Mapping[str, str], now: float) -> float | None:
    for name in ("x-ratelimit-retryafter", "retryafter", "retry-after"):
        raw = lowered.get(name)
        if raw is None:
            continue
        seconds = _number(raw)
        if seconds is None:
            try:
                seconds = parsedate_to_datetime(raw).timestamp() - now
            except (TypeError, ValueError, IndexError):
                continue
        return max(0.0, seconds)
    return None


def rate_limit_wait(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the server asked to wait: its retry headers, else the time to the window's reset.

    ``None`` when it said neither; never negative; ``inf`` for a number too large for a float.
    """
    values = _parse(headers, now)
    if values is None:
        return None
    wake = values[4] if values[4] is not None else values[2]
    return None if wake is None else max(0.0, wake - now)


def _absolute_reset(value: float | None, now: float) -> float | None:
    if value is None:
        return None
    return value if value >= _EPOCH_THRESHOLD else now + max(0.0, value)


@lru_cache(maxsize=64)  # a policy header repeats on every response
def _parse_structured(value: str) -> Mapping[str, str]:
    """Parameters of ``limit=300, remaining=1, reset=5`` or ``"default";r=1;t=5;q=300;w=60`` (shared: do not change)."""
    found: dict[str, str] = {}
    for piece in _SEPARATOR.split(value):
        name, sep, item = piece.partition("=")
        if sep:
            found[name.strip().lower()] = item.strip().strip('"')
        elif _NUMBER.match(piece) and "q" not in found:
            found["q"] = piece.strip()  # "300;w=60": a bare number is the quota
    return found


def parse_rate_limit(headers: Mapping[str, str], now: float | None = None) -> RateLimitState:
    """Read every rate-limit header form into one state (later forms fill what earlier lacked)."""
    values = _parse(headers, time.time() if now is None else now)
    return _NOTHING_REPORTED if values is None else RateLimitState(*values)


_Values = tuple[int | None, int | None, float | None, float | None, float | None, int | None, int | None]
"""The fields of a RateLimitState, in order: what the limiter keeps (a frozen dataclass costs more to build)."""


def _parse(headers: Mapping[str, str], now: float) -> _Values | None:
    """The values parse_rate_limit reads, or ``None`` for a response without rate-limit headers."""
    h = _lower(headers)
    if not h:
        return None
    limit = _integer(h.get("x-ratelimit-limit")) or _integer(h.get("ratelimit-limit"))
    remaining = _integer(h.get("x-ratelimit-remaining"))
    if remaining is None:
        remaining = _integer(h.get("ratelimit-remaining"))
    reset = _number(h.get("x-ratelimit-reset"))
    if reset is None:
        reset = _number(h.get("ratelimit-reset"))
    window = None
    if "ratelimit" in h:
        fields = _parse_structured(h["ratelimit"])
        limit = limit or _integer(fields.get("limit"))
        if remaining is None:
            remaining = _integer(fields.get("remaining", fields.get("r")))
        if reset is None:
            reset = _number(fields.get("reset", fields.get("t")))
    if "ratelimit-policy" in h:
        policy = _parse_structured(h["ratelimit-policy"])
        limit = limit or _integer(policy.get("q"))
        window = _number(policy.get("w"))
    retry = _retry_after(h, now)
    return (
        limit,
        remaining,
        _absolute_reset(reset, now),
        window,
        now + retry if retry is not None else None,
        _monthly(h, "limit"),
        _monthly(h, "remaining"),
    )


def _monthly(lowered: Mapping[str, str], what: str) -> int | None:
    value = lowered.get(f"x-ratelimit-{what}-month") or lowered.get(f"ratelimit-{what}-month")
    return _integer(value) if value else None


_NOTHING_REPORTED = RateLimitState()
_FIELDS = tuple(field.name for field in fields(RateLimitState))


@dataclass
class _Window:
    remaining: int | None = None
    reset_at: float | None = None
    paused_until: float = 0.0
    reported: list[Any] = field(default_factory=lambda: [None] * len(_FIELDS))
    """The last value the server reported for each RateLimitState field, in field order."""

    @property
    def limit(self) -> int | None:
        limit: int | None = self.reported[_FIELDS.index("limit")]
        return limit

    @property
    def length(self) -> float | None:
        length: float | None = self.reported[_FIELDS.index("window")]
        return length


RESET_HORIZON = 3600.0
"""Seconds: a reset further ahead is not kept (Postman's windows last a minute), unless ``max_pause`` is longer."""


def horizons(now: float, max_pause: float | None) -> tuple[float, float]:
    """The latest pause and the latest reset a limiter keeps, for a limiter's ``max_pause``."""
    if max_pause is None:
        return math.inf, math.inf
    return now + max_pause, now + max(max_pause, RESET_HORIZON)


class InProcessRateLimiter:
    """The built-in limiter: paces one process by what the server's headers report.

    Before a request it waits when the window is spent (``remaining`` reached 0 before
    ``reset``) or while a 429 asked to pause; it counts its own requests down between
    responses so concurrent threads do not all spend the last slot. Thread-safe.

    ``max_pause`` (the client passes its ``max_retry_wait``): a 429's pause further ahead than
    this many seconds is not kept, nor a reset further ahead than it and :data:`RESET_HORIZON`.
    The call that received it raises ``RateLimitError`` instead of waiting, and later calls are
    not held back by it (a ``Retry-After`` of ten years, a monthly quota's reset days ahead).
    ``None`` keeps every wait.
    """

    def __init__(self, clock: Callable[[], float] = time.time, max_pause: float | None = None) -> None:
        self._clock = clock
        self._max_pause = max_pause
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()

    def acquire(self, key_hash: str) -> float:
        with self._lock:
            now = self._clock()
            window = self._windows.setdefault(key_hash, _Window())
            wait = max(0.0, window.paused_until - now)
            if window.reset_at is not None and window.reset_at <= now:
                window.remaining, window.reset_at = None, None
            if window.remaining is not None:
                if window.remaining <= 0 and window.reset_at is not None:
                    wait = max(wait, window.reset_at - now)
                    # The slot reserved is the first of the next window.
                    window.remaining = (window.limit or 1) - 1
                    window.reset_at = window.reset_at + window.length if window.length else None
                else:
                    window.remaining -= 1
            return wait

    def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        now = self._clock()
        values = _parse(headers, now)
        if values is None:
            return
        _, remaining, reset_at, length, retry_at, _, _ = values
        pause_horizon, reset_horizon = horizons(now, self._max_pause)
        pause = retry_at if retry_at is not None else reset_at
        if reset_at is not None and not reset_at <= reset_horizon:
            reset_at = None  # not a window's end: treated as unknown
        with self._lock:
            window = self._windows.setdefault(key_hash, _Window())
            if remaining is not None:
                window.remaining = remaining
            if reset_at is not None:
                window.reset_at = reset_at
            elif remaining is not None and length is not None and math.isfinite(length) and window.reset_at is None:
                window.reset_at = now + length
            if status == 429 and pause is not None and pause <= pause_horizon:
                window.paused_until = max(window.paused_until, pause)
            reported = window.reported
            for index, value in enumerate(values):
                if value is not None:
                    reported[index] = value

    def state(self, key_hash: str) -> RateLimitState:
        """The last rate-limit state the server reported for this key (empty before any response)."""
        with self._lock:
            window = self._windows.get(key_hash)
            return RateLimitState(*window.reported) if window else RateLimitState()
