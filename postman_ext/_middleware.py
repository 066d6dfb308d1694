"""The request loop every call goes through, written once without I/O.

:func:`Pipeline.exchange` is a generator: it yields :class:`Sleep` and :class:`Send` actions
and receives each send's outcome (a response or a transport error). The sync and async
transports drive the same generator, doing the real sleeping and sending, so pacing, retries,
redirects, error mapping and hooks behave identically in both. Order of one call:

1. ``postman_prepare_request`` hooks, then the API key (only for the configured host);
2. per attempt: the rate limiter's wait, the send, the limiter's update and
   ``postman_response_received`` (the limiter's ``acquire_endpoint``/``update_endpoint``, given the
   method and the path below the base URL; the async transport awaits their async counterparts,
   so a limiter that waits on a network store does not block the event loop);
3. a 2xx returns; a safe same-host redirect is followed (at most 5); an error status or a
   transport error asks ``postman_retry_delay``, and either sleeps and retries or raises what
   ``postman_map_error`` returns.

The whole call has a deadline (``ClientConfig.deadline`` seconds of sending and receiving, the
waits the loop itself asks for excluded); each :class:`Send` carries it to the transport in the
request's extensions. The request holds the API key only while a transport sends it: before
and after, its ``X-Api-Key`` header (or ``apikey`` parameter) is the key's masked form, and a
response that echoes the key is masked too, so nothing a hook, ``last_response`` or an
exception shows holds the key.
"""

from __future__ import annotations

import logging
import math
import time
import weakref
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import httpx

from ._body import DEADLINE, DEADLINE_SECONDS
from ._redaction import Secret, forget_key, masked, remember_key, scrub_response, scrub_text
from .config import ClientConfig
from .errors import (
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    UnsafeRedirectError,
    error_for_status,
    parse_error_body,
)
from .hookspecs import STOP_RETRYING
from .ratelimit import RateLimiter

__all__ = ["Acquire", "LastResponse", "Pipeline", "Send", "Sleep", "Update"]

logger = logging.getLogger("postman_ext")

MAX_REDIRECTS = 5
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Sleep:
    """Wait this many seconds before going on."""

    seconds: float


@dataclass(frozen=True)
class Key:
    """How the key goes on one request: the header or URL to send, and the masked one kept otherwise."""

    sent: str | httpx.URL
    shown: str | httpx.URL

    def __repr__(self) -> str:
        return f"Key(shown={self.shown!r})"  # never the key itself (tracebacks render local variables)


@dataclass(frozen=True)
class Send:
    """Send this request and hand back the response or the transport error.

    ``key``: put on the request only for the send (``Pipeline.keyed``); ``None`` when the
    request goes to a host the key is not for.
    """

    request: httpx.Request
    key: Key | None = None


@dataclass(frozen=True)
class Acquire:
    """Ask the rate limiter for a slot for ``method path``; hand back the seconds to wait."""

    key_hash: str
    method: str
    path: str


@dataclass(frozen=True)
class Update:
    """Tell the rate limiter what the response to ``method path`` said."""

    key_hash: str
    method: str
    path: str
    response: httpx.Response


Outcome = httpx.Response | Exception | float | None
Flow = Generator[Sleep | Send | Acquire | Update, Outcome, httpx.Response]


def has_header(headers: httpx.Headers, lowered_name: bytes) -> bool:
    """``name in headers`` without httpx's charset detection over every header of a new ``Headers``."""
    return any(name.lower() == lowered_name for name, _ in headers.raw)


class _Token:
    """Stands for one context's view of the last responses (weakly referenced by each client)."""

    __slots__ = ("__weakref__",)


# Module level: a ContextVar made per client would keep each client's last response alive for
# as long as any context that saw it. The context holds only small tokens; each client keeps its
# responses in a weak mapping keyed by them, so a response lives while both its client and the
# context it was received in do.
_LAST_RESPONSE_TOKENS: ContextVar[Mapping[int, _Token]] = ContextVar(
    "postman_ext_last_response", default=MappingProxyType({})
)


_LIVE: weakref.WeakValueDictionary[int, LastResponse] = weakref.WeakValueDictionary()


