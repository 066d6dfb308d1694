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

``parse_rate_limit`` turns any mix of these into one :class:`RateLimitState`. :class:`RateLimiter`
is the base class of limiters, what the client asks before each request;
:class:`InProcessRateLimiter` is the built-in one.
"""

from __future__ import annotations

import abc
import bisect
import math
import re
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

import httpx

from ._endpoint_limits import EndpointLimit, endpoint_limit
from .errors import ConfigurationError

__all__ = [
    "RESET_HORIZON",
    "EndpointLimit",
    "InProcessRateLimiter",
    "RateLimitState",
    "RateLimiter",
    "endpoint_limit",
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


class RateLimiter(abc.ABC):
    """The base class of rate limiters: what a client asks before each request and tells after it.

    A limiter paces requests for one API key, identified only by a hash of it (``key_hash``).
    Subclass it and implement the two abstract methods; everything else has a default:

    - :meth:`acquire` reserves a slot and returns how many seconds to wait before sending (0 when
      the request may go now); after that wait the request goes out without asking again.
      :meth:`update` feeds back what a response's headers and status said.
    - :meth:`acquire_endpoint` and :meth:`update_endpoint` are what the clients call: they add the
      request's method and its path below the base URL (``/collections``), for limiters that keep
      windows per endpoint (:func:`endpoint_limit` tells which limit a request hits). By default they run
      :meth:`acquire` and :meth:`update`.
    - :meth:`state` is what ``Postman.rate_limit`` reports; by default an empty state.
    - The async side, :meth:`aacquire`, :meth:`aupdate`, :meth:`aacquire_endpoint` and
      :meth:`aupdate_endpoint`, is what ``AsyncPostman`` awaits (the two endpoint methods). By
      default each runs its sync counterpart, which is right for a limiter that does no I/O;
      a limiter that waits on a network store overrides them so the event loop keeps running,
      and :meth:`aclose` to close its connections when the client closes.

    A client calls its limiter from every thread and task that uses it: make it thread-safe.
    """

    @abc.abstractmethod
    def acquire(self, key_hash: str) -> float:
        """Reserve a slot in the per-user window; return the seconds to wait before sending."""

    @abc.abstractmethod
    def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        """Learn from a response: its rate-limit headers and its status (429 asks to pause)."""

    def acquire_endpoint(self, key_hash: str, method: str, path: str) -> float:
        """Like :meth:`acquire`, for a request of ``method`` to ``path`` (below the base URL)."""
        return self.acquire(key_hash)

    def update_endpoint(self, key_hash: str, method: str, path: str, headers: Mapping[str, str], status: int) -> None:
        """Like :meth:`update`, for the response to a request of ``method`` to ``path``."""
        self.update(key_hash, headers, status)

    def state(self, key_hash: str) -> RateLimitState:
        """The rate-limit state the server last reported for this key (empty when not kept)."""
        return RateLimitState()

    async def aacquire(self, key_hash: str) -> float:
        """Async :meth:`acquire`; by default runs the sync one."""
        return self.acquire(key_hash)

    async def aupdate(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        """Async :meth:`update`; by default runs the sync one."""
        self.update(key_hash, headers, status)

    async def aacquire_endpoint(self, key_hash: str, method: str, path: str) -> float:
        """Async :meth:`acquire_endpoint`, awaited by ``AsyncPostman``; by default runs the sync one."""
        return self.acquire_endpoint(key_hash, method, path)

    async def aupdate_endpoint(
        self, key_hash: str, method: str, path: str, headers: Mapping[str, str], status: int
    ) -> None:
        """Async :meth:`update_endpoint`, awaited by ``AsyncPostman``; by default runs the sync one."""
        self.update_endpoint(key_hash, method, path, headers, status)

    async def aclose(self) -> None:
        """Release what the async side holds on the running event loop; ``AsyncPostman.aclose()`` awaits it.

        By default nothing: a limiter without connections of its own has nothing to release.
        """
        return None


class _DuckTypedLimiter(RateLimiter):
    """A limiter of the old protocol (``acquire`` and ``update``, no base class), used through the base class."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        for name in ("acquire_endpoint", "update_endpoint", "state"):
            method = getattr(inner, name, None)
            if callable(method):
                setattr(self, name, method)

    def __repr__(self) -> str:
        return repr(self.inner)

    def acquire(self, key_hash: str) -> float:
        wait: float = self.inner.acquire(key_hash)
        return wait

    def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        self.inner.update(key_hash, headers, status)


