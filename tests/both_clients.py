"""One test, both clients: ``Postman`` and ``AsyncPostman`` against the same server.

``clients.make(**options)`` builds the sync or the async client (the fixture is parametrised);
``clients.run(pm.users.get_authenticated_user())`` gives the result either way, running the
async client's coroutines on one event loop kept for the test, so pooled connections stay valid.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import TEST_KEY, Sleeps
from fake_api import FakeAPI

from postman_ext import AsyncPostman, Postman


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
