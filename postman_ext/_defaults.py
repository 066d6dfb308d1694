"""The built-in behaviour, registered as a plugin with ``trylast=True`` so any plugin overrides it."""

from __future__ import annotations

import base64
import logging
import os
import platform

import httpx

from . import __version__
from .config import ClientConfig
from .errors import ConfigurationError, error_for_status
from .hookspecs import hookimpl
from .ratelimit import InProcessRateLimiter, RateLimiter, rate_limit_wait
from .retry import default_retry_delay
from .uid import compose_uid, parse_uid

__all__ = ["USER_AGENT", "BuiltinPlugin", "OAuthClientCredentials", "client_credentials"]

logger = logging.getLogger("postman_ext")
USER_AGENT = (
    f"postman-ext/{__version__} httpx/{httpx.__version__} "
    f"{platform.python_implementation()}/{platform.python_version()}"
)


class BuiltinPlugin:
    """Defaults for every hook: environment key, User-Agent, header-fed pacing, retries, errors, uids, logging."""

    @hookimpl(trylast=True)
    def postman_api_key(self, config: ClientConfig) -> str | None:
        return os.environ.get("POSTMAN_API_KEY") or None

    @hookimpl(trylast=True)
    def postman_prepare_request(self, request: httpx.Request, config: ClientConfig) -> None:
        request.headers["User-Agent"] = config.user_agent

    @hookimpl(trylast=True)
    def postman_rate_limiter(self, config: ClientConfig) -> RateLimiter | None:
        return InProcessRateLimiter(clock=config.clock, max_pause=config.max_retry_wait)

    @hookimpl(trylast=True)
    def postman_retry_delay(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        error: Exception | None,
        attempt: int,
        config: ClientConfig,
    ) -> float | None:
        return default_retry_delay(
            request,
            response,
            error,
            attempt,
            max_retry_wait=config.max_retry_wait,
            retry_non_idempotent=config.retry_non_idempotent,
            now=config.clock(),
        )

    @hookimpl(trylast=True)
    def postman_map_error(
        self, request: httpx.Request, response: httpx.Response, body: object, config: ClientConfig
    ) -> Exception | None:
        return error_for_status(
            status=response.status_code,
            headers=response.headers,
            text=response.text,
            method=request.method,
            path=request.url.path,
            retry_after=rate_limit_wait(response.headers, config.clock()),
            request=request,
            response=response,
        )

    @hookimpl(trylast=True)
    def postman_compose_uid(self, owner_id: str, resource_id: str) -> str | None:
        return compose_uid(owner_id, resource_id)

    @hookimpl(trylast=True)
    def postman_parse_uid(self, uid: str) -> tuple[str, str] | None:
        return parse_uid(uid)

    @hookimpl(trylast=True)
    def postman_response_received(
        self, request: httpx.Request, response: httpx.Response, elapsed: float, attempt: int
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            retry = f" (attempt {attempt})" if attempt > 1 else ""
            path, status = request.url.path, response.status_code
            logger.debug("%s %s -> %d in %.0f ms%s", request.method, path, status, elapsed * 1000, retry)


class OAuthClientCredentials:
    """Sends an OAuth client's id and secret (HTTP Basic) with ``oauth2.generate_oauth_token``.

    Registered by a client built with ``oauth_client_id=`` and ``oauth_client_secret=``; the
    header goes only to the client's own host, and only to the token endpoint.
    """

    def __init__(self, client_id: str, client_secret: str) -> None:
        self._client_id = client_id
        pair = f"{client_id}:{client_secret}".encode()
        self._header = "Basic " + base64.b64encode(pair).decode("ascii")

    def __repr__(self) -> str:
        return f"OAuthClientCredentials(client_id={self._client_id!r}, client_secret='…')"

    @hookimpl
    def postman_prepare_request(self, request: httpx.Request, config: ClientConfig) -> None:
        if request.url.path.endswith("/oauth2/token") and request.url.netloc.decode("ascii").lower() == config.host:
            request.headers["Authorization"] = self._header


def client_credentials(client_id: str | None, client_secret: str | None) -> OAuthClientCredentials | None:
    """The plugin for an OAuth client's credentials, ``None`` when neither is given."""
    if client_id is None and client_secret is None:
        return None
    if not client_id or not client_secret:
        missing = "oauth_client_secret" if client_id else "oauth_client_id"
        raise ConfigurationError(
            f"{missing} is missing: generate_oauth_token needs both oauth_client_id= and oauth_client_secret= "
            "(the OAuth client's id and secret, from its settings in Postman)"
        )
    if ":" in client_id:
        raise ConfigurationError("oauth_client_id must not contain ':' (HTTP Basic auth separates id and secret by it)")
    return OAuthClientCredentials(client_id, client_secret)
