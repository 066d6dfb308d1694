"""An httpx transport that sends through one urllib3 ``PoolManager``, and what both transports share.

urllib3's own retries and redirects are off: the client's middleware owns both. TLS is
verified (certifi's CA bundle unless told otherwise), proxies come from the environment
(``HTTPS_PROXY``, ``NO_PROXY``, ...), and urllib3's exceptions become httpx's, so the layers
above see one family of errors whichever transport runs. The body is read in chunks through
:class:`~postman_ext._body.BodyReader`: decoded under ``max_body_size``, within the call's deadline.

:func:`check_verify` and :func:`proxy_for` are the one place where the sync and the async
transport decide about TLS verification and proxies.
"""

from __future__ import annotations

import logging
import re
import ssl
import urllib.request
from collections.abc import Mapping
from typing import Any

import certifi
import httpx
import urllib3
from urllib3.connectionpool import HTTPConnectionPool
from urllib3.exceptions import (
    ClosedPoolError,
    ConnectTimeoutError,
    HTTPError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.util.retry import Retry

from ._body import CHUNK, DEADLINE, DEFAULT_MAX_BODY_SIZE, BodyReader, deadline_passed, remaining, transport_headers
from ._deadline_io import reading_until, with_deadlines
from ._redaction import Secret
from .config import is_loopback
from .errors import ConfigurationError

__all__ = ["Urllib3Transport", "check_key_route", "check_verify", "environment_proxies", "proxy_for"]

_KEY_PARAMETER = re.compile(r"((?:^|[?&])(?:apikey|access_key)=)[^&\s\"']*", re.IGNORECASE)


class _RedactKeyParameters(logging.Filter):
    """urllib3 logs each request line at DEBUG, query included: hide the key of the ``apikey`` form."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and any(isinstance(arg, str) and "=" in arg for arg in record.args):
            record.args = tuple(
                _KEY_PARAMETER.sub(r"\1REDACTED", arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True


logging.getLogger("urllib3.connectionpool").addFilter(_RedactKeyParameters())
# What ``retries=False, redirect=False`` becomes inside urllib3, built once instead of per request.
_NO_RETRIES = Retry(total=False, redirect=False)


def check_verify(verify: object) -> None:
    """Refuse ``verify=False`` (the one check both clients and both transports make)."""
    if verify is False:
        raise ConfigurationError(
            "verify=False: TLS verification cannot be turned off; pass a CA bundle path or an ssl.SSLContext"
        )


def environment_proxies(trust_env: bool) -> dict[str, str]:
    """The proxies of the environment by scheme (``HTTPS_PROXY``, ``HTTP_PROXY``, ...), when trusted."""
    return urllib.request.getproxies() if trust_env else {}


def proxy_for(url: httpx.URL, proxies: Mapping[str, str]) -> str | None:
    """The proxy URL a request to ``url`` goes through, or ``None`` (``NO_PROXY`` honoured)."""
    proxy = proxies.get(url.scheme)
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    return proxy


def check_key_route(base_url: str, proxies: Mapping[str, str]) -> None:
    """Plain HTTP carries the key only when every hop is on this machine: the proxy too."""
    url = httpx.URL(base_url)
    proxy = proxy_for(url, proxies)
    if url.scheme == "http" and proxy is not None and not is_loopback(httpx.URL(proxy).host):
        raise ConfigurationError(
            f"base URL {base_url!r} uses plain HTTP and the environment sends it through the proxy "
            f"{httpx.URL(proxy).host!r}, which is not on this machine: the API key would reach it unencrypted. "
            "Add the host to NO_PROXY, use a loopback proxy, or use https://."
        )


class Urllib3Transport(httpx.BaseTransport):
    """Send httpx requests with urllib3; one connection pool per transport.

    ``verify``: ``True`` (certifi's bundle), a CA bundle path, or an ``ssl.SSLContext``.
    ``trust_env``: take proxies from the environment. ``max_body_size``: bytes of decoded body
    a response may have (:class:`~postman_ext.errors.ResponseTooLargeError` past it).
    ``pool_maxsize``: connections kept open per host. The default serves up to 32 threads on
    one client (``ThreadPoolExecutor``'s largest default) without urllib3 discarding
    connections and logging "Connection pool is full".
    """

    def __init__(
        self,
        *,
        verify: bool | str | ssl.SSLContext = True,
        trust_env: bool = True,
        pool_maxsize: int = 32,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        check_verify(verify)
        tls: dict[str, Any] = {"cert_reqs": "CERT_REQUIRED"}
        if isinstance(verify, ssl.SSLContext):
            tls["ssl_context"] = verify
        else:
            tls["ca_certs"] = certifi.where() if verify is True else verify
        self._tls = tls
        self._pool_maxsize = pool_maxsize
        self._direct = with_deadlines(urllib3.PoolManager(maxsize=pool_maxsize, **tls))
        self._max_body_size = max_body_size
        self._proxies = environment_proxies(trust_env)
        self._proxy_managers: dict[str, urllib3.ProxyManager] = {}
        self._pools: dict[tuple[str, str, int | None], HTTPConnectionPool] = {}
        self._timeouts: dict[tuple[float | None, float | None], urllib3.Timeout] = {}

    def _manager_for(self, url: httpx.URL) -> urllib3.PoolManager:
        proxy = proxy_for(url, self._proxies)
        if proxy is None:
            return self._direct
        manager = self._proxy_managers.get(proxy)
        if manager is None:
            manager = with_deadlines(urllib3.ProxyManager(proxy, maxsize=self._pool_maxsize, **self._tls))
            self._proxy_managers[proxy] = manager
        return manager

    def _direct_pool(self, url: httpx.URL) -> HTTPConnectionPool | None:
        """The connection pool of ``url``'s origin, or ``None`` when a proxy carries the request.

        Calling the pool skips what ``PoolManager.urlopen`` repeats on every request (parsing the
        URL, normalising the pool key, locking the pool table): benchmarks/overhead.py went from
        1.40-1.53 to 1.25-1.33 times raw urllib3 with it.
        """
        key = (url.scheme, url.host, url.port)
        pool = self._pools.get(key)
        if pool is None:
            if self._manager_for(url) is not self._direct:
                return None
            port = url.port or (443 if url.scheme == "https" else 80)
            pool = self._pools[key] = self._direct.connection_from_host(url.host, port=port, scheme=url.scheme)
        return pool

    def _send(self, request: httpx.Request, body: bytes | None, headers: dict[str, str]) -> urllib3.BaseHTTPResponse:
        options: dict[str, Any] = {
            "body": body,
            "headers": headers,
            "redirect": False,
            "retries": _NO_RETRIES,
            "timeout": self._timeout(request),
            "preload_content": False,
            "decode_content": False,
        }
        url = request.url
        pool = self._direct_pool(url)
        with reading_until(request.extensions.get(DEADLINE)):
            if pool is None:
                return self._manager_for(url).urlopen(request.method, str(url), **options)
            path = url.raw_path.decode("ascii")
            try:
                return pool.urlopen(request.method, path, assert_same_host=False, **options)
            except ClosedPoolError:  # the manager dropped this pool (it keeps ten): take the one it has now
                del self._pools[(url.scheme, url.host, url.port)]
                pool = self._direct_pool(url)
                assert pool is not None
                return pool.urlopen(request.method, path, assert_same_host=False, **options)

    def _timeout(self, request: httpx.Request) -> urllib3.Timeout:
        timeouts = request.extensions.get("timeout", {})
        connect, read = timeouts.get("connect"), timeouts.get("read")
        left = remaining(request)
        if left is not None and (connect is None or read is None or left < max(connect, read)):
            if left <= 0:
                raise deadline_passed(request, "sending the request")
            # Near the deadline: no wait may outlast it (not cached, these values vary).
            return urllib3.Timeout(connect=_at_most(connect, left), read=_at_most(read, left))
        timeout = self._timeouts.get((connect, read))
        if timeout is None:  # built once: urllib3 validates each value on every construction
            timeout = self._timeouts[(connect, read)] = urllib3.Timeout(connect=connect, read=read)
        return timeout

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            raw = self._send(request, request.read() or None, _headers_to_send(request))
            try:
                data, decoded = self._read_body(request, raw)
            except BaseException:
                raw.close()  # the rest of the body is unread: the connection cannot serve another request
                raise
            finally:
                release = getattr(raw, "release_conn", None)  # vcrpy 8's recording stub has none
                if release is not None:
                    release()
        except MaxRetryError as error:  # urllib3 wraps the cause even with retries off, in some paths
            raise _to_httpx(error.reason or error, request) from error
        except HTTPError as error:
            raise _to_httpx(error, request) from error
        except OSError as error:  # from the socket (ssl.SSLError too), while reading the body ourselves
            raise _to_httpx(error, request) from error
        # http.client decodes header bytes as latin-1; encoding back gives the bytes received,
        # which httpx then decodes as it would its own (ASCII, else UTF-8, else latin-1). Passing
        # the str would make httpx encode it as ASCII, which fails on a UTF-8 file name.
        received = [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in raw.headers.items()  # each header, repeated ones apart (HTTPMessage too)
        ]
        headers = transport_headers(received, data, decoded)
        response = httpx.Response(
            raw.status,
            headers=headers,
            stream=httpx.ByteStream(data),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (raw.reason or "").encode("ascii", "replace")},
        )
        # The body is already whole and decoded; httpx's read() would pass it through its decoders again.
        response._content = data
        return response

    def _read_body(self, request: httpx.Request, raw: urllib3.BaseHTTPResponse) -> tuple[bytes, bool]:
        """The body, decoded under the size limit, within the deadline."""
        reader = BodyReader(request, raw.headers.get("content-encoding"), self._max_body_size)
        while True:
            # What has arrived (read() would wait for CHUNK bytes), not decoded; each read from the
            # socket gets only the time left before the deadline (_deadline_io).
            chunk = raw.read1(CHUNK)
            if not chunk:
                break
            reader.feed(chunk)
            if getattr(raw, "length_remaining", None) == 0:
                break  # all of Content-Length is here: no read to learn that
        return reader.finish(), reader.decodes

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()  # urllib3 2.x no longer closes the pools it forgets
        self._pools.clear()
        self._direct.clear()
        for manager in self._proxy_managers.values():
            manager.clear()


def _headers_to_send(request: httpx.Request) -> dict[str, str]:
    """The request's headers as urllib3 takes them; the key's value shows as its masked form in a ``repr``
    (a traceback rendered with local variables shows the frames of urllib3 and http.client)."""
    return {
        name.decode("latin-1"): Secret(text) if name.lower() == b"x-api-key" else text
        for name, value in request.headers.raw
        for text in (value.decode("latin-1"),)
    }


def _at_most(seconds: float | None, limit: float) -> float:
    return limit if seconds is None else min(seconds, limit)


def _to_httpx(error: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception that means what ``error`` means. Order matters: subclasses first."""
    message = str(error)
    if isinstance(error, ProxyError):
        return httpx.ProxyError(message, request=request)
    if isinstance(error, NewConnectionError):  # a subclass of ConnectTimeoutError
        return httpx.ConnectError(message, request=request)
    if isinstance(error, ConnectTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(error, ReadTimeoutError):
        left = remaining(request)
        if left is not None and left <= 0:
            return deadline_passed(request, "reading the answer")
        return httpx.ReadTimeout(message, request=request)
    if isinstance(error, SSLError):
        return httpx.ConnectError(message, request=request)
    if isinstance(error, ProtocolError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(error, (ConnectionError, OSError)):
        return httpx.ConnectError(message, request=request)
    return httpx.TransportError(message, request=request)
