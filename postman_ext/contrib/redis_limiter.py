"""One rate limit shared by every process that uses an API key, kept in Redis.

Postman counts requests per user, not per process: workers or CI jobs that share a key must
share one window. This plugin keeps that window in Redis::

    pip install "postman-ext[redis]"
    export POSTMAN_REDIS_URL=redis://localhost:6379/0     # every client of every process then shares it

or, for one client, ``Postman(plugins=[RedisRateLimiterPlugin("redis://localhost:6379/0")])``.

What it guarantees, for every process pointed at the same Redis:

- Each key has one sliding window per user, stored under ``postman_ext:{<key hash>}:...``;
  the key itself is never stored. Its limit and length are learned from the response headers
  (``X-RateLimit-Limit``, ``RateLimit-Policy``, the time to ``X-RateLimit-Reset``, ...); until a
  response has told them, requests are not held back.
- ``acquire`` reserves a slot atomically (one Lua script) and returns the wait after which the
  request may go; no more than the limit are reserved in any window of its length.
- The endpoints Postman limits more tightly (:func:`postman_ext.ratelimit.endpoint_limit`) also count in
  a window of their own, starting from the documented figures.
- The count follows the server: when it reports fewer requests remaining than were reserved
  here (another tool uses the key), the difference is held until its window resets.
- A 429 seen by any process pauses all of them until its ``Retry-After``/reset (a 429 from an
  endpoint with a window of its own pauses that endpoint, unless its headers report a limit
  above the endpoint's, which can only be the per-user one). A pause further ahead than
  ``max_pause`` (the client's ``max_retry_wait``) is not stored: the call that received it
  raises ``RateLimitError``, and no process is held back by it.
- A slot lasts one window, whether or not its request was sent: a crashed worker holds nothing
  longer, and every key expires when idle.
- When Redis cannot be reached, the limiter paces the process on its own (the built-in
  :class:`~postman_ext.ratelimit.InProcessRateLimiter`), warns once, and tries Redis again
  after ``retry_after`` seconds.
- ``AsyncPostman`` awaits the limiter's async side, which talks to Redis through redis-py's
  asyncio client (one per event loop): waiting on Redis never blocks the event loop.

Processes compare times on their own clocks: keep the machines' clocks in sync (NTP).
Loading this module does not import ``redis``; a limiter imports it when it is created.
"""

from __future__ import annotations

import itertools
import logging
import math
import os
import re
import secrets
import threading
import time
import warnings
import weakref
from asyncio import AbstractEventLoop, get_running_loop
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..config import ClientConfig
from ..errors import ConfigurationError
from ..hookspecs import hookimpl
from ..ratelimit import InProcessRateLimiter, RateLimiter, RateLimitState, endpoint_limit, horizons, parse_rate_limit

if TYPE_CHECKING:
    from redis import Redis
    from redis.asyncio import Redis as AsyncRedis
    from redis.commands.core import AsyncScript

__all__ = ["ENV_VAR", "RedisRateLimiter", "RedisRateLimiterPlugin", "plugin", "redact_url"]

ENV_VAR = "POSTMAN_REDIS_URL"
USER_BUCKET = "user"
PAUSE_WITHOUT_HEADERS = 1.0
"""Seconds every process pauses after a 429 that says neither when to retry nor when the window resets."""
REMEMBER_LEARNED = 86_400
"""Seconds a learned limit and window are kept after the last response that reported them."""

logger = logging.getLogger("postman_ext")

# KEYS: log, cfg, pause of each bucket. ARGV: now, member, then default limit and window of each
# bucket ('' when none). Returns the wait, as a string (Lua numbers become integer replies).
_ACQUIRE = """
local now = tonumber(ARGV[1])
local at = now
local logs = {}
for i = 0, #KEYS / 3 - 1 do
  local log, cfg, pause = KEYS[3 * i + 1], KEYS[3 * i + 2], KEYS[3 * i + 3]
  local learned = redis.call('HMGET', cfg, 'limit', 'window')
  local limit = tonumber(learned[1]) or tonumber(ARGV[3 + 2 * i])
  local window = tonumber(learned[2]) or tonumber(ARGV[4 + 2 * i])
  local paused = tonumber(redis.call('GET', pause))
  if paused and paused > at then at = paused end
  if limit and window and limit > 0 and window > 0 then
    redis.call('ZREMRANGEBYSCORE', log, '-inf', now - window)
    local count = redis.call('ZCARD', log)
    if count >= limit then
      -- The slot frees when the limit-th most recent reservation leaves the window.
      local held = redis.call('ZRANGE', log, count - limit, count - limit, 'WITHSCORES')
      local free = tonumber(held[2]) + window
      if free > at then at = free end
    end
    logs[#logs + 1] = {log, window}
  end
end
for _, entry in ipairs(logs) do
  redis.call('ZADD', entry[1], at, ARGV[2])
  local last = redis.call('ZRANGE', entry[1], -1, -1, 'WITHSCORES')
  redis.call('PEXPIRE', entry[1], math.ceil((tonumber(last[2]) + entry[2] - now) * 1000) + 1000)
end
return string.format('%.17g', at - now)
"""

