"""The async client's transport: httpx's own, made to behave as :class:`~postman_ext._transport.Urllib3Transport`.

The same proxies (from the environment, chosen by :func:`~postman_ext._transport.proxy_for`),
the same TLS check, the same body reading (decoded under ``max_body_size`` by
:class:`~postman_ext._body.BodyReader`), a response that knows its request, and the call's
deadline over everything from connecting to the last byte of the body.
"""

from __future__ import annotations

import os
import ssl

import anyio
import certifi
import httpx

from ._body import DEFAULT_MAX_BODY_SIZE, BodyReader, deadline_passed, remaining, transport_headers
from ._transport import check_verify, environment_proxies, proxy_for

__all__ = ["AsyncTransport"]


class AsyncTransport(httpx.AsyncBaseTransport):
    """One ``httpx.AsyncHTTPTransport`` for direct requests, and one per proxy the environment names."""

    def __init__(
        self,
        *,
        verify: bool | str | ssl.SSLContext = True,
        trust_env: bool = True,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        check_verify(verify)
        self._verify = _ssl_context(verify)
        self._max_body_size = max_body_size
        self._proxies = environment_proxies(trust_env)
        # trust_env=False: the proxies are chosen here, and SSL_CERT_FILE must not replace `verify`.
        self._direct = httpx.AsyncHTTPTransport(verify=self._verify, trust_env=False, retries=0)
        self._through: dict[str, httpx.AsyncHTTPTransport] = {}

    def _transport_for(self, url: httpx.URL) -> httpx.AsyncHTTPTransport:
        proxy = proxy_for(url, self._proxies)
        if proxy is None:
            return self._direct
        transport = self._through.get(proxy)
        if transport is None:
            transport = httpx.AsyncHTTPTransport(verify=self._verify, trust_env=False, retries=0, proxy=proxy)
            self._through[proxy] = transport
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        left = remaining(request)
        if left is None:
            return await self._exchange(request)
        if left <= 0:
            raise deadline_passed(request, "sending the request")
        try:
            with anyio.fail_after(left):
                return await self._exchange(request)
        except TimeoutError as error:
            raise deadline_passed(request, "reading the answer") from error

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        response = await self._transport_for(request.url).handle_async_request(request)
        try:
            reader = BodyReader(request, response.headers.get("content-encoding"), self._max_body_size)
            async for chunk in response.aiter_raw():
                reader.feed(chunk)
            body = reader.finish()
        finally:
            await response.aclose()
        headers = transport_headers(response.headers.raw, body, reader.decodes)
        received = httpx.Response(
            response.status_code,
            headers=headers,
            content=body,
            request=request,
            extensions=response.extensions,
        )
        return received

    async def aclose(self) -> None:
        await self._direct.aclose()
        for transport in self._through.values():
            await transport.aclose()


def _ssl_context(verify: bool | str | ssl.SSLContext) -> ssl.SSLContext:
    """The context the sync transport would verify with: certifi's bundle, a CA file or folder, or the one given.

    Built here because httpx deprecates ``verify=<path>``.
    """
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is True:
        return ssl.create_default_context(cafile=certifi.where())
    assert isinstance(verify, str)
    return (
        ssl.create_default_context(capath=verify)
        if os.path.isdir(verify)
        else ssl.create_default_context(cafile=verify)
    )
