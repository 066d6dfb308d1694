"""``Postman`` and ``AsyncPostman``: the clients users build.

A client resolves its settings once (key, base URL, timeouts, retries), builds its plugin
manager and rate limiter, and owns one pooled HTTP connection set. Every operation of the API
is a typed method ``client.<namespace>.<operation>(...)``; the namespaces come from
``postman_raw.api`` (generated from spec/), and every call runs through the middleware.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from types import ModuleType, TracebackType
from typing import Any, Literal

import httpx
import pluggy

from postman_raw import Client as RawClient
from postman_raw.api import AsyncOperations, Operations
from postman_raw.types import ModelDataError, Unset, materialize

from ._async_transport import AsyncTransport
from ._body import ACCEPT_ENCODING
from .config import DEADLINE_PER_TIMEOUT, DEFAULT_MAX_BODY_SIZE, ClientConfig, key_hash, key_hint, resolve_base_url
from .defaults import USER_AGENT
from .errors import ConfigurationError, ResponseDecodeError
from .httpclient import DirectAsyncClient, DirectClient
from .middleware import AsyncMiddlewareTransport, Pipeline, SyncMiddlewareTransport
from .pagination import apaginate, paginate
from .plugins import PluginInfo, build_plugin_manager, describe
from .ratelimit import RateLimiter, RateLimitState
from .transport import Urllib3Transport, check_key_route, check_verify, environment_proxies
from .uid import resource_ref

__all__ = ["AsyncPostman", "Postman"]

_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


def _trim_default_headers(http: httpx.Client | httpx.AsyncClient) -> None:
    """Drop httpx's ``Connection: keep-alive`` (HTTP/1.1 implies it), ask for JSON, in encodings we decode."""
    del http.headers["Connection"]
    http.headers["Accept"] = "application/json"
    http.headers["Accept-Encoding"] = ACCEPT_ENCODING


