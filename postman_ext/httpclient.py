"""The httpx clients the generated functions call, with a short path to the middleware.

The generated ``sync_detailed`` and ``asyncio_detailed`` call ``client.request(method=...,
url=..., params=..., json=...)``. On a stock ``httpx.Client`` that call runs auth flows, a
redirect loop, event hooks, a cookie-jar pass and an INFO log line before and after the
transport; here the middleware owns redirects and the key, so none of that does anything,
yet it costs more than the loopback exchange itself. These subclasses build the request as
httpx would (base URL, default headers, query parameters, timeouts) and hand it straight to
the middleware transport.

What stays as httpx does it: the default headers, the cookie jar (cookies the server sets
are kept and sent back), ``response.elapsed``, ``response.request``. What goes: httpx's
``HTTP Request: ...`` INFO log line, which printed the full URL (with the key, when it
travels as the ``apikey`` query parameter); the built-in plugin logs each call instead.
Calls with arguments the generated code never passes (per-request auth, timeouts, cookies,
extensions, absolute URLs) take httpx's own path unchanged.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import httpx

from .middleware import has_header

__all__ = ["DirectAsyncClient", "DirectClient"]

_URL_CACHE_SIZE = 256
_BODILESS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
"""Methods for which httpx adds no ``Content-Length`` to a request without a body."""
_EMPTY = httpx.ByteStream(b"")


def _prefix(client: httpx.Client | httpx.AsyncClient) -> str:
    """The base URL without its trailing slash, to which a path starting with ``/`` is appended."""
    return str(client.base_url).rstrip("/")


def _is_plain(url: object, auth: object, follow_redirects: object, timeout: object, rest: tuple[object, ...]) -> bool:
    """True for the calls the generated code makes: a relative path and no per-request settings."""
    return (
        isinstance(url, str)
        and url.startswith("/")
        and auth is httpx.USE_CLIENT_DEFAULT
        and follow_redirects is httpx.USE_CLIENT_DEFAULT
        and timeout is httpx.USE_CLIENT_DEFAULT
        and all(value is None for value in rest)
    )


def _url(cache: dict[str, httpx.URL], prefix: str, path: str) -> httpx.URL:
    """The parsed URL of ``path`` below the base URL; parsing costs more than the rest of building a request."""
    url = cache.get(path)
    if url is None:
        if len(cache) >= _URL_CACHE_SIZE:
            cache.clear()
        url = cache[path] = httpx.URL(prefix + path)
    return url


HostCache = dict[bytes, tuple[list[tuple[bytes, bytes]], httpx.Headers]]
"""By host: the headers last seen (``Headers.raw``) and the same with a ``Host`` header first."""


def _with_host(cache: HostCache, headers: httpx.Headers, netloc: bytes) -> httpx.Headers:
    """``headers`` with a ``Host`` header, built once for the client's unchanging default headers."""
    raw = headers.raw
    cached = cache.get(netloc)
    if cached is not None and cached[0] == raw:
        return cached[1]
    with_host = headers if has_header(headers, b"host") else httpx.Headers([(b"Host", netloc), *raw])
    if len(cache) >= _URL_CACHE_SIZE:
        cache.clear()
    cache[netloc] = (raw, with_host)
    return with_host


def _build(
    client: httpx.Client | httpx.AsyncClient,
    urls: dict[str, httpx.URL],
    hosts: HostCache,
    prefix: str,
    method: str,
    url: str,
    params: Any,
    headers: Any,
    content: Any,
    data: Any,
    files: Any,
    json: Any,
) -> httpx.Request:
    merged = client.headers
    if headers:
        merged = httpx.Headers(client.headers)
        merged.update(headers)
    target = _url(urls, prefix, url)
    if params:
        target = target.copy_merge_params(params)  # an empty mapping leaves the URL as it is, as in httpx
    extensions = {"timeout": client.timeout.as_dict()}
    if content is None and data is None and files is None and json is None and method.upper() in _BODILESS:
        # What httpx.Request builds for a request without a body (a Host header first, an empty
        # stream), without its body encoding and header checks, which cost as much as the rest.
        merged = _with_host(hosts, merged, target.netloc)
        request = httpx.Request(method, target, headers=merged, stream=_EMPTY, extensions=extensions)
    else:
        request = httpx.Request(
            method, target, headers=merged, content=content, data=data, files=files, json=json, extensions=extensions
        )
    if client.cookies:
        httpx.Cookies(client.cookies).set_cookie_header(request)
    return request


def _finish(client: httpx.Client | httpx.AsyncClient, response: httpx.Response, started: float) -> None:
    response.elapsed = timedelta(seconds=time.perf_counter() - started)
    if has_header(response.headers, b"set-cookie"):
        client.cookies.extract_cookies(response)


class DirectClient(httpx.Client):
    """An ``httpx.Client`` whose ``request`` goes straight to its transport (see the module docstring)."""

    def __init__(self, *, base_url: str, transport: httpx.BaseTransport, timeout: httpx.Timeout) -> None:
        super().__init__(base_url=base_url, transport=transport, timeout=timeout, follow_redirects=False)
        self._direct_transport = transport
        self._prefix = _prefix(self)
        self._urls: dict[str, httpx.URL] = {}
        self._hosts: HostCache = {}

    def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Response:
        if not _is_plain(url, auth, follow_redirects, timeout, (cookies, extensions)):
            return super().request(
                method,
                url,
                content=content,
                data=data,
                files=files,
                json=json,
                params=params,
                headers=headers,
                cookies=cookies,
                auth=auth,
                follow_redirects=follow_redirects,
                timeout=timeout,
                extensions=extensions,
            )
        assert isinstance(url, str)
        request = _build(
            self, self._urls, self._hosts, self._prefix, method, url, params, headers, content, data, files, json
        )
        started = time.perf_counter()
        response = self._direct_transport.handle_request(request)
        _finish(self, response, started)
        return response


class DirectAsyncClient(httpx.AsyncClient):
    """The ``httpx.AsyncClient`` counterpart of :class:`DirectClient`."""

    def __init__(self, *, base_url: str, transport: httpx.AsyncBaseTransport, timeout: httpx.Timeout) -> None:
        super().__init__(base_url=base_url, transport=transport, timeout=timeout, follow_redirects=False)
        self._direct_transport = transport
        self._prefix = _prefix(self)
        self._urls: dict[str, httpx.URL] = {}
        self._hosts: HostCache = {}

    async def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Response:
        if not _is_plain(url, auth, follow_redirects, timeout, (cookies, extensions)):
            return await super().request(
                method,
                url,
                content=content,
                data=data,
                files=files,
                json=json,
                params=params,
                headers=headers,
                cookies=cookies,
                auth=auth,
                follow_redirects=follow_redirects,
                timeout=timeout,
                extensions=extensions,
            )
        assert isinstance(url, str)
        request = _build(
            self, self._urls, self._hosts, self._prefix, method, url, params, headers, content, data, files, json
        )
        started = time.perf_counter()
        response = await self._direct_transport.handle_async_request(request)
        _finish(self, response, started)
        return response
