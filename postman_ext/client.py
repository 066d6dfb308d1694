"""``Postman`` and ``AsyncPostman``: the clients users build.

A client resolves its settings once (key, base URL, timeouts, retries), builds its plugin
manager and rate limiter, and owns one pooled HTTP connection set. Every operation of the API
is a typed method ``client.<namespace>.<operation>(...)``; the namespaces come from
``postman_raw.api`` (generated from spec/), and every call runs through the middleware.
"""

from __future__ import annotations

import ssl
import time
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from types import ModuleType, TracebackType
from typing import Any, Literal

import httpx

from postman_raw import Client as _RawClient
from postman_raw.api import AsyncOperations, Operations
from postman_raw.types import ModelDataError, Unset, materialize

from ._async_transport import AsyncTransport
from ._bodies import read_body
from ._body import ACCEPT_ENCODING
from ._defaults import USER_AGENT, client_credentials
from ._middleware import AsyncMiddlewareTransport, Pipeline, SyncMiddlewareTransport
from ._plugins import PluginInfo, PostmanPluginManager, build_plugin_manager
from ._requests import RequestBuilder
from ._transport import Urllib3Transport, check_key_route, check_verify, environment_proxies
from .config import (
    DEADLINE_PER_TIMEOUT,
    DEFAULT_MAX_BODY_SIZE,
    KEY_PREFIX,
    ClientConfig,
    key_hash,
    key_hint,
    resolve_base_url,
)
from .errors import ConfigurationError, InvalidArgumentError, ResponseDecodeError
from .pagination import apaginate, paginate
from .ratelimit import RateLimitState, as_rate_limiter
from .uid import check_path_value, resource_ref

__all__ = ["AsyncPostman", "Postman"]

# What reading a body can raise: malformed JSON, a body of the wrong shape, nesting deeper than
# the parser's recursion limit. Only the parsing step is guarded by it, never the request, the
# hooks or the plugins, whose bugs must reach the caller as they are.
_BODY_READING_ERRORS = (ValueError, KeyError, TypeError, AttributeError, RecursionError)


_PARSING = _RawClient(base_url="https://api.getpostman.com")
"""What a generated ``_parse_response`` asks of a client: only its ``raise_on_unexpected_status``."""


def _default_headers() -> httpx.Headers:
    """httpx's default headers, less ``Connection: keep-alive`` (HTTP/1.1 implies it), asking
    for JSON in the encodings the transports decode."""
    return httpx.Headers(
        {
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": f"python-httpx/{httpx.__version__}",
        }
    )


