"""The built-in retry policy, as pure functions of what happened.

- 429 ``rateLimited``: wait what the headers say (or back off when they say nothing); when
  that is longer than ``max_retry_wait``, stop, so the caller gets a ``RateLimitError``
  carrying the wait.
- 429 ``serviceLimitExhausted``: never retry (the monthly allowance is used up).
- 502, 503, 504: exponential backoff with jitter and a floor; a ``Retry-After`` is honoured.
- Connection errors: retried when the request cannot have been processed (it never
  connected) or when repeating it is harmless (GET, HEAD, OPTIONS, DELETE, and PUT unless it
  timed out waiting for the answer). POST and PATCH are retried after a sent request failed
  only with ``retry_non_idempotent=True``.
"""

from __future__ import annotations

import random
import time

import httpx

from .errors import QUOTA_ERROR_NAMES, error_name_and_message, parse_error_body
from .ratelimit import parse_rate_limit

__all__ = ["BACKOFF_BASE", "BACKOFF_CAP", "BACKOFF_FLOOR", "backoff_delay", "default_retry_delay"]

BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
BACKOFF_FLOOR = 0.5
RETRYABLE_STATUSES = frozenset({502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def backoff_delay(attempt: int, rng: random.Random | None = None) -> float:
    """Seconds before retry number ``attempt`` (from 1): full jitter over an exponential, never below the floor."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (attempt - 1))
    return max(BACKOFF_FLOOR, (rng or random).uniform(ceiling / 2, ceiling))


def _may_resend(request: httpx.Request, error: Exception, retry_non_idempotent: bool) -> bool:
    if isinstance(error, NOT_SENT_ERRORS):
        return True
    if retry_non_idempotent:
        return True
    method = request.method.upper()
    if method == "PUT" and isinstance(error, httpx.ReadTimeout):
        return False  # the server may still be applying it
    return method in IDEMPOTENT_METHODS


def default_retry_delay(
    request: httpx.Request,
    response: httpx.Response | None,
    error: Exception | None,
    attempt: int,
    *,
    max_retry_wait: float,
    retry_non_idempotent: bool,
    now: float | None = None,
    rng: random.Random | None = None,
) -> float | None:
    """Seconds to wait before retrying, or ``None`` to stop. See the module docstring."""
    if error is not None:
        if isinstance(error, httpx.TransportError) and _may_resend(request, error, retry_non_idempotent):
            return backoff_delay(attempt, rng)
        return None
    if response is None:
        return None
    if response.status_code == 429:
        name, _ = error_name_and_message(parse_error_body(response.text))
        if name in QUOTA_ERROR_NAMES:
            return None
        now = time.time() if now is None else now
        state = parse_rate_limit(response.headers, now)
        wake = state.retry_at if state.retry_at is not None else state.reset_at
        wait = max(0.0, wake - now) if wake is not None else backoff_delay(attempt, rng)
        return wait if wait <= max_retry_wait else None
    if response.status_code in RETRYABLE_STATUSES:
        delay = backoff_delay(attempt, rng)
        state = parse_rate_limit(response.headers, time.time() if now is None else now)
        if state.retry_at is not None:
            delay = max(delay, state.retry_at - (time.time() if now is None else now))
        return delay if delay <= max(max_retry_wait, BACKOFF_FLOOR) else None
    return None
