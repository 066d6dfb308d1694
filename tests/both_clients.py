"""One test, both clients: ``Postman`` as it is, and ``AsyncPostman`` behind a blocking facade.

``blocking(AsyncPostman(...))`` looks like a ``Postman``: ``pm.users.get_authenticated_user()``
runs the coroutine to its end on the facade's own event loop, and every other attribute
(``last_response``, ``rate_limit``, ``config``, ...) is the async client's own. A test written
once against that surface runs on both clients through a ``make_client`` fixture built on :func:`builder`; a test
that only makes sense on one client narrows it with
``@pytest.mark.parametrize("make_client", ["sync"], indirect=True)``.

The other form, for tests that build several clients with options: the ``clients`` fixture
(parametrised, assign it in a test module) gives ``clients.make(**options)`` and
``clients.run(value)``, which awaits a coroutine on one event loop kept for the test.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from postman_ext import AsyncPostman, Postman
from tests.conftest import TEST_KEY, Sleeps
from tests.fake_api import FakeAPI

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


class Clients:
    def __init__(self, kind: str, api: FakeAPI, sleeps: Sleeps) -> None:
        self.kind = kind
        self.api = api
        self.sleeps = sleeps
        self.loop = asyncio.new_event_loop()
        self.built: list[Any] = []

    def make(self, *, real_time: bool = False, **options: Any) -> Any:
        """A client on the test's server; its sleeps are recorded on ``sleeps`` unless ``real_time``."""
        options.setdefault("api_key", TEST_KEY)
        options.setdefault("base_url", self.api.url)
        options.setdefault("load_entry_points", False)
        if not real_time:
            options.setdefault("clock", self.sleeps.clock)
            options.setdefault("sleep", self.sleeps if self.kind == "sync" else self.sleeps.asleep)
        client: Any = Postman(**options) if self.kind == "sync" else AsyncPostman(**options)
        self.built.append(client)
        return client

    def run(self, value: Any) -> Any:
        """The call's result: awaited on the test's loop for the async client."""
        if inspect.isawaitable(value):
            return self.loop.run_until_complete(value)
        return value

    def close(self) -> None:
        for client in self.built:
            if isinstance(client, AsyncPostman):
                self.loop.run_until_complete(client.aclose())
            else:
                client.close()
        self.loop.close()


@pytest.fixture(params=["sync", "async"], name="clients")
def clients_fixture(
    request: pytest.FixtureRequest, api: FakeAPI, sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Clients]:
    """Parametrised: once with ``Postman``, once with ``AsyncPostman``. Assign it in a test module to use it."""
    monkeypatch.delenv("POSTMAN_API_KEY", raising=False)
    monkeypatch.delenv("POSTMAN_BASE_URL", raising=False)
    both = Clients(request.param, api, sleeps)
    yield both
    both.close()