class LastResponse:
    """The last response one client received in the current thread or task (``get``/``set``)."""

    def __init__(self) -> None:
        self._responses: weakref.WeakKeyDictionary[_Token, httpx.Response] = weakref.WeakKeyDictionary()
        _LIVE[id(self)] = self

    def _new_token(self) -> _Token:
        token = _Token()
        # A new mapping each time: a task's change never shows in the context it was started from.
        # Entries of clients that are gone are dropped, so a program that makes many clients in
        # one thread does not grow the mapping.
        current = _LAST_RESPONSE_TOKENS.get()
        kept = {owner: held for owner, held in current.items() if owner in _LIVE}
        kept[id(self)] = token
        _LAST_RESPONSE_TOKENS.set(kept)
        return token

    def get(self) -> httpx.Response | None:
        token = _LAST_RESPONSE_TOKENS.get().get(id(self))
        return None if token is None else self._responses.get(token)

    def set(self, response: httpx.Response | None) -> None:
        """Keep ``response``; ``None`` starts a new call in this context, forgetting the previous one."""
        if response is None:
            self._new_token()
            return
        token = _LAST_RESPONSE_TOKENS.get().get(id(self)) or self._new_token()
        self._responses[token] = response


class Pipeline:
    """Everything one client needs to run the loop: hooks, settings, limiter, key."""

    def __init__(
        self,
        hook: Any,
        config: ClientConfig,
        limiter: RateLimiter,
        api_key: str,
    ) -> None:
        self.hook = hook
        self.config = config
        self.limiter = limiter
        self._api_key = Secret(api_key)
        remember_key(api_key)
        self._forget = weakref.finalize(self, forget_key, api_key)
        self._base_path = httpx.URL(config.base_url).path.rstrip("/")
        self.last_response = LastResponse()

    def __repr__(self) -> str:
        return f"<Pipeline {self.config.host} key={self.config.key_hint}>"

    def replace_api_key(self, api_key: str) -> None:
        self._forget()
        self._api_key = Secret(api_key)
        remember_key(api_key)
        self._forget = weakref.finalize(self, forget_key, api_key)

    def _key_for(self, request: httpx.Request) -> Key | None:
        """How the key goes on ``request``, which from now on shows only the masked key."""
        if not self._api_key or request.url.netloc.decode("ascii").lower() != self.config.host:
            return None  # no key (calls made with an access key), or a host the key was not meant for
        shown = masked(self._api_key)
        if self.config.api_key_location == "query":
            shown_url = request.url.copy_merge_params({"apikey": shown})
            key = Key(request.url.copy_merge_params({"apikey": self._api_key}), shown_url)
            request.url = shown_url
            return key
        if has_header(request.headers, b"x-api-key") and request.headers["x-api-key"] != shown:
            return None  # a plugin set its own
        request.headers["X-Api-Key"] = shown
        return Key(self._api_key, shown)

    @staticmethod
    @contextmanager
    def keyed(send: Send) -> Iterator[httpx.Request]:
        """The request of ``send`` with the key on it, for the transport; masked again afterwards."""
        request, key = send.request, send.key
        if key is None:
            yield request
        elif isinstance(key.sent, httpx.URL):
            request.url = key.sent
            try:
                yield request
            finally:
                request.url = key.shown  # type: ignore[assignment]
        else:
            request.headers["X-Api-Key"] = key.sent
            try:
                yield request
            finally:
                request.headers["X-Api-Key"] = key.shown  # type: ignore[assignment]

    def exchange(self, request: httpx.Request) -> Flow:
        """The loop for one call; see the module docstring."""
        hook, config = self.hook, self.config
        hook.postman_prepare_request(request=request, config=config)
        key = self._key_for(request)
        attempt, redirects = 1, 0
        deadline = time.monotonic() + config.deadline
        method = request.method
        path = self._endpoint_path(request)
        while True:
            wait = yield Acquire(config.key_hash, method, path)
            assert isinstance(wait, (int, float)), wait
            if wait > 0 or wait != wait:
                if not wait <= config.max_retry_wait:  # also NaN and inf, which sleep() refuses or never ends
                    raise self._held_too_long(request, wait)
                logger.info(
                    "%s %s: waiting %.1f s for the rate limit (this key's window is spent; attempt %d)",
                    method,
                    request.url.path,
                    wait,
                    attempt,
                )
                yield Sleep(wait)
                deadline += wait
            started = time.monotonic()
            request.extensions[DEADLINE] = deadline
            request.extensions[DEADLINE_SECONDS] = config.deadline
            outcome = yield Send(request, key)
            elapsed = time.monotonic() - started
            response = outcome if isinstance(outcome, httpx.Response) else None
            error = outcome if isinstance(outcome, Exception) else None
            if response is not None:
                response.request = request
                response = scrub_response(response, self._api_key)
                yield Update(config.key_hash, method, path, response)
                hook.postman_response_received(
                    request=request, response=response, elapsed=elapsed, attempt=attempt, config=config
                )
                self.last_response.set(response)
                status = response.status_code
                if status in _REDIRECT_STATUSES and "location" in response.headers:
                    redirects += 1
                    request = self._redirected(request, response, redirects)
                    key = self._key_for(request)
                    continue
                if status < 400:
                    return response
            if attempt <= config.max_retries and time.monotonic() < deadline:
                delay = hook.postman_retry_delay(
                    request=request, response=response, error=error, attempt=attempt, config=config
                )
                if delay is not None and delay != STOP_RETRYING and 0 <= delay < math.inf:
                    logger.info(
                        "%s %s: %s; retrying in %.1f s (attempt %d of at most %d)",
                        method,
                        request.url.path,
                        self._why(response, error),
                        delay,
                        attempt + 1,
                        config.max_retries + 1,
                    )
                    yield Sleep(delay)
                    deadline += delay
                    attempt += 1
                    continue
            raise self._failure(request, response, error, attempt)

    def _held_too_long(self, request: httpx.Request, wait: float) -> RateLimitError:
        """The error for a request the limiter would hold longer than ``max_retry_wait``; it is not sent."""
        limit = self.config.max_retry_wait
        return RateLimitError(
            retry_after=wait if wait == wait else None,
            reason=f"not sent: the rate limit holds requests for {wait:g} s, longer than max_retry_wait ({limit:g} s)",
            status_code=429,
            headers={},
            text="",
            method=request.method,
            path=request.url.path,
            request=request,
        )

    def _endpoint_path(self, request: httpx.Request) -> str:
        path = request.url.path
        return path[len(self._base_path) :] if self._base_path and path.startswith(self._base_path) else path

    def _why(self, response: httpx.Response | None, error: Exception | None) -> str:
        """What went wrong, for a log line or an error: the status, or the transport error without the key."""
        if response is not None:
            return f"HTTP {response.status_code}"
        detail = str(error) or type(error).__name__
        if self._api_key:  # a lower library's message may quote the URL, which holds the key in the query form
            detail = detail.replace(self._api_key, self.config.key_hint)
        return f"{type(error).__name__}: {detail}"

    def _failure(
        self, request: httpx.Request, response: httpx.Response | None, error: Exception | None, attempts: int = 1
    ) -> Exception:
        method, path = request.method, request.url.path
        if response is None:
            assert error is not None
            if not isinstance(error, httpx.TransportError):
                return error
            kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
            # A lower library's message may quote the URL, which holds the key in the query form;
            # the error itself stays reachable from the traceback (a frame's local variable).
            if self._api_key:
                error.args = tuple(
                    scrub_text(arg, self._api_key) if isinstance(arg, str) else arg for arg in error.args
                )
            tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
            message = f"{method} {path}: {self._why(None, error)} (after {tries})"
            return kind(message, method=method, path=path, request=request)
        body = parse_error_body(response.text)
        mapped = self.hook.postman_map_error(request=request, response=response, body=body, config=self.config)
        if isinstance(mapped, Exception):
            return mapped
        status, headers, text = response.status_code, response.headers, response.text
        return error_for_status(
            status=status, headers=headers, text=text, method=method, path=path, request=request, response=response
        )

    def _redirected(self, request: httpx.Request, response: httpx.Response, count: int) -> httpx.Request:
        location = response.headers["location"]
        try:
            target = request.url.join(location) if location.strip() else None
        except httpx.InvalidURL as error:
            target, invalid = None, f"its Location header is not a valid URL ({error})"
        else:
            invalid = "its Location header is empty"
        same_host = target is not None and target.netloc == request.url.netloc
        keeps_tls = target is not None and (target.scheme == request.url.scheme or target.scheme == "https")
        if not (same_host and keeps_tls) or count > MAX_REDIRECTS:
            if target is None:
                reason: str | None = invalid
            elif same_host and keeps_tls:
                reason = f"more than {MAX_REDIRECTS} redirects in one call (a redirect loop?)"
            else:
                reason = None  # the class's own: it leaves the configured host or drops HTTPS
            raise UnsafeRedirectError(
                location=str(target.copy_with(query=None)) if target is not None else location.split("?", 1)[0],
                reason=reason,
                status_code=response.status_code,
                headers=response.headers,
                text=response.text,
                method=request.method,
                path=request.url.path,
                request=request,
                response=response,
            )
        assert target is not None  # same_host implies it
        method, content = request.method, request.read()  # the async transport leaves it unread
        headers = httpx.Headers(request.headers)
        if response.status_code == 303 or (response.status_code in (301, 302) and method not in ("GET", "HEAD")):
            method, content = "GET", b""
            for name in ("content-length", "content-type"):
                headers.pop(name, None)
        return httpx.Request(method, target, headers=headers, content=content, extensions=request.extensions)


