"""Fixtures shared by every folder of tests/: the repository root, the bundled spec, the fake API, clients."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    from scripts.bundle_spec import bundle

    return bundle()


@pytest.fixture
def api() -> Any:
    """A scripted HTTP server on 127.0.0.1 (see tests/fake_api.py)."""
    from tests.fake_api import serve

    yield from serve()


class Sleeps:
    """An injected clock and sleep: a sleep records the wait and moves the clock on, at once."""

    def __init__(self) -> None:
        import time

        self.waits: list[float] = []
        self.now = time.time()

    def clock(self) -> float:
        return self.now

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


TEST_KEY = "PMAK-0123456789abcdef0123456789-abcd"


@pytest.fixture
def make_client(api: Any, sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Build a Postman client pointed at the fake API, with an injected sleep and no entry points."""
    from postman_ext import Postman

    monkeypatch.delenv("POSTMAN_API_KEY", raising=False)
    monkeypatch.delenv("POSTMAN_BASE_URL", raising=False)
    clients = []

    def build(**options: Any) -> Any:
        options.setdefault("api_key", TEST_KEY)
        options.setdefault("base_url", api.url)
        options.setdefault("load_entry_points", False)
        options.setdefault("sleep", sleeps)
        options.setdefault("clock", sleeps.clock)
        client = Postman(**options)
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.close()


# --- recorded cassettes (pytest-recording over vcrpy) ------------------------------------------


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Every cassette is saved through the scrubber; no test option can bypass it."""
    from tests.cassette_safety import ScrubbingPersister

    vcr.register_persister(ScrubbingPersister)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    # Match without scheme, host and port: cassettes recorded against a local Prism mock replay
    # for a client pointed at api.getpostman.com, and the other way round.
    return {
        "match_on": ["method", "path", "query"],
        "decode_compressed_response": True,
        "filter_headers": ["x-api-key", "authorization", "cookie"],
        "filter_query_parameters": ["apikey", "access_key"],
    }
