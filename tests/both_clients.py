"""One test, both clients: ``Postman`` as it is, and ``AsyncPostman`` behind a blocking facade.

``blocking(AsyncPostman(...))`` looks like a ``Postman``: ``pm.users.get_authenticated_user()``
runs the coroutine to its end on the facade's own event loop, and every other attribute
(``last_response``, ``rate_limit``, ``config``, ...) is the async client's own. A test written
once against that surface runs on both clients through a ``make_client`` fixture built on :func:`builder`; a test
that only makes sense on one client narrows it with
``@pytest.mark.parametrize("make_client", ["sync"], indirect=True)``.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

from conftest import TEST_KEY

KINDS = ("sync", "async")


class Blocking:
    """Runs each coroutine an attribute returns on one event loop, until it is done.

    Each call runs in a task, which gets a copy of the context: what the client keeps per
    context (``last_response``) is read back in the context the last call ended in.
    """

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop, owner: Blocking | None = None) -> None:
        self._target = target
        self._loop = loop
        self._owner = owner or self
        self._context = contextvars.copy_context()

    def __getattr__(self, name: str) -> Any:
        value = self._owner._context.run(getattr, self._target, name)
        if type(value).__module__.startswith("postman_raw.api"):  # a namespace of coroutine methods
            return Blocking(value, self._loop, self._owner)
        if callable(value) and not isinstance(value, type):
            return self._blocking(value)
        return value

    def _blocking(self, function: Callable[..., Any]) -> Callable[..., Any]:
        owner = self._owner

        async def keeping_context(awaitable: Awaitable[Any]) -> Any:
            try:
                return await awaitable
            finally:
                owner._context = contextvars.copy_context()

        def call(*args: Any, **kwargs: Any) -> Any:
            result = function(*args, **kwargs)
            if not inspect.isawaitable(result):
                return result
            return self._loop.run_until_complete(keeping_context(result))

        return call

    def __repr__(self) -> str:
        return repr(self._target)


def builder(kind: str, api: Any, sleeps: Any) -> Iterator[Callable[..., Any]]:
    """Yields ``build(**options)`` for a client of ``kind`` pointed at ``api``; closes them all after."""
    from postman_ext import AsyncPostman, Postman

    closers: list[Callable[[], None]] = []

    def build(**options: Any) -> Any:
        options.setdefault("api_key", TEST_KEY)
        options.setdefault("base_url", api.url)
        options.setdefault("load_entry_points", False)
        options.setdefault("clock", sleeps.clock)
        if kind == "sync":
            options.setdefault("sleep", sleeps)
            client = Postman(**options)
            closers.append(client.close)
            return client
        options.setdefault("sleep", sleeps.asleep)
        loop = asyncio.new_event_loop()
        aclient = loop.run_until_complete(_construct(AsyncPostman, options))

        def close() -> None:
            loop.run_until_complete(aclient.aclose())
            loop.close()

        closers.append(close)
        return Blocking(aclient, loop)

    yield build
    for close in closers:
        close()


async def _construct(cls: type, options: dict[str, Any]) -> Any:
    """Builds the async client inside the loop, as a program would."""
    return cls(**options)
