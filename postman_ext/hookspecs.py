"""The plugin contract: every hook postman_ext calls, with what it receives and returns.

Plugins implement hooks with the :data:`hookimpl` marker and are registered by passing them to
``Postman(plugins=[...])`` or through the ``postman_ext`` entry-point group. Hooks are
synchronous and do no I/O: they decide, the client sleeps and sends, so one plugin serves
both ``Postman`` and ``AsyncPostman``. The built-in behaviour is itself a plugin registered
with ``trylast=True``; a plugin's answer to a ``firstresult`` hook wins over it.

Every hook receives ``config``, the :class:`~postman_ext.config.ClientConfig` of the client
that calls it (its clock, limits, host; the key only as its hint). An implementation names
only the arguments it uses: pluggy passes just those, so a hook gaining an argument does not
break existing plugins. A hook argument that is retired keeps working for one minor release,
marked with pluggy's ``warn_on_impl_args`` here; a plugin asking for it gets a
``DeprecationWarning`` when it is registered (README.md, Versioning and API changes).

``firstresult`` hooks: implementations are called newest first, and the first one that
returns something other than ``None`` decides; the rest, the built-in included, are not called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import httpx

    from .config import ClientConfig
    from .ratelimit import RateLimiter

__all__ = ["PROJECT_NAME", "STOP_RETRYING", "hookimpl", "hookspec"]

PROJECT_NAME = "postman_ext"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

STOP_RETRYING = -1.0
"""Return this from ``postman_retry_delay`` to stop retrying even where the built-in would retry."""


@hookspec(firstresult=True)
def postman_api_key(config: ClientConfig) -> str | None:
    """Return the API key to use, or ``None`` to let the next plugin answer.

    Asked once when a client is built, and again by ``Postman.reload_api_key()``. An explicit
    ``api_key=`` argument always wins and this hook is then not called. Built-in: the
    ``POSTMAN_API_KEY`` environment variable.

    Stops at the first answer that is not ``None`` (``firstresult``): that string is the key.

    :param config: The client's settings, before a key is known (``key_hint`` is empty).
    :return: The API key, or ``None`` to let the next plugin answer.

    .. versionadded:: 0.1.0
    """


@hookspec
def postman_prepare_request(request: httpx.Request, config: ClientConfig) -> None:
    """Change a request before it is sent (add headers, tags); called for every plugin.

    Called once per call, before the first attempt. The API key is added after this hook, and
    only for the configured host. Built-in: sets ``User-Agent`` with library and Python versions.

    :param request: The request about to be sent; change it in place.
    :param config: The settings of the client sending it.

    .. versionadded:: 0.1.0
    """


@hookspec(firstresult=True)
def postman_rate_limiter(config: ClientConfig) -> RateLimiter | None:
    """Return the :class:`~postman_ext.ratelimit.RateLimiter` that paces this client.

    Asked once per client. Built-in: an in-process limiter fed by response headers.

    Stops at the first answer that is not ``None`` (``firstresult``): that limiter paces every
    call of the client.

    :param config: The settings of the client being built (its ``clock``, ``max_retry_wait``).
    :return: The limiter, or ``None`` to let the next plugin answer.

    .. versionadded:: 0.1.0
    """


@hookspec(firstresult=True)
def postman_retry_delay(
    request: httpx.Request,
    response: httpx.Response | None,
    error: Exception | None,
    attempt: int,
    config: ClientConfig,
) -> float | None:
    """Decide whether a failed attempt is retried: seconds to wait, or stop.

    Called after an error status (``response`` set) or a transport error (``error`` set).
    The built-in (last) returns ``None`` to stop. The client never exceeds ``max_retries``
    whatever the answer.

    Stops at the first answer that is not ``None`` (``firstresult``): a number of seconds
    retries after that wait, :data:`STOP_RETRYING` stops.

    :param request: The request of the failed attempt (the key masked).
    :param response: The error response, or ``None`` after a transport error.
    :param error: The transport error, or ``None`` when a response came.
    :param attempt: The number of the failed attempt, counting from 1.
    :param config: The settings of the client (``max_retries``, ``max_retry_wait``, ``clock``).
    :return: Seconds to wait before the next attempt, :data:`STOP_RETRYING`, or ``None`` to let
        the next plugin decide.

    .. versionadded:: 0.1.0
    """


@hookspec(firstresult=True)
def postman_map_error(
    request: httpx.Request, response: httpx.Response, body: object, config: ClientConfig
) -> Exception | None:
    """Return the exception to raise for an error response (status >= 400).

    Built-in: the :mod:`postman_ext.errors` classes by status and error name, each keeping
    ``request`` and ``response``; a 429's ``retry_after`` is measured on ``config.clock``.

    Stops at the first answer that is not ``None`` (``firstresult``): that exception is raised
    from the call.

    :param request: The request that failed (the key masked).
    :param response: The error response; its raw body is ``response.text``.
    :param body: The parsed JSON body, or ``None`` when it is empty or not JSON.
    :param config: The settings of the client (``clock`` for times in headers).
    :return: The exception to raise, or ``None`` to let the next plugin answer.

    .. versionadded:: 0.1.0
    """


@hookspec(firstresult=True)
def postman_compose_uid(owner_id: str, resource_id: str, config: ClientConfig) -> str | None:
    """Return the uid of a resource from its owner's id and its own id.

    Asked when a model with ``owner`` and ``id`` but no ``uid`` is passed where a uid is
    expected. Built-in: ``f"{owner_id}-{resource_id}"`` after checking both parts.

    Stops at the first answer that is not ``None`` (``firstresult``): that string is the uid.

    :param owner_id: The owner's (user's) id.
    :param resource_id: The resource's own id.
    :param config: The settings of the client making the call.
    :return: The uid, or ``None`` to let the next plugin answer.

    .. versionadded:: 0.1.0
    """


@hookspec(firstresult=True)
def postman_parse_uid(uid: str, config: ClientConfig) -> tuple[str, str] | None:
    """Split a uid into ``(owner_id, resource_id)``; raise ``ValueError`` for one that is not a uid.

    Asked for every value passed as a ``*_uid`` path parameter, before anything is sent.
    Built-in: a numeric owner and a UUID; anything else raises ``ValueError`` saying what a
    uid looks like.

    Stops at the first answer that is not ``None`` (``firstresult``): that pair is the uid's
    parts.

    :param uid: The value to split.
    :param config: The settings of the client making the call.
    :return: ``(owner_id, resource_id)``, or ``None`` to let the next plugin answer.

    .. versionadded:: 0.1.0
    """


@hookspec
def postman_response_received(
    request: httpx.Request, response: httpx.Response, elapsed: float, attempt: int, config: ClientConfig
) -> None:
    """Observe every response (including error statuses and retried ones); called for every plugin.

    Built-in: one debug log line with method, path, status and milliseconds, never headers.

    :param request: The request that was sent (the key masked).
    :param response: The response, its body read (the key masked where the server echoed it).
    :param elapsed: Seconds from sending to the end of the body.
    :param attempt: The number of the attempt, counting from 1.
    :param config: The settings of the client that received it.

    .. versionadded:: 0.1.0
    """