class _Core:
    """What the sync and async clients share: settings, hooks, limiter, argument handling."""

    _pipeline: Pipeline
    _plugin_manager: pluggy.PluginManager

    def _setup(
        self,
        api_key: str | None,
        *,
        base_url: str | None,
        region: Literal["us", "eu"] | None,
        timeout: float,
        max_retries: int,
        max_retry_wait: float,
        retry_non_idempotent: bool,
        api_key_location: Literal["header", "query"],
        plugins: Iterable[object],
        load_entry_points: bool,
        clock: Callable[[], float],
        deadline: float | None,
        max_body_size: int,
    ) -> None:
        base = resolve_base_url(base_url, region)
        self._plugin_manager = build_plugin_manager(plugins, load_entry_points=load_entry_points)
        hook = self._plugin_manager.hook
        config = ClientConfig(
            base_url=base,
            region=region,
            timeout=float(timeout),
            max_retries=int(max_retries),
            max_retry_wait=float(max_retry_wait),
            retry_non_idempotent=retry_non_idempotent,
            api_key_location=api_key_location,
            user_agent=USER_AGENT,
            clock=clock,
            deadline=DEADLINE_PER_TIMEOUT * float(timeout) if deadline is None else float(deadline),
            max_body_size=max_body_size,
        )
        key = _checked_key(api_key if api_key is not None else hook.postman_api_key(config=config))
        config = replace(config, key_hint=key_hint(key), key_hash=key_hash(key))
        limiter = hook.postman_rate_limiter(config=config)
        if not isinstance(limiter, RateLimiter):
            raise ConfigurationError(f"postman_rate_limiter returned {limiter!r}, which is not a RateLimiter")
        self._pipeline = Pipeline(hook, config, limiter, key)

    @property
    def config(self) -> ClientConfig:
        """This client's settings (the key appears only as its hint)."""
        return self._pipeline.config

    @property
    def last_response(self) -> httpx.Response | None:
        """The last HTTP response this client received in the current thread or task (errors included)."""
        return self._pipeline.last_response.get()

    @property
    def rate_limit(self) -> RateLimitState:
        """The rate-limit state the server last reported for this key, when the limiter keeps it."""
        state = getattr(self._pipeline.limiter, "state", None)
        return state(self.config.key_hash) if callable(state) else RateLimitState()

    def plugins(self) -> list[PluginInfo]:
        """The plugins this client uses, with the hooks each implements."""
        return describe(self._plugin_manager)

    def reload_api_key(self, api_key: str | None = None) -> None:
        """Switch keys: use ``api_key``, or ask the ``postman_api_key`` hooks again (key rotation)."""
        key = _checked_key(api_key if api_key is not None else self._pipeline.hook.postman_api_key(config=self.config))
        self._pipeline.config = replace(self.config, key_hint=key_hint(key), key_hash=key_hash(key))
        self._pipeline.replace_api_key(key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.config.base_url!r}, api_key={self.config.key_hint!r})"

    def _path_arguments(self, path: Mapping[str, Any]) -> dict[str, Any]:
        """Turn ids, uids and models into the strings the path needs, checking uids."""
        resolved: dict[str, Any] = {}
        for name, value in path.items():
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                text = value.strip() if isinstance(value, str) else value
                if text == "":
                    raise ValueError(f"{name} is empty: pass the resource's id or uid")
            else:
                text = self._from_model(name, value)
            if name.endswith("_uid") and isinstance(text, str):
                self._pipeline.hook.postman_parse_uid(uid=text)  # raises ValueError naming the bad value
            resolved[name] = text
        return resolved

    def _from_model(self, name: str, value: object) -> str:
        wants_uid = name.endswith("_uid")
        uid = getattr(value, "uid", None)
        owner, own_id = getattr(value, "owner", None), getattr(value, "id", None)
        if wants_uid and not _usable(uid) and _usable(owner) and _usable(own_id):
            composed: str = self._pipeline.hook.postman_compose_uid(owner_id=str(owner), resource_id=str(own_id))
            return composed
        return resource_ref(value, prefer="uid" if wants_uid else "id")

    def _decode_error(self, operation: ModuleType, error: Exception | None) -> ResponseDecodeError:
        response = self._pipeline.last_response.get()
        assert response is not None
        name = operation.__name__.rsplit(".", 1)[-1]
        why = f"{type(error).__name__}: {error}" if error else f"HTTP {response.status_code} is not documented"
        return ResponseDecodeError(
            f"{response.request.method} {response.request.url.path}: could not read the HTTP {response.status_code} "
            f"answer of {name} ({why}); the raw body is on .text",
            status=response.status_code,
            text=response.text,
            method=response.request.method,
            path=response.request.url.path,
        )

    def _result(self, operation: ModuleType, detailed: Any) -> Any:
        parsed = detailed.parsed
        if parsed is None and detailed.content.strip():
            raise self._decode_error(operation, None)
        # Models read lazily; reading the top level now reports a body of the wrong shape here,
        # as a ResponseDecodeError, rather than at the caller's first attribute access.
        try:
            materialize(parsed)
        except ModelDataError as error:
            raise self._decode_error(operation, error) from error
        return parsed


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: asyncio adds about a tenth to the import time of a sync program."""
    import asyncio

    await asyncio.sleep(seconds)


def _usable(value: object) -> bool:
    return value is not None and not isinstance(value, Unset) and str(value).strip() != ""


def _checked_key(key: object) -> str:
    if not key:
        raise ConfigurationError(
            "No Postman API key: pass Postman(api_key='PMAK-...') or set the POSTMAN_API_KEY environment variable "
            "(create a key under Settings > API keys in Postman)."
        )
    if not isinstance(key, str) or key != key.strip() or any(c.isspace() or not c.isprintable() for c in key):
        raise ConfigurationError(
            "The Postman API key contains whitespace or control characters; check how it was copied "
            f"(it ends in {key_hint(str(key).strip())!r})."
        )
    return key


class Postman(_Core, Operations):
    """The synchronous client.

    >>> pm = Postman()                          # key from POSTMAN_API_KEY
    >>> me = pm.users.get_authenticated_user()
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: Literal["us", "eu"] | None = None,
        timeout: float = 30.0,
        max_retries: int = 3,
        max_retry_wait: float = 60.0,
        retry_non_idempotent: bool = False,
        api_key_location: Literal["header", "query"] = "header",
        plugins: Iterable[object] = (),
        load_entry_points: bool = True,
        deadline: float | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        verify: bool | str | ssl.SSLContext = True,
        trust_env: bool = True,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._setup(
            api_key,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            retry_non_idempotent=retry_non_idempotent,
            api_key_location=api_key_location,
            plugins=plugins,
            load_entry_points=load_entry_points,
            clock=clock,
            deadline=deadline,
            max_body_size=max_body_size,
        )
        check_verify(verify)
        if transport is None:
            check_key_route(self.config.base_url, environment_proxies(trust_env))
        inner = transport or Urllib3Transport(
            verify=verify, trust_env=trust_env, max_body_size=self.config.max_body_size
        )
        self._http = DirectClient(
            base_url=self.config.base_url,
            transport=SyncMiddlewareTransport(inner, self._pipeline, sleep),
            timeout=httpx.Timeout(self.config.timeout),
        )
        _trim_default_headers(self._http)
        self._raw = RawClient(base_url=self.config.base_url).set_httpx_client(self._http)

    def _invoke(self, operation: ModuleType, path: dict[str, Any], arguments: dict[str, Any]) -> Any:
        self._pipeline.last_response.set(None)
        try:
            detailed = operation.sync_detailed(client=self._raw, **self._path_arguments(path), **arguments)
        except _PARSE_ERRORS as error:
            if self._pipeline.last_response.get() is None:
                raise
            raise self._decode_error(operation, error) from error
        return self._result(operation, detailed)

    def paginate(self, method: Callable[..., Any], /, **arguments: Any) -> Iterator[Any]:
        """Every item of every page of a list operation, fetching pages as the loop needs them.

        Works with cursor pages (``meta.nextCursor``) and offset pages (``limit``/``offset``).
        """
        return paginate(method, arguments)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Postman:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncPostman(_Core, AsyncOperations):
    """The asynchronous client: the same namespaces, with coroutine methods.

    >>> async with AsyncPostman() as apm:
    ...     me = await apm.users.get_authenticated_user()
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: Literal["us", "eu"] | None = None,
        timeout: float = 30.0,
        max_retries: int = 3,
        max_retry_wait: float = 60.0,
        retry_non_idempotent: bool = False,
        api_key_location: Literal["header", "query"] = "header",
        plugins: Iterable[object] = (),
        load_entry_points: bool = True,
        deadline: float | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        verify: bool | str | ssl.SSLContext = True,
        trust_env: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._setup(
            api_key,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            retry_non_idempotent=retry_non_idempotent,
            api_key_location=api_key_location,
            plugins=plugins,
            load_entry_points=load_entry_points,
            clock=clock,
            deadline=deadline,
            max_body_size=max_body_size,
        )
        check_verify(verify)
        if transport is None:
            check_key_route(self.config.base_url, environment_proxies(trust_env))
        inner = transport or AsyncTransport(verify=verify, trust_env=trust_env, max_body_size=self.config.max_body_size)
        self._http = DirectAsyncClient(
            base_url=self.config.base_url,
            transport=AsyncMiddlewareTransport(inner, self._pipeline, sleep),
            timeout=httpx.Timeout(self.config.timeout),
        )
        _trim_default_headers(self._http)
        self._raw = RawClient(base_url=self.config.base_url).set_async_httpx_client(self._http)

    async def _invoke(self, operation: ModuleType, path: dict[str, Any], arguments: dict[str, Any]) -> Any:
        self._pipeline.last_response.set(None)
        try:
            detailed = await operation.asyncio_detailed(client=self._raw, **self._path_arguments(path), **arguments)
        except _PARSE_ERRORS as error:
            if self._pipeline.last_response.get() is None:
                raise
            raise self._decode_error(operation, error) from error
        return self._result(operation, detailed)

    def paginate(self, method: Callable[..., Awaitable[Any]], /, **arguments: Any) -> AsyncIterator[Any]:
        """Every item of every page of a list operation, for ``async for``."""
        return apaginate(method, arguments)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncPostman:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()