def as_rate_limiter(limiter: object) -> RateLimiter:
    """``limiter`` as a :class:`RateLimiter`: itself, or (deprecated) an object with ``acquire`` and ``update``.

    Raises :class:`~postman_ext.errors.ConfigurationError` for anything else.
    """
    if isinstance(limiter, RateLimiter):
        return limiter
    if callable(getattr(limiter, "acquire", None)) and callable(getattr(limiter, "update", None)):
        warnings.warn(
            f"the rate limiter {limiter!r} does not subclass postman_ext.RateLimiter: a limiter that only has "
            "acquire() and update() is deprecated and stops working in postman-ext 0.2.0; subclass RateLimiter",
            DeprecationWarning,
            stacklevel=3,
        )
        return _DuckTypedLimiter(limiter)
    raise ConfigurationError(
        f"postman_rate_limiter returned {limiter!r}, which is not a RateLimiter: return an instance of a "
        "subclass of postman_ext.RateLimiter (or None to leave the choice to the next plugin)"
    )


def __getattr__(name: str) -> Any:
    if name == "EndpointRateLimiter":
        warnings.warn(
            "postman_ext.ratelimit.EndpointRateLimiter is deprecated and removed in postman-ext 0.2.0: every "
            "RateLimiter has acquire_endpoint() and update_endpoint() now; use postman_ext.RateLimiter",
            DeprecationWarning,
            stacklevel=2,
        )
        return RateLimiter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    opens_at: float = 0.0
    """When the window the local count is about starts: slots reserved in a window not begun yet wait for it."""
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


_SAME_RESET = 0.5
"""Seconds within which two reset times name the same window (servers round them to seconds)."""

RESET_HORIZON = 3600.0
"""Seconds: a reset further ahead is not kept (Postman's windows last a minute), unless ``max_pause`` is longer."""


def horizons(now: float, max_pause: float | None) -> tuple[float, float]:
    """The latest pause and the latest reset a limiter keeps, for a limiter's ``max_pause``."""
    if max_pause is None:
        return math.inf, math.inf
    return now + max_pause, now + max(max_pause, RESET_HORIZON)


@dataclass
class _EndpointWindow:
    """The sliding window of one endpoint Postman limits more tightly: the times of the slots reserved."""

    limit: int
    length: float
    slots: list[float] = field(default_factory=list)
    """Sorted; a slot at a time ahead of now is one reserved for a request still waiting."""
    paused_until: float = 0.0


