"""Fixtures of the rate-limiter tests: one real redis-server for the session, emptied per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from tests.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session's server, emptied before each test."""
    with redis.Redis.from_url(redis_server.url) as client:
        client.flushall()
    return redis_server.url


@pytest.fixture
def store(redis_url: str) -> Iterator[redis.Redis]:
    """A plain client to look inside Redis (emptied before the test)."""
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    yield client
    client.close()