# KEYS: log, cfg, pause of one bucket. ARGV: now, limit, remaining, reset_at, policy window,
# retry_at, status, member prefix, default limit, default window, pause without headers,
# milliseconds to remember what was learned ('' for what the headers did not say).
_UPDATE = """
local now = tonumber(ARGV[1])
local limit, remaining, reset_at = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local policy_window, retry_at, status = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local log, cfg, pause = KEYS[1], KEYS[2], KEYS[3]
if limit and limit > 0 then redis.call('HSET', cfg, 'limit', limit) end
local learned = redis.call('HMGET', cfg, 'window', 'source')
local window = tonumber(learned[1]) or tonumber(ARGV[10])
if policy_window and policy_window > 0 then
  window = policy_window
  redis.call('HSET', cfg, 'window', window, 'source', 'policy')
elseif reset_at and reset_at > now and learned[2] ~= 'policy' then
  -- Without a policy, the window is at least as long as the longest wait for a reset seen.
  local seen = math.ceil(reset_at - now)
  if not window or seen > window then
    window = seen
    redis.call('HSET', cfg, 'window', window, 'source', 'reset')
  end
end
if redis.call('EXISTS', cfg) == 1 then redis.call('PEXPIRE', cfg, ARGV[12]) end
limit = tonumber(redis.call('HGET', cfg, 'limit')) or tonumber(ARGV[9])
if status == 429 then
  local until_ = retry_at or reset_at or (now + tonumber(ARGV[11]))
  local current = tonumber(redis.call('GET', pause))
  if until_ > now and (not current or until_ > current) then
    redis.call('SET', pause, string.format('%.17g', until_), 'PX', math.ceil((until_ - now) * 1000) + 1000)
  end
elseif remaining and limit and window and not (reset_at and reset_at <= now) then
  -- Requests the server counted in its current window that no process reserved here
  -- become entries that leave the window when the server's window resets.
  redis.call('ZREMRANGEBYSCORE', log, '-inf', now - window)
  local start, score = '-inf', now
  if reset_at then
    start = reset_at - window
    if start < now then score = start end
  end
  local missing = limit - math.max(remaining, 0) - redis.call('ZCOUNT', log, start, now)
  local batch = {}
  for i = 1, missing do
    batch[#batch + 1] = score
    batch[#batch + 1] = ARGV[8] .. i
    if #batch >= 400 or i == missing then
      redis.call('ZADD', log, unpack(batch))
      batch = {}
    end
  end
  if missing > 0 then
    local last = redis.call('ZRANGE', log, -1, -1, 'WITHSCORES')
    redis.call('PEXPIRE', log, math.ceil((tonumber(last[2]) + window - now) * 1000) + 1000)
  end
end
return 0
"""

_Arg = str | int | float


def _arg(value: float | None) -> _Arg:
    """A script argument; ``''`` stands for what the headers did not say."""
    return "" if value is None else value


_warned: set[str] = set()
_warned_lock = threading.Lock()
_clients: dict[tuple[str, float], Redis] = {}
_clients_lock = threading.Lock()


