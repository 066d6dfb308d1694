"""An httpx transport that sends through one urllib3 ``PoolManager``.

urllib3's own retries and redirects are off: the client's middleware owns both. TLS is
verified (certifi's CA bundle unless told otherwise), proxies come from the environment
(``HTTPS_PROXY``, ``NO_PROXY``, ...), and urllib3's exceptions become httpx's, so the layers
above see one family of errors whichever transport runs.
"""

from __future__ import annotations

import logging
import re
import ssl
import urllib.request
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

__all__ = ["Urllib3Transport"]

# urllib3 decodes gzip/deflate itself; these would make httpx decode or check again.
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
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


class Urllib3Transport(httpx.BaseTransport):
    """Send httpx requests with urllib3; one connection pool per transport.

    ``verify``: ``True`` (certifi's bundle), a CA bundle path, or an ``ssl.SSLContext``.
    ``trust_env``: take proxies from the environment.
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
    ) -> None:
        if verify is False:
            raise ValueError("TLS verification cannot be turned off: pass a CA bundle path or an ssl.SSLContext")
        tls: dict[str, Any] = {"cert_reqs": "CERT_REQUIRED"}
        if isinstance(verify, ssl.SSLContext):
            tls["ssl_context"] = verify
        else:
            tls["ca_certs"] = certifi.where() if verify is True else verify
        self._tls = tls
        self._pool_maxsize = pool_maxsize
        self._direct = urllib3.PoolManager(maxsize=pool_maxsize, **tls)
        self._proxies = urllib.request.getproxies() if trust_env else {}
        self._proxy_managers: dict[str, urllib3.ProxyManager] = {}
        self._pools: dict[tuple[str, str, int | None], HTTPConnectionPool] = {}
        self._timeouts: dict[tuple[float | None, float | None], urllib3.Timeout] = {}

    def _manager_for(self, url: httpx.URL) -> urllib3.PoolManager:
        proxy = self._proxies.get(url.scheme)
        if not proxy or urllib.request.proxy_bypass(url.host):
            return self._direct
        manager = self._proxy_managers.get(proxy)
        if manager is None:
            manager = urllib3.ProxyManager(proxy, maxsize=self._pool_maxsize, **self._tls)
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
            "preload_content": True,
            "decode_content": True,
        }
        url = request.url
        pool = self._direct_pool(url)
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
        timeout = self._timeouts.get((connect, read))
        if timeout is None:  # built once: urllib3 validates each value on every construction
            timeout = self._timeouts[(connect, read)] = urllib3.Timeout(connect=connect, read=read)
        return timeout

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sent = {name.decode("latin-1"): value.decode("latin-1") for name, value in request.headers.raw}
        try:
            raw = self._send(request, request.read() or None, sent)
        except MaxRetryError as error:  # urllib3 wraps the cause even with retries off, in some paths
            raise _to_httpx(error.reason or error, request) from error
        except HTTPError as error:
            raise _to_httpx(error, request) from error
        data = raw.data
        # http.client decodes header bytes as latin-1; encoding back gives the bytes received,
        # which httpx then decodes as it would its own (ASCII, else UTF-8, else latin-1). Passing
        # the str would make httpx encode it as ASCII, which fails on a UTF-8 file name.
        headers = [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in raw.headers.items()  # each header, repeated ones apart (HTTPMessage too)
            if name.lower() not in _DROPPED_HEADERS
        ]
        headers.append((b"Content-Length", str(len(data)).encode("ascii")))  # of the decoded body
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

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()  # urllib3 2.x no longer closes the pools it forgets
        self._pools.clear()
        self._direct.clear()
        for manager in self._proxy_managers.values():
            manager.clear()


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
        return httpx.ReadTimeout(message, request=request)
    if isinstance(error, SSLError):
        return httpx.ConnectError(message, request=request)
    if isinstance(error, ProtocolError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(error, (ConnectionError, OSError)):
        return httpx.ConnectError(message, request=request)
    return httpx.TransportError(message, request=request)
