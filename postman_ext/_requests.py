"""The one seam between the generated code and the library: what a request is built from.

A generated endpoint module's ``_get_kwargs(...)`` gives the method, the path, the query
parameters, the headers and the body of a call; its ``_parse_response`` reads a success body.
Everything between is postman_ext's: :class:`RequestBuilder` makes the ``httpx.Request`` the
way ``httpx.Client`` would (base URL, default headers, query parameters, timeouts, the cookie
jar), and the client hands it straight to its middleware transport, which paces, authorises,
retries, follows redirects and maps errors. No ``httpx.Client`` runs: its auth flows, redirect
loop, event hooks and INFO log line (which printed the full URL, the key too when it travels as
the ``apikey`` query parameter) cost more than a loopback exchange and would do nothing here.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import httpx

from ._middleware import has_header

__all__ = ["RequestBuilder"]

_URL_CACHE_SIZE = 256
_BODILESS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})
"""Methods for which httpx adds no ``Content-Length`` to a request without a body."""
_EMPTY = httpx.ByteStream(b"")


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
    client: RequestBuilder,
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


class RequestBuilder:
    """Builds the ``httpx.Request`` for what a generated ``_get_kwargs`` returns, as ``httpx.Client``
    would (base URL, default headers, query parameters, timeouts, cookies), and keeps what the
    response brings back (``elapsed``, cookies). It is no client: the caller sends the request
    through its middleware transport itself.
    """

    def __init__(self, *, base_url: str, timeout: httpx.Timeout, headers: httpx.Headers) -> None:
        self.headers = headers
        self.cookies = httpx.Cookies()
        self.timeout = timeout
        self._prefix = base_url.rstrip("/")
        self._urls: dict[str, httpx.URL] = {}
        self._hosts: HostCache = {}

    def build(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        headers: Any = None,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
    ) -> httpx.Request:
        """The request for ``url``, a path below the base URL (what the generated code passes)."""
        return _build(
            self, self._urls, self._hosts, self._prefix, method, url, params, headers, content, data, files, json
        )

    def received(self, response: httpx.Response, started: float) -> httpx.Response:
        """Note what ``response`` brings back: the time since ``started`` and the cookies it sets."""
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        if has_header(response.headers, b"set-cookie"):
            self.cookies.extract_cookies(response)
        return response