class _Core:
    """What the sync and async clients share: settings, hooks, limiter, argument handling."""

    _pipeline: Pipeline
    _plugin_manager: PostmanPluginManager

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
        oauth_client_id: str | None,
        oauth_client_secret: str | None,
        clock: Callable[[], float],
        deadline: float | None,
        max_body_size: int,
    ) -> None:
        base = resolve_base_url(base_url, region)
        credentials = client_credentials(oauth_client_id, oauth_client_secret)
        if credentials is not None:
            plugins = (*plugins, credentials)
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
        key = _checked_key(api_key if api_key is not None else hook.postman_api_key(config=config), required=False)
        if key:
            config = replace(config, key_hint=key_hint(key), key_hash=key_hash(key))
        limiter = as_rate_limiter(hook.postman_rate_limiter(config=config))
        self._has_key = bool(key)
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
        return self._pipeline.limiter.state(self.config.key_hash)

    def plugins(self) -> list[PluginInfo]:
        """The plugins this client uses, with the hooks each implements."""
        return self._plugin_manager.describe()

    def reload_api_key(self, api_key: str | None = None) -> None:
        """Switch keys: use ``api_key``, or ask the ``postman_api_key`` hooks again (key rotation)."""
        key = _checked_key(
            api_key if api_key is not None else self._pipeline.hook.postman_api_key(config=self.config), required=True
        )
        self._pipeline.config = replace(self.config, key_hint=key_hint(key), key_hash=key_hash(key))
        self._pipeline.replace_api_key(key)
        self._has_key = True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.config.base_url!r}, api_key={self.config.key_hint!r})"

    def _check_credentials(self, operation: ModuleType, arguments: Mapping[str, Any]) -> None:
        """Without an API key, only the calls that need none may go (before anything is sent)."""
        if self._has_key:
            return
        name = operation.__name__.rsplit(".", 1)[-1]
        access_key = arguments.get("access_key")
        if name in NO_API_KEY_OPERATIONS or (isinstance(access_key, str) and access_key.strip()):
            return
        raise ConfigurationError(
            f"{NO_KEY_MESSAGE} Without one, only the calls given a collection access key (access_key=) and the "
            f"OAuth token calls work; {name}() needs the API key."
        )

    def _path_arguments(self, operation: ModuleType, path: Mapping[str, Any]) -> dict[str, Any]:
        """Turn ids, uids and models into the strings the path needs, checking uids and types."""
        resolved: dict[str, Any] = {}
        for name, value in path.items():
            if isinstance(value, int) and not isinstance(value, bool):
                if operation.sync_detailed.__annotations__.get(name) is str:
                    raise TypeError(
                        f"{name} takes a str (the resource's id or uid), not the int {value!r}: a uid looks like "
                        "'12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f', and a number alone is only its owner part"
                    )
                text: Any = value
            elif isinstance(value, str):
                text = value.strip()
                if text == "":
                    raise InvalidArgumentError(f"{name} is empty: pass the resource's id or uid")
            else:
                text = self._from_model(name, value)
            if isinstance(text, str):
                check_path_value(name, text)  # an id never changes which resource the path targets
            if name.endswith("_uid") and isinstance(text, str):
                # raises ValueError naming the bad value
                self._pipeline.hook.postman_parse_uid(uid=text, config=self.config)
            resolved[name] = text
        return resolved

    def _from_model(self, name: str, value: object) -> str:
        wants_uid = name.endswith("_uid")
        uid = getattr(value, "uid", None)
        owner, own_id = getattr(value, "owner", None), getattr(value, "id", None)
        if wants_uid and not _usable(uid) and _usable(owner) and _usable(own_id):
            composed: str = self._pipeline.hook.postman_compose_uid(
                owner_id=str(owner), resource_id=str(own_id), config=self.config
            )
            return composed
        return resource_ref(value, prefer="uid" if wants_uid else "id")

    def _decode_error(
        self, operation: ModuleType, error: Exception | None, response: httpx.Response, sent: Mapping[str, Any]
    ) -> ResponseDecodeError:
        name = operation.__name__.rsplit(".", 1)[-1]
        why = f"{type(error).__name__}: {error}" if error else f"HTTP {response.status_code} is not documented"
        request: httpx.Request | None
        try:
            request = response.request
            method, path = request.method, request.url.path
        except RuntimeError:  # a transport that did not attach the request: name what was asked for
            request = None
            method, path = str(sent["method"]).upper(), httpx.URL(self.config.base_url).path.rstrip("/") + sent["url"]
        return ResponseDecodeError(
            f"{method} {path}: could not read the HTTP {response.status_code} "
            f"answer of {name} ({why}); the raw body is on .text",
            status_code=response.status_code,
            text=response.text,
            method=method,
            path=path,
            request=request,
            response=response,
        )

    def _read(self, operation: ModuleType, response: httpx.Response, sent: Mapping[str, Any]) -> Any:
        """The model of a successful response; only errors from reading its body become decode errors."""
        try:
            detailed = operation._build_response(client=_PARSING, response=response)
        except _BODY_READING_ERRORS as error:
            raise self._decode_error(operation, error, response, sent) from error
        parsed = detailed.parsed
        if parsed is None and detailed.content.strip():
            raise self._decode_error(operation, None, response, sent)
        # Models read lazily; reading the top level now reports a body of the wrong shape here,
        # as a ResponseDecodeError, rather than at the caller's first attribute access.
        try:
            materialize(parsed)
        except ModelDataError as error:
            raise self._decode_error(operation, error, response, sent) from error
        return parsed


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: asyncio adds about a tenth to the import time of a sync program."""
    import asyncio

    await asyncio.sleep(seconds)


def _invalid_url(operation: ModuleType, error: httpx.InvalidURL) -> InvalidArgumentError:
    name = operation.__name__.rsplit(".", 1)[-1]
    return InvalidArgumentError(
        f"{name}: the request's URL cannot be built ({error}); check the path and query arguments. Nothing was sent."
    )


def _usable(value: object) -> bool:
    return value is not None and not isinstance(value, Unset) and str(value).strip() != ""


NO_KEY_MESSAGE = (
    "No Postman API key: pass Postman(api_key='PMAK-...') or set the POSTMAN_API_KEY environment variable "
    "(create a key under Settings > API keys in Postman)."
)
NO_API_KEY_OPERATIONS = frozenset({"generate_oauth_token", "revoke_oauth_token"})
"""Operations that authenticate otherwise (OAuth client credentials) or not at all."""

_warned_prefix: set[str] = set()  # key hashes already warned about, so each key warns once per process


def _checked_key(key: object, *, required: bool) -> str:
    """The key, checked; ``""`` when there is none and none is ``required``."""
    if not key:
        if required:
            raise ConfigurationError(NO_KEY_MESSAGE)
        return ""
    if not isinstance(key, str) or key != key.strip() or any(c.isspace() or not c.isprintable() for c in key):
        raise ConfigurationError(
            "The Postman API key contains whitespace or control characters; check how it was copied "
            f"(it ends in {key_hint(str(key).strip())!r})."
        )
    if not key.startswith(KEY_PREFIX) and key_hash(key) not in _warned_prefix:
        _warned_prefix.add(key_hash(key))
        warnings.warn(
            f"The Postman API key {key_hint(key)!r} does not start with {KEY_PREFIX!r}, as Postman's API keys do; "
            "check that it is an API key (Settings > API keys), not a collection access key (pass that as "
            "access_key=) or an OAuth token.",
            UserWarning,
            stacklevel=4,
        )
    return key


_ARGUMENTS_DOC = """
    Args:
        api_key: The Postman API key (``PMAK-...``). Else the ``postman_api_key`` hooks ask,
            built-in: the ``POSTMAN_API_KEY`` environment variable. Without any key the client
            still makes the calls that need none (``access_key=``, the OAuth token calls).
        base_url: The server, else ``POSTMAN_BASE_URL``, else the region's. ``https://`` only,
            or ``http://`` to a loopback mock. Not together with ``region``.
        region: ``"us"`` (https://api.getpostman.com, the default) or ``"eu"``
            (https://api.eu.postman.com).
        timeout: Seconds to connect, and to wait for each read.
        max_retries: How many times a failed request is retried (429, 502-504, connection errors).
        max_retry_wait: The longest wait in seconds accepted from a 429 before raising
            ``RateLimitError``.
        retry_non_idempotent: Also repeat a POST or PATCH after a connection error; the server
            may have processed it already.
        api_key_location: ``"header"`` (``X-Api-Key``) or ``"query"`` (``?apikey=``).
        plugins: Plugin objects for this client only (see :mod:`postman_ext.hookspecs`).
        load_entry_points: Also load the plugins installed under the ``postman_ext`` entry point.
        oauth_client_id: An OAuth client's id, sent with its secret (HTTP Basic) by
            ``oauth2.generate_oauth_token``.
        oauth_client_secret: That client's secret.
        deadline: Seconds for the whole call (every attempt and redirect, up to the last byte of
            the body; the client's own waits do not count); ``None``: twice ``timeout``.
        max_body_size: Bytes of decoded body a response may have; past it the body is not read
            further and ``ResponseTooLargeError`` is raised.
        verify: TLS verification: ``True``, a CA bundle path or an ``ssl.SSLContext`` (never off).
        trust_env: Read proxy settings (``HTTPS_PROXY``, ``HTTP_PROXY``, ``NO_PROXY``) from the environment.
        transport: An httpx transport to send through instead of the built-in one (tests, mocks).
        sleep: How to wait (injected by tests; waits must not block an event loop).
        clock: Wall-clock seconds since the epoch (injected by tests).

    Raises:
        ConfigurationError: A setting is invalid (raised here, before any request).
"""


class Postman(_Core, Operations):
    """The synchronous client: ``pm.<namespace>.<operation>(...)`` for every operation.

    >>> from postman_ext import Postman
    >>> with Postman() as pm:                   # key from POSTMAN_API_KEY
    ...     me = pm.users.get_authenticated_user()
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
        oauth_client_id: str | None = None,
        oauth_client_secret: str | None = None,
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
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
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
        self._transport = SyncMiddlewareTransport(inner, self._pipeline, sleep)
        self._requests = RequestBuilder(
            base_url=self.config.base_url, timeout=httpx.Timeout(self.config.timeout), headers=_default_headers()
        )

    def _invoke(self, operation: ModuleType, path: dict[str, Any], arguments: dict[str, Any]) -> Any:
        # The generated code builds the request's parts and reads the success body; this sends
        # (see postman_ext._requests). Only reading the body can become a ResponseDecodeError.
        self._check_credentials(operation, arguments)
        if "body" in arguments:
            arguments["body"] = read_body(operation, arguments["body"])
        self._pipeline.last_response.set(None)
        sent = operation._get_kwargs(**self._path_arguments(operation, path), **arguments)
        try:
            request = self._requests.build(**sent)
        except httpx.InvalidURL as error:  # nothing was sent
            raise _invalid_url(operation, error) from error
        started = time.perf_counter()
        response = self._requests.received(self._transport.handle_request(request), started)
        return self._read(operation, response, sent)

    def paginate(self, method: Callable[..., Any], /, **arguments: Any) -> Iterator[Any]:
        """Every item of every page of a list operation, fetching pages as the loop needs them.

        Works with cursor pages (``meta.nextCursor``) and offset pages (``limit``/``offset``).
        """
        return paginate(method, arguments)

    def close(self) -> None:
        """Close the connection pool."""
        self._transport.close()

    def __enter__(self) -> Postman:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncPostman(_Core, AsyncOperations):
    """The asynchronous client: the same namespaces and arguments, with coroutine methods.

    >>> import asyncio
    >>> from postman_ext import AsyncPostman
    >>> async def main() -> None:
    ...     async with AsyncPostman() as apm:   # key from POSTMAN_API_KEY
    ...         me = await apm.users.get_authenticated_user()
    >>> asyncio.run(main())
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
        oauth_client_id: str | None = None,
        oauth_client_secret: str | None = None,
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
            oauth_client_id=oauth_client_id,
            oauth_client_secret=oauth_client_secret,
            clock=clock,
            deadline=deadline,
            max_body_size=max_body_size,
        )
        check_verify(verify)
        if transport is None:
            check_key_route(self.config.base_url, environment_proxies(trust_env))
        inner = transport or AsyncTransport(verify=verify, trust_env=trust_env, max_body_size=self.config.max_body_size)
        self._transport = AsyncMiddlewareTransport(inner, self._pipeline, sleep)
        self._requests = RequestBuilder(
            base_url=self.config.base_url, timeout=httpx.Timeout(self.config.timeout), headers=_default_headers()
        )

    async def _invoke(self, operation: ModuleType, path: dict[str, Any], arguments: dict[str, Any]) -> Any:
        # As Postman._invoke, awaiting the transport.
        self._check_credentials(operation, arguments)
        if "body" in arguments:
            arguments["body"] = read_body(operation, arguments["body"])
        self._pipeline.last_response.set(None)
        sent = operation._get_kwargs(**self._path_arguments(operation, path), **arguments)
        try:
            request = self._requests.build(**sent)
        except httpx.InvalidURL as error:  # nothing was sent
            raise _invalid_url(operation, error) from error
        started = time.perf_counter()
        response = self._requests.received(await self._transport.handle_async_request(request), started)
        return self._read(operation, response, sent)

    def paginate(self, method: Callable[..., Awaitable[Any]], /, **arguments: Any) -> AsyncIterator[Any]:
        """Every item of every page of a list operation, for ``async for``."""
        return apaginate(method, arguments)

    async def aclose(self) -> None:
        """Close the connection pool, and the rate limiter's connections on this event loop."""
        await self._transport.aclose()
        await self._pipeline.limiter.aclose()

    async def __aenter__(self) -> AsyncPostman:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()


# One list of the arguments for both classes (they take the same ones).
Postman.__doc__ = (Postman.__doc__ or "") + _ARGUMENTS_DOC
AsyncPostman.__doc__ = (AsyncPostman.__doc__ or "") + _ARGUMENTS_DOC