class SyncMiddlewareTransport(httpx.BaseTransport):
    """Runs :meth:`Pipeline.exchange` over a synchronous transport."""

    def __init__(self, inner: httpx.BaseTransport, pipeline: Pipeline, sleep: Callable[[float], None]) -> None:
        self._inner = inner
        self._pipeline = pipeline
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        flow = self._pipeline.exchange(request)
        limiter = self._pipeline.limiter
        outcome: Outcome = None
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, Acquire):
                    outcome = limiter.acquire_endpoint(action.key_hash, action.method, action.path)
                    continue
                if isinstance(action, Update):
                    answer = action.response
                    limiter.update_endpoint(
                        action.key_hash, action.method, action.path, answer.headers, answer.status_code
                    )
                    outcome = None
                    continue
                if isinstance(action, Sleep):
                    self._sleep(action.seconds)
                    outcome = None
                    continue
                try:
                    with self._pipeline.keyed(action) as sending:
                        outcome = self._inner.handle_request(sending)
                        outcome.read()
                except httpx.TransportError as error:
                    outcome = error
        except StopIteration as finished:
            response: httpx.Response = finished.value
            return response

    def close(self) -> None:
        self._inner.close()


class AsyncMiddlewareTransport(httpx.AsyncBaseTransport):
    """Runs :meth:`Pipeline.exchange` over an asynchronous transport."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        pipeline: Pipeline,
        sleep: Callable[[float], Any],
    ) -> None:
        self._inner = inner
        self._pipeline = pipeline
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        flow = self._pipeline.exchange(request)
        limiter = self._pipeline.limiter
        outcome: Outcome = None
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, Acquire):
                    outcome = await limiter.aacquire_endpoint(action.key_hash, action.method, action.path)
                    continue
                if isinstance(action, Update):
                    answer = action.response
                    await limiter.aupdate_endpoint(
                        action.key_hash, action.method, action.path, answer.headers, answer.status_code
                    )
                    outcome = None
                    continue
                if isinstance(action, Sleep):
                    await self._sleep(action.seconds)
                    outcome = None
                    continue
                try:
                    with self._pipeline.keyed(action) as sending:
                        await sending.aread()  # the body stays readable, for a redirect to send again
                        outcome = await self._inner.handle_async_request(sending)
                        await outcome.aread()
                except httpx.TransportError as error:
                    outcome = error
        except StopIteration as finished:
            response: httpx.Response = finished.value
            return response

    async def aclose(self) -> None:
        await self._inner.aclose()