class InProcessRateLimiter(RateLimiter):
    """The built-in limiter: paces one process by what the server's headers report.

    Before a request it waits when the window is spent (``remaining`` reached 0 before
    ``reset``) or while a 429 asked to pause; it counts its own requests down between
    responses so concurrent threads do not all spend the last slot. Thread-safe.

    The endpoints Postman limits more tightly (:func:`endpoint_limit`: ``GET
    /collections`` and ``GET /workspaces``, 10 requests in 10 seconds, ...) also count in a
    sliding window of their own, which starts from the documented figures and follows what the
    server's headers say for that endpoint; a 429 from such an endpoint pauses that endpoint
    (unless its headers report a limit above the endpoint's, which can only be the per-user one).

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
        self._endpoints: dict[tuple[str, str], _EndpointWindow] = {}
        self._lock = threading.Lock()

    def acquire(self, key_hash: str) -> float:
        """Reserve a slot in the per-user window; return the seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            window = self._windows.setdefault(key_hash, _Window())
            wait = max(0.0, window.paused_until - now)
            if window.reset_at is not None and window.reset_at <= now:
                window.remaining, window.reset_at = None, None
            if window.remaining is not None:
                if window.remaining <= 0 and window.reset_at is not None:
                    # The slot reserved is the first of the next window: it and the slots after it
                    # wait until that window opens.
                    window.opens_at = window.reset_at
                    window.remaining = (window.limit or 1) - 1
                    window.reset_at = window.reset_at + window.length if window.length else None
                else:
                    window.remaining -= 1
                wait = max(wait, window.opens_at - now)
            return wait

    def acquire_endpoint(self, key_hash: str, method: str, path: str) -> float:
        """Like :meth:`acquire`, also reserving in the endpoint's own window when Postman limits it more tightly."""
        wait = self.acquire(key_hash)
        endpoint = endpoint_limit(method, path)
        if endpoint is None:
            return wait
        with self._lock:
            now = self._clock()
            window = self._endpoint_window(key_hash, endpoint)
            at = max(now + wait, window.paused_until)
            slots = window.slots
            del slots[: bisect.bisect_right(slots, now - window.length)]
            if len(slots) >= window.limit:
                # The slot frees when the limit-th most recent reservation leaves the window.
                at = max(at, slots[len(slots) - window.limit] + window.length)
            bisect.insort(slots, at)
            return at - now

    def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        """Learn from a response: remaining, reset, window length, and a 429's pause."""
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
            self._follow_count(window, remaining, reset_at)
            if (
                reset_at is None
                and remaining is not None
                and window.reset_at is None
                and length is not None
                and math.isfinite(length)
            ):
                window.reset_at = now + length
            if status == 429 and pause is not None and pause <= pause_horizon:
                window.paused_until = max(window.paused_until, pause)
            self._record(window, values)

    def update_endpoint(self, key_hash: str, method: str, path: str, headers: Mapping[str, str], status: int) -> None:
        """Like :meth:`update`; headers that fit the endpoint's tighter window describe that window."""
        endpoint = endpoint_limit(method, path)
        if endpoint is None:
            self.update(key_hash, headers, status)
            return
        now = self._clock()
        values = _parse(headers, now)
        if values is None:
            return
        limit, remaining, reset_at, length, retry_at, _, _ = values
        if limit is not None and limit > endpoint.limit:
            self.update(key_hash, headers, status)  # a limit above the endpoint's is the per-user window's
            return
        pause_horizon, reset_horizon = horizons(now, self._max_pause)
        pause = retry_at if retry_at is not None else reset_at
        if reset_at is not None and not reset_at <= reset_horizon:
            reset_at = None
        with self._lock:
            window = self._endpoint_window(key_hash, endpoint)
            if limit is not None and limit > 0:
                window.limit = limit
            if length is not None and 0 < length < math.inf:
                window.length = length
            elif reset_at is not None and reset_at - now > window.length:
                window.length = math.ceil(reset_at - now)  # at least as long as the longest wait for a reset
            if status == 429:
                if pause is not None and pause <= pause_horizon:
                    window.paused_until = max(window.paused_until, pause)
            elif remaining is not None and not (reset_at is not None and reset_at <= now):
                self._follow_server(window, remaining, reset_at, now)
            self._record(self._windows.setdefault(key_hash, _Window()), values)

    def state(self, key_hash: str) -> RateLimitState:
        """The last rate-limit state the server reported for this key (empty before any response)."""
        with self._lock:
            window = self._windows.get(key_hash)
            return RateLimitState(*window.reported) if window else RateLimitState()

    def _endpoint_window(self, key_hash: str, endpoint: EndpointLimit) -> _EndpointWindow:
        window = self._endpoints.get((key_hash, endpoint.bucket))
        if window is None:
            window = self._endpoints[(key_hash, endpoint.bucket)] = _EndpointWindow(endpoint.limit, endpoint.window)
        return window

    @staticmethod
    def _follow_server(window: _EndpointWindow, remaining: int, reset_at: float | None, now: float) -> None:
        """Requests the server counted that this process did not reserve hold slots until its window resets."""
        slots = window.slots
        del slots[: bisect.bisect_right(slots, now - window.length)]
        start = reset_at - window.length if reset_at is not None else -math.inf
        counted = bisect.bisect_right(slots, now) - bisect.bisect_left(slots, start)
        missing = window.limit - max(remaining, 0) - counted
        if missing > 0:
            score = min(start, now) if reset_at is not None else now
            for _ in range(missing):
                bisect.insort(slots, score)

    @staticmethod
    def _follow_count(window: _Window, remaining: int | None, reset_at: float | None) -> None:
        """Take what a response says of the window, unless the local count knows better.

        Responses arrive out of order under concurrency: one that describes a window the count
        has already left (an earlier reset) is stale, and within the same window the lower of the
        two counts holds, since the local one also counts the requests still in flight.
        """
        if reset_at is not None and window.reset_at is not None and reset_at < window.reset_at - _SAME_RESET:
            return  # an earlier window's answer
        same_window = reset_at is None or (
            window.reset_at is not None and abs(reset_at - window.reset_at) <= _SAME_RESET
        )
        if remaining is not None:
            if same_window and window.remaining is not None:
                window.remaining = min(window.remaining, remaining)
            else:
                window.remaining = remaining
        if reset_at is not None:
            window.reset_at = reset_at

    @staticmethod
    def _record(window: _Window, values: _Values) -> None:
        reported = window.reported
        for index, value in enumerate(values):
            if value is not None:
                reported[index] = value
