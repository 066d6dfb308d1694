"""The plugin contract: every hook postman_ext calls, with what it receives and returns.

Plugins implement hooks with the :data:`hookimpl` marker and are registered by passing them to
``Postman(plugins=[...])`` or through the ``postman_ext`` entry-point group. Hooks are
synchronous and do no I/O: they decide, the client sleeps and sends, so one plugin serves
both ``Postman`` and ``AsyncPostman``. The built-in behaviour is itself a plugin registered
with ``trylast=True``; a plugin's answer to a ``firstresult`` hook wins over it.
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
    """


@hookspec
def postman_prepare_request(request: httpx.Request, config: ClientConfig) -> None:
    """Change a request before it is sent (add headers, tags); called for every plugin.

    Called once per call, before the first attempt. The API key is added after this hook, and
    only for the configured host. Built-in: sets ``User-Agent`` with library and Python versions.
    """


@hookspec(firstresult=True)
def postman_rate_limiter(config: ClientConfig) -> RateLimiter | None:
    """Return the :class:`~postman_ext.ratelimit.RateLimiter` that paces this client.

    Asked once per client. Built-in: an in-process limiter fed by response headers.
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

    Called after an error status (``response`` set) or a transport error (``error`` set);
    ``attempt`` counts from 1. Return seconds to wait before the next attempt, ``None`` to let
    the next plugin decide, or :data:`STOP_RETRYING`. The built-in (last) returns ``None`` to
    stop. The client never exceeds ``max_retries`` whatever the answer.
    """


@hookspec(firstresult=True)
def postman_map_error(request: httpx.Request, response: httpx.Response, body: object) -> Exception | None:
    """Return the exception to raise for an error response (status >= 400).

    ``body`` is the parsed JSON body, or ``None`` when it is empty or not JSON (the raw text is
    ``response.text``). Built-in: the :mod:`postman_ext.errors` classes by status and error name.
    """


@hookspec(firstresult=True)
def postman_compose_uid(owner_id: str, resource_id: str) -> str | None:
    """Return the uid of a resource from its owner's id and its own id.

    Built-in: ``f"{owner_id}-{resource_id}"`` after checking both parts.
    """


@hookspec(firstresult=True)
def postman_parse_uid(uid: str) -> tuple[str, str] | None:
    """Split a uid into ``(owner_id, resource_id)``.

    Built-in: a numeric owner and a UUID; anything else raises ``ValueError`` saying what a
    uid looks like.
    """


@hookspec
def postman_response_received(request: httpx.Request, response: httpx.Response, elapsed: float, attempt: int) -> None:
    """Observe every response (including error statuses and retried ones); called for every plugin.

    ``elapsed`` is in seconds. Built-in: one debug log line with method, path, status and
    milliseconds, never headers.
    """