def redact_url(url: str) -> str:
    """The Redis URL without its password (``redis://user:***@host:6379/0``), for messages."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user, has_password, _ = userinfo.partition(":")
        netloc = f"{user}:***@{host}" if has_password else f"{user}@{host}"
    query = re.sub(r"(?i)(^|&)(password=)[^&]*", r"\1\2***", parts.query)
    head, sep, _ = url.partition("?")
    return head.replace(parts.netloc, netloc, 1) + sep + (query if sep else "")


def _scrub(error: Exception, password: str | None) -> str:
    """An error's name and message, with the URL's password masked should a library quote it."""
    text = f"{type(error).__name__}: {error}"
    return text.replace(password, "***") if password else text


def _import_redis() -> None:
    try:
        import redis  # noqa: F401
    except ImportError as error:
        raise ConfigurationError(
            f"A Redis rate limiter was asked for ({ENV_VAR} or RedisRateLimiterPlugin), but the 'redis' package "
            "is not installed: pip install 'postman-ext[redis]'"
        ) from error


def _redis_client(url: str, timeout: float) -> Redis:
    """One client (and connection pool) per URL and process, shared by every limiter."""
    _import_redis()
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    with _clients_lock:
        client = _clients.get((url, timeout))
        if client is None:
            try:
                client = redis.Redis.from_url(
                    url,
                    socket_timeout=timeout,
                    socket_connect_timeout=timeout,
                    retry=Retry(NoBackoff(), 1),  # once, at once: a stale pooled connection, not an outage
                )
            except ValueError as error:
                raise ConfigurationError(
                    f"{redact_url(url)} is not a Redis URL: {_scrub(error, urlsplit(url).password)}"
                ) from None
            _clients[(url, timeout)] = client
        return client


def _async_redis_client(url: str, timeout: float) -> AsyncRedis:
    """An asyncio client for the running event loop (its connections belong to that loop)."""
    import redis.asyncio
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    return redis.asyncio.Redis.from_url(
        url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 1)
    )


class RedisRateLimiter(RateLimiter):
    """A :class:`~postman_ext.ratelimit.RateLimiter` whose windows live in Redis; see the module docstring.

    ``url`` is a redis-py URL (``redis://``, ``rediss://``, ``unix://``). ``clock`` gives wall-clock
    seconds (every process must agree on it). ``prefix`` starts every Redis key. ``timeout``
    bounds each Redis call, in seconds; after a failure, Redis is tried again after
    ``retry_after`` seconds. ``max_pause``: a 429's pause further ahead than this many seconds is
    not stored, nor a reset further ahead than it and ``RESET_HORIZON`` (``None``: no bound, as
    in :class:`~postman_ext.ratelimit.InProcessRateLimiter`). Thread-safe; one client and pool
    per URL and process for the sync side, one asyncio client per event loop for the async side.
    """

    def __init__(
        self,
        url: str,
        *,
        clock: Callable[[], float] = time.time,
        prefix: str = "postman_ext",
        timeout: float = 0.5,
        retry_after: float = 30.0,
        max_pause: float | None = None,
    ) -> None:
        self._client = _redis_client(url, timeout)  # first: it explains a missing redis package
        from redis.exceptions import RedisError

        self._raw_url, self._timeout = url, timeout
        self._async_clients: weakref.WeakKeyDictionary[
            AbstractEventLoop, tuple[AsyncRedis, AsyncScript, AsyncScript]
        ] = weakref.WeakKeyDictionary()
        self.url = redact_url(url)
        self._password = urlsplit(url).password
        self._clock = clock
        self._prefix = prefix
        self._retry_after = retry_after
        self._errors: tuple[type[Exception], ...] = (RedisError,)
        self._acquire_script = self._client.register_script(_ACQUIRE)
        self._update_script = self._client.register_script(_UPDATE)
        self._max_pause = max_pause
        self._local = InProcessRateLimiter(clock=clock, max_pause=max_pause)
        self._down_until: float | None = None
        self._token = secrets.token_hex(6)
        self._serial = itertools.count(1)

    def __repr__(self) -> str:  # the URL without its password; the raw one is never shown
        return f"<RedisRateLimiter {self.url}{' (down: pacing in process)' if not self.shared else ''}>"

    @property
    def shared(self) -> bool:
        """``True`` while Redis answers; ``False`` while this process paces itself alone."""
        return self._down_until is None

    def acquire(self, key_hash: str) -> float:
        """Reserve a slot in the per-user window and return the seconds to wait before sending."""
        return self._acquire(key_hash, None, "")

    def acquire_endpoint(self, key_hash: str, method: str, path: str) -> float:
        """Like :meth:`acquire`, also reserving in the endpoint's own window when Postman limits it more tightly."""
        return self._acquire(key_hash, method, path)

    def update(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        """Learn from a response: limit, window, remaining, and a 429's pause for every process."""
        self._update(key_hash, None, "", headers, status)

    def update_endpoint(self, key_hash: str, method: str, path: str, headers: Mapping[str, str], status: int) -> None:
        """Like :meth:`update`; headers that fit the endpoint's tighter window describe that window."""
        self._update(key_hash, method, path, headers, status)

    async def aacquire(self, key_hash: str) -> float:
        """:meth:`acquire` through redis-py's asyncio client: the event loop runs on while Redis answers."""
        return await self._aacquire(key_hash, None, "")

    async def aacquire_endpoint(self, key_hash: str, method: str, path: str) -> float:
        """:meth:`acquire_endpoint` through redis-py's asyncio client (``AsyncPostman`` awaits it)."""
        return await self._aacquire(key_hash, method, path)

    async def aupdate(self, key_hash: str, headers: Mapping[str, str], status: int) -> None:
        """:meth:`update` through redis-py's asyncio client."""
        await self._aupdate(key_hash, None, "", headers, status)

    async def aupdate_endpoint(
        self, key_hash: str, method: str, path: str, headers: Mapping[str, str], status: int
    ) -> None:
        """:meth:`update_endpoint` through redis-py's asyncio client (``AsyncPostman`` awaits it)."""
        await self._aupdate(key_hash, method, path, headers, status)

    def state(self, key_hash: str) -> RateLimitState:
        """What the server last reported to this process for this key (``Postman.rate_limit``)."""
        return self._local.state(key_hash)

    def _keys(self, key_hash: str, bucket: str) -> list[str]:
        # The braces make every key of one API key a Redis Cluster hash tag: one slot per script.
        base = f"{self._prefix}:{{{key_hash}}}:{bucket}"
        return [f"{base}:log", f"{base}:cfg", f"{base}:pause"]

    def _member(self) -> str:
        """A name no other reservation has, in any process (the pid keeps forked children apart)."""
        return f"{os.getpid()}.{self._token}.{next(self._serial)}"

    def _scripts_of_this_loop(self) -> tuple[AsyncScript, AsyncScript]:
        """The acquire and update scripts on an asyncio client of the running event loop."""
        loop = get_running_loop()
        found = self._async_clients.get(loop)
        if found is None:
            client = _async_redis_client(self._raw_url, self._timeout)
            found = client, client.register_script(_ACQUIRE), client.register_script(_UPDATE)
            self._async_clients[loop] = found
        return found[1], found[2]

    async def aclose(self) -> None:
        """Close the asyncio client of the running event loop (``AsyncPostman.aclose()`` awaits it)."""
        found = self._async_clients.pop(get_running_loop(), None)
        if found is not None:
            client = found[0]
            close = getattr(client, "aclose", None) or client.close  # aclose: redis-py 5.0.1
            await close()

    def _acquire_call(self, key_hash: str, method: str | None, path: str, now: float) -> tuple[list[str], list[_Arg]]:
        """The keys and arguments of the acquire script."""
        keys = self._keys(key_hash, USER_BUCKET)
        args: list[_Arg] = [now, self._member(), "", ""]
        endpoint = endpoint_limit(method, path) if method is not None else None
        if endpoint is not None:
            keys += self._keys(key_hash, endpoint.bucket)
            args += [endpoint.limit, endpoint.window]
        return keys, args

    def _acquire_locally(self, key_hash: str, method: str | None, path: str) -> float:
        if method is None:
            return self._local.acquire(key_hash)
        return self._local.acquire_endpoint(key_hash, method, path)

    def _acquire(self, key_hash: str, method: str | None, path: str) -> float:
        now = self._clock()
        if self._redis_due(now):
            keys, args = self._acquire_call(key_hash, method, path, now)
            try:
                wait = float(self._acquire_script(keys=keys, args=args))
            except self._errors as error:
                self._redis_failed(now, error)
            else:
                self._redis_answered()
                return max(0.0, wait)
        return self._acquire_locally(key_hash, method, path)

    async def _aacquire(self, key_hash: str, method: str | None, path: str) -> float:
        now = self._clock()
        if self._redis_due(now):
            keys, args = self._acquire_call(key_hash, method, path, now)
            try:
                wait = float(await self._scripts_of_this_loop()[0](keys=keys, args=args))
            except self._errors as error:
                self._redis_failed(now, error)
            else:
                self._redis_answered()
                return max(0.0, wait)
        return self._acquire_locally(key_hash, method, path)

    def _update_call(
        self, key_hash: str, method: str | None, path: str, headers: Mapping[str, str], status: int, now: float
    ) -> tuple[list[str], list[_Arg]] | None:
        """Feed the in-process limiter; the keys and arguments of the update script, or None when Redis is not told."""
        if method is None:
            self._local.update(key_hash, headers, status)
        else:
            self._local.update_endpoint(key_hash, method, path, headers, status)
        state = parse_rate_limit(headers, now)
        pause_horizon, reset_horizon = horizons(now, self._max_pause)
        wake = state.retry_at if state.retry_at is not None else state.reset_at
        if status == 429 and wake is not None and not wake <= pause_horizon:
            return None  # a pause nobody waits for: the call that got it raises RateLimitError
        if state.reset_at is not None and not state.reset_at <= reset_horizon:
            state = replace(state, reset_at=None)  # not a window's end: not learned from, not stored
        if state.window is not None and not math.isfinite(state.window):
            state = replace(state, window=None)
        window_said = (state.limit, state.remaining, state.reset_at, state.window)
        if (status != 429 and all(value is None for value in window_said)) or not self._redis_due(now):
            return None
        endpoint = endpoint_limit(method, path) if method is not None else None
        if endpoint is not None and state.limit is not None and state.limit > endpoint.limit:
            endpoint = None  # a limit above the endpoint's can only describe the per-user window
        bucket, default_limit, default_window = USER_BUCKET, _arg(None), _arg(None)
        if endpoint is not None:
            bucket, default_limit, default_window = endpoint.bucket, endpoint.limit, endpoint.window
        args: list[_Arg] = [
            now,
            *(_arg(value) for value in (state.limit, state.remaining, state.reset_at, state.window, state.retry_at)),
            status,
            self._member() + ".",
            default_limit,
            default_window,
            PAUSE_WITHOUT_HEADERS,
            REMEMBER_LEARNED * 1000,
        ]
        return self._keys(key_hash, bucket), args

    def _update(self, key_hash: str, method: str | None, path: str, headers: Mapping[str, str], status: int) -> None:
        now = self._clock()
        call = self._update_call(key_hash, method, path, headers, status, now)
        if call is None:
            return
        try:
            self._update_script(keys=call[0], args=call[1])
        except self._errors as error:
            self._redis_failed(now, error)
        else:
            self._redis_answered()

    async def _aupdate(
        self, key_hash: str, method: str | None, path: str, headers: Mapping[str, str], status: int
    ) -> None:
        now = self._clock()
        call = self._update_call(key_hash, method, path, headers, status, now)
        if call is None:
            return
        try:
            await self._scripts_of_this_loop()[1](keys=call[0], args=call[1])
        except self._errors as error:
            self._redis_failed(now, error)
        else:
            self._redis_answered()

    def _redis_due(self, now: float) -> bool:
        return self._down_until is None or now >= self._down_until

    def _redis_answered(self) -> None:
        if self._down_until is not None:
            self._down_until = None
            logger.info("Redis at %s answers again: the rate limit is shared again", self.url)

    def _redis_failed(self, now: float, error: Exception) -> None:
        self._down_until = now + self._retry_after
        with _warned_lock:
            first = self.url not in _warned
            _warned.add(self.url)
        detail = _scrub(error, self._password)
        if first:
            warnings.warn(
                f"postman_ext: Redis at {self.url} cannot be reached ({detail}); this process paces its own "
                f"requests until it answers again (tried again every {self._retry_after:g} s)",
                RuntimeWarning,
                stacklevel=4,
            )
        else:
            logger.info("Redis at %s still cannot be reached (%s); pacing in process", self.url, detail)


class RedisRateLimiterPlugin:
    """Provides a :class:`RedisRateLimiter` to each client, when there is a Redis URL.

    Without ``url`` it reads ``POSTMAN_REDIS_URL`` when a client is built; with neither it
    answers nothing, and the built-in in-process limiter paces the client. The keyword
    arguments are passed on to :class:`RedisRateLimiter`.
    """

    def __init__(
        self, url: str | None = None, *, prefix: str = "postman_ext", timeout: float = 0.5, retry_after: float = 30.0
    ) -> None:
        self.url = url
        self.options: dict[str, Any] = {"prefix": prefix, "timeout": timeout, "retry_after": retry_after}

    def __repr__(self) -> str:
        return f"RedisRateLimiterPlugin({redact_url(self.url) if self.url else ENV_VAR!r})"

    @hookimpl
    def postman_rate_limiter(self, config: ClientConfig) -> RateLimiter | None:
        url = self.url or os.environ.get(ENV_VAR, "").strip()
        if not url:
            return None
        return RedisRateLimiter(url, clock=config.clock, max_pause=config.max_retry_wait, **self.options)


plugin = RedisRateLimiterPlugin()
"""The instance the ``redis-limiter`` entry point registers; ``POSTMAN_REDIS_URL`` enables it."""
