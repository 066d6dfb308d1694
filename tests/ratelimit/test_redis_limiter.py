"""The shared rate limiter, against a real redis-server on 127.0.0.1 (installed with apt-get if missing).

Waits are checked on an injected clock, or with windows of a fraction of a second where real
processes share one key.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
import redis

from postman_ext import AsyncPostman, Postman, RateLimitError
from postman_ext.config import key_hash
from postman_ext.contrib.redis_limiter import ENV_VAR, RedisRateLimiter, RedisRateLimiterPlugin, redact_url
from postman_ext.ratelimit import InProcessRateLimiter, endpoint_limit
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply
from tests.redis_server import RedisServer, free_port

HASH = key_hash(TEST_KEY)
ME = {"user": {"id": 1, "username": "u"}}


class Clock:
    """Wall-clock seconds that move only when told; starts on a whole second, like reset headers."""

    def __init__(self) -> None:
        self.now = float(int(time.time()))

    def __call__(self) -> float:
        return self.now


def never_more_than(limit: int, window: float, slots: list[float]) -> bool:
    """No ``window``-long stretch holds more than ``limit`` of the ``slots``."""
    ordered = sorted(slots)
    return all(ordered[i + limit] - ordered[i] >= window - 1e-9 for i in range(len(ordered) - limit))


def run_python(code: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    environment.pop("POSTMAN_EXT_PLUGINS", None)
    if ENV_VAR not in env:
        environment.pop(ENV_VAR, None)
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=environment, capture_output=True, text=True, check=False, timeout=60
    )


# --- one window per key, shared by instances and processes ------------------------------------


def test_instances_sharing_a_key_never_exceed_the_learned_limit(redis_url: str) -> None:
    clock = Clock()
    limiters = [RedisRateLimiter(redis_url, clock=clock) for _ in range(3)]
    reset = int(clock.now) + 10
    # One request already went out and was counted by the server: 4 of 5 remain for 10 s.
    limiters[0].update(
        HASH, {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "4", "X-RateLimit-Reset": str(reset)}, 200
    )
    waits = [limiters[i % 3].acquire(HASH) for i in range(12)]
    assert waits == [0.0] * 4 + [10.0] * 5 + [20.0] * 3
    assert never_more_than(5, 10.0, [clock.now] + [clock.now + wait for wait in waits])
    assert limiters[2].acquire(key_hash("PMAK-another-key-000000000000-zzzz")) == 0.0  # keys are separate


def test_processes_sharing_a_key_never_exceed_the_limit(redis_url: str) -> None:
    worker = """
import json, sys, time
from postman_ext.contrib.redis_limiter import RedisRateLimiter
url, key, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
seen = [0.0]
def clock():
    seen[0] = time.time()
    return seen[0]
limiter = RedisRateLimiter(url, clock=clock)
limiter.update(key, {"RateLimit-Policy": "3;w=0.25", "RateLimit-Remaining": "3"}, 200)
print("ready", flush=True)
sys.stdin.readline()  # every worker starts together
slots = []
for _ in range(count):
    wait = limiter.acquire(key)
    slots.append(seen[0] + wait)  # the moment this request was allowed to go
    time.sleep(wait)
print(json.dumps(slots))
"""
    command = [sys.executable, "-c", worker, redis_url, HASH, "4"]
    pipe = subprocess.PIPE
    processes = [subprocess.Popen(command, stdin=pipe, stdout=pipe, stderr=pipe, text=True) for _ in range(4)]
    for process in processes:
        assert process.stdout.readline().strip() == "ready", process.communicate()[1]
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    per_process = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        per_process.append(json.loads(out))
    slots = [slot for own in per_process for slot in own]
    assert len(slots) == 16
    assert never_more_than(3, 0.25, slots)
    # They ran at the same time: their stretches of slots overlap.
    spans = sorted((min(own), max(own)) for own in per_process)
    assert any(later[0] <= earlier[1] for earlier, later in itertools.pairwise(spans))


def test_a_429_seen_by_one_pauses_the_others(redis_url: str) -> None:
    clock = Clock()
    first, second, third = (RedisRateLimiter(redis_url, clock=clock) for _ in range(3))
    first.update(HASH, {"Retry-After": "30"}, 429)
    assert second.acquire(HASH) == 30.0 and third.acquire(HASH) == 30.0
    clock.now += 30
    assert second.acquire(HASH) == 0.0
    # A 429 that gives only the reset time pauses everyone until then.
    first.update(HASH, {"X-RateLimit-Reset": str(int(clock.now) + 12)}, 429)
    assert third.acquire(HASH) == 12.0


def test_a_429_on_one_client_makes_another_client_wait(
    redis_url: str, api: FakeAPI, make_client: Any, sleeps: Any
) -> None:
    body = {"error": {"name": "rateLimited", "message": "Slow down"}}
    api.route("GET", "/me", Reply(429, body, {"Retry-After": "7"}), Reply(200, ME))
    worker_a = make_client(plugins=[RedisRateLimiterPlugin(redis_url)], max_retries=0)
    worker_b = make_client(plugins=[RedisRateLimiterPlugin(redis_url)])
    with pytest.raises(RateLimitError):
        worker_a.users.get_authenticated_user()
    assert sleeps.waits == []
    worker_b.users.get_authenticated_user()
    assert sleeps.waits == [pytest.approx(7.0)]


# --- learning from the headers -----------------------------------------------------------------


def test_nothing_is_assumed_before_the_server_says(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, clock=Clock())
    assert all(limiter.acquire(HASH) == 0.0 for _ in range(320))  # not 300 a minute: nothing known yet


@pytest.mark.parametrize(
    "headers",
    [
        {"X-RateLimit-Limit": "3", "X-RateLimit-Remaining": "3", "X-RateLimit-Reset": "RESET"},
        {"RateLimit-Policy": "3;w=20", "RateLimit-Remaining": "3"},
        {"RateLimit": "limit=3, remaining=3, reset=20"},
        {"RateLimit": '"default";r=3;t=20', "RateLimit-Policy": '"default";q=3;w=20'},
    ],
    ids=["x-ratelimit-reset", "ratelimit-policy", "ietf-ratelimit", "ietf-structured"],
)
def test_limit_and_window_are_learned_from_the_headers(redis_url: str, store: Any, headers: dict[str, str]) -> None:
    clock = Clock()
    learner, other = RedisRateLimiter(redis_url, clock=clock), RedisRateLimiter(redis_url, clock=clock)
    headers = {name: value.replace("RESET", str(int(clock.now) + 20)) for name, value in headers.items()}
    learner.update(HASH, headers, 200)
    assert [other.acquire(HASH) for _ in range(4)] == [0.0, 0.0, 0.0, 20.0]
    learned = store.hgetall(f"postman_ext:{{{HASH}}}:user:cfg")
    assert float(learned["limit"]) == 3 and float(learned["window"]) == 20


def test_the_window_grows_to_the_longest_reset_seen(redis_url: str) -> None:
    clock = Clock()
    limiter = RedisRateLimiter(redis_url, clock=clock)
    for seconds in (12, 60, 30):  # reset times seen at different points of a 60 s window
        limiter.update(HASH, {"X-RateLimit-Limit": "2", "X-RateLimit-Reset": str(int(clock.now) + seconds)}, 200)
    assert [limiter.acquire(HASH) for _ in range(3)] == [0.0, 0.0, 60.0]


def test_the_count_follows_what_the_server_reports_remaining(redis_url: str) -> None:
    clock = Clock()
    limiter, other = RedisRateLimiter(redis_url, clock=clock), RedisRateLimiter(redis_url, clock=clock)
    limiter.update(HASH, {"RateLimit-Policy": "10;w=60", "RateLimit-Remaining": "10"}, 200)
    assert [limiter.acquire(HASH) for _ in range(2)] == [0.0, 0.0]
    # The server counted 7: five requests no process here sent (another tool on the key).
    # Its window resets in 25 s, so those five are held until then, the two sent here for 60 s.
    reset = str(int(clock.now) + 25)
    limiter.update(HASH, {"X-RateLimit-Remaining": "3", "X-RateLimit-Reset": reset}, 200)
    assert [other.acquire(HASH) for _ in range(4)] == [0.0, 0.0, 0.0, 25.0]
    # A report of more remaining (an answer overtaken by later requests) frees nothing.
    limiter.update(HASH, {"X-RateLimit-Remaining": "9", "X-RateLimit-Reset": reset}, 200)
    assert other.acquire(HASH) == 25.0


def test_a_spent_window_makes_everyone_wait_for_the_reset(redis_url: str) -> None:
    clock = Clock()
    limiter, other = RedisRateLimiter(redis_url, clock=clock), RedisRateLimiter(redis_url, clock=clock)
    spent = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(clock.now) + 9)}
    limiter.update(HASH, spent, 200)
    assert other.acquire(HASH) == 9.0
    clock.now += 9
    assert other.acquire(HASH) == 0.0


# --- slots expire ------------------------------------------------------------------------------


def test_slots_expire_so_a_crashed_holder_blocks_no_one(redis_url: str, store: Any) -> None:
    clock = Clock()
    holder = """
import os, signal, sys
from postman_ext.contrib.redis_limiter import RedisRateLimiter
url, key, now = sys.argv[1], sys.argv[2], float(sys.argv[3])
limiter = RedisRateLimiter(url, clock=lambda: now)
limiter.update(key, {"RateLimit-Policy": "3;w=30", "RateLimit-Remaining": "3"}, 200)
print([limiter.acquire(key) for _ in range(3)], flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # dies holding every slot, without a word
"""
    result = run_python(holder, redis_url, HASH, repr(clock.now))
    assert result.returncode == -signal.SIGKILL and result.stdout.strip() == "[0.0, 0.0, 0.0]", result.stderr
    survivor = RedisRateLimiter(redis_url, clock=clock)
    assert survivor.acquire(HASH) == 30.0  # the dead holder's slots last one window, no longer
    clock.now += 30
    assert survivor.acquire(HASH) == 0.0
    keys = store.keys("*")
    assert keys and all(store.pttl(key) > 0 for key in keys)  # nothing stays in Redis for ever


# --- per-endpoint windows ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "bucket"),
    [
        ("GET", "/collections", "get-collections"),
        ("GET", "/workspaces", "get-workspaces"),
        ("GET", "/workspaces/1f0df51a-8658-4ee8-a2a1-d2567dfa09a9", "get-workspace"),
        ("POST", "/workspaces/1f0df51a/updates", "workspace-updates"),
        ("PATCH", "/workspaces/1f0df51a/updates/9", "workspace-updates"),
        ("GET", "/monitors", "monitors"),
        ("POST", "/monitors/1e6b6cc1/run", "monitors"),
        ("POST", "/import/openapi", "import-openapi"),
        ("POST", "/service-account-tokens", "service-account-tokens"),
        ("GET", "/collections/12345678-0b7e4f0c", None),
        ("POST", "/collections", None),
        ("PUT", "/workspaces/1f0df51a", None),
        ("GET", "/me", None),
    ],
)
def test_endpoints_with_tighter_limits_are_recognised(method: str, path: str, bucket: str | None) -> None:
    found = endpoint_limit(method, path)
    assert (found.bucket if found else None) == bucket


def test_endpoints_with_tighter_limits_have_windows_of_their_own(redis_url: str) -> None:
    clock = Clock()
    first, second = RedisRateLimiter(redis_url, clock=clock), RedisRateLimiter(redis_url, clock=clock)
    waits = [(first, second)[i % 2].acquire_endpoint(HASH, "GET", "/collections") for i in range(11)]
    assert waits == [0.0] * 10 + [10.0]  # Postman's 10 in 10 s, shared by both
    assert first.acquire_endpoint(HASH, "GET", "/me") == 0.0
    assert first.acquire_endpoint(HASH, "GET", "/workspaces") == 0.0  # another endpoint, another window
    # What the server says for the endpoint replaces the documented figures.
    first.update_endpoint(HASH, "GET", "/workspaces", {"RateLimit-Policy": "2;w=20", "RateLimit-Remaining": "1"}, 200)
    assert [second.acquire_endpoint(HASH, "GET", "/workspaces") for _ in range(2)] == [0.0, 20.0]


def test_endpoint_requests_also_count_in_the_per_user_window(redis_url: str) -> None:
    clock = Clock()
    limiter = RedisRateLimiter(redis_url, clock=clock)
    # Headers whose limit is above the endpoint's can only describe the per-user window.
    per_user = {"X-RateLimit-Limit": "12", "X-RateLimit-Remaining": "12", "RateLimit-Policy": "12;w=60"}
    limiter.update_endpoint(HASH, "GET", "/collections", per_user, 200)
    assert [limiter.acquire_endpoint(HASH, "GET", "/collections") for _ in range(10)] == [0.0] * 10
    assert [limiter.acquire(HASH) for _ in range(3)] == [0.0, 0.0, 60.0]


def test_the_client_tells_the_limiter_which_endpoint(
    redis_url: str, api: FakeAPI, make_client: Any, sleeps: Any
) -> None:
    api.route("GET", "/v1/collections", Reply(200, {"collections": []}))
    api.route("GET", "/v1/me", Reply(200, ME))
    pm = make_client(base_url=api.url + "/v1", plugins=[RedisRateLimiterPlugin(redis_url)])
    for _ in range(10):
        pm.collections.get_collections()
    pm.users.get_authenticated_user()
    assert sleeps.waits == []
    pm.collections.get_collections()
    assert sleeps.waits == [pytest.approx(10.0)]


def test_sync_and_async_clients_share_one_endpoint_window(redis_url: str, api: FakeAPI, sleeps: Any) -> None:
    api.route("GET", "/collections", Reply(200, {"collections": []}))
    options = {"base_url": api.url, "load_entry_points": False, "clock": sleeps.clock}
    plugins = [RedisRateLimiterPlugin(redis_url)]
    with Postman(TEST_KEY, plugins=plugins, sleep=sleeps, **options) as pm:
        for _ in range(6):
            pm.collections.get_collections()

    async def main() -> None:
        async with AsyncPostman(TEST_KEY, plugins=plugins, sleep=sleeps.asleep, **options) as apm:
            for _ in range(5):
                await apm.collections.get_collections()

    asyncio.run(main())
    assert sleeps.waits == [pytest.approx(10.0)]  # the eleventh in 10 s waited, whichever client sent it


def test_the_async_client_waiting_on_redis_does_not_block_its_event_loop(
    redis_url: str, store: Any, api: FakeAPI, sleeps: Any
) -> None:
    """While Redis holds the limiter's call (CLIENT PAUSE), a ticker task on the same loop keeps ticking."""
    api.route("GET", "/collections", Reply(200, {"collections": []}))
    plugins = [RedisRateLimiterPlugin(redis_url, timeout=10)]  # the pause below must not time out

    async def main() -> tuple[int, float]:
        options = {"base_url": api.url, "load_entry_points": False, "clock": sleeps.clock, "sleep": sleeps.asleep}
        async with AsyncPostman(TEST_KEY, plugins=plugins, **options) as apm:
            await apm.collections.get_collections()  # connected: what the next call waits for is Redis alone
            ticks = 0
            running = True

            async def ticker() -> None:
                nonlocal ticks
                while running:
                    await asyncio.sleep(0.01)
                    ticks += 1

            task = asyncio.create_task(ticker())
            await asyncio.sleep(0)
            store.execute_command("CLIENT", "PAUSE", 1000)  # every other client's commands wait 1 s
            started, ticks_before = time.monotonic(), ticks
            await apm.collections.get_collections()
            waited, ticked = time.monotonic() - started, ticks - ticks_before
            running = False
            await task
            return ticked, waited

    connections = len(store.client_list())
    ticked, waited = asyncio.run(main())
    deadline = time.monotonic() + 5
    while len(store.client_list()) > connections and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(store.client_list()) == connections  # aclose() closed the limiter's asyncio connections too
    assert waited >= 0.5  # the call did wait for Redis (lower bound of the 1 s pause)
    assert ticked >= 10, f"the event loop ran {ticked} ticks while the call waited {waited:.2f} s on Redis"
    assert store.zcard(f"postman_ext:{{{HASH}}}:get-collections:log") == 2  # both went through Redis
    assert sleeps.waits == []


# --- the key never reaches Redis ---------------------------------------------------------------


def test_keys_are_stored_under_the_hash_never_the_key(
    redis_url: str, store: Any, api: FakeAPI, make_client: Any
) -> None:
    limits = {
        "X-RateLimit-Limit": "300",
        "X-RateLimit-Remaining": "250",
        "X-RateLimit-Reset": str(int(time.time()) + 60),
    }
    api.route("GET", "/me", Reply(200, ME, limits))
    api.route(
        "GET", "/collections", Reply(429, {"error": {"name": "rateLimited", "message": "x"}}, {"Retry-After": "1"})
    )
    pm = make_client(plugins=[RedisRateLimiterPlugin(redis_url)], max_retries=0)
    pm.users.get_authenticated_user()
    with pytest.raises(RateLimitError):
        pm.collections.get_collections()
    dumped = []
    for key in store.scan_iter("*"):
        kind = store.type(key)
        value = {"zset": lambda k: store.zrange(k, 0, -1), "hash": store.hgetall, "string": store.get}[kind](key)
        dumped.append(f"{key} {value}")
    text = "\n".join(dumped)
    assert len(dumped) >= 4 and all(f"postman_ext:{{{HASH}}}:" in line for line in dumped), text
    assert TEST_KEY not in text and TEST_KEY[-12:] not in text and "PMAK" not in text


# --- Redis unreachable -------------------------------------------------------------------------


def test_unreachable_redis_falls_back_to_in_process_pacing_and_warns_once() -> None:
    url = f"redis://pacer:s3cret-pass@127.0.0.1:{free_port()}/0"
    clock = Clock()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        limiters = [RedisRateLimiter(url, clock=clock, timeout=0.2) for _ in range(2)]
        spent = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(clock.now) + 9)}
        limiters[0].update(HASH, spent, 200)
        assert limiters[0].acquire(HASH) == 9.0  # the in-process limiter paces by what it heard
        for limiter in limiters:
            limiter.acquire(HASH)
            clock.now += 31  # past retry_after: Redis is tried again, and fails again
            limiter.acquire(HASH)
    messages = [str(warning.message) for warning in caught]
    assert len(messages) == 1, messages
    assert f"127.0.0.1:{url.rsplit(':', 1)[1].split('/')[0]}" in messages[0]
    assert "s3cret" not in messages[0] and "redis://pacer:***@127.0.0.1" in messages[0]
    assert not limiters[0].shared and "s3cret" not in repr(limiters[0])


def test_a_client_keeps_working_when_redis_is_unreachable(api: FakeAPI, make_client: Any) -> None:
    api.route("GET", "/me", Reply(200, ME))
    pm = make_client(plugins=[RedisRateLimiterPlugin(f"redis://127.0.0.1:{free_port()}/0", timeout=0.2)])
    with pytest.warns(RuntimeWarning, match="cannot be reached"):
        pm.users.get_authenticated_user()
    pm.users.get_authenticated_user()
    assert len(api.requests) == 2


def test_redis_going_away_later_falls_back_then_comes_back(tmp_path: Path) -> None:
    server = RedisServer(tmp_path).start()
    try:
        clock = Clock()
        limiter = RedisRateLimiter(server.url, clock=clock, retry_after=5)
        limiter.update(HASH, {"RateLimit-Policy": "2;w=60", "RateLimit-Remaining": "2"}, 200)
        assert [limiter.acquire(HASH) for _ in range(2)] == [0.0, 0.0] and limiter.shared
        server.stop()
        with pytest.warns(RuntimeWarning, match="cannot be reached"):
            limiter.acquire(HASH)
        assert not limiter.shared
        server.start()  # same port, empty
        assert limiter.acquire(HASH) == 0.0 and not limiter.shared  # not asked again before retry_after
        clock.now += 5
        assert limiter.acquire(HASH) == 0.0 and limiter.shared
        assert redis.Redis.from_url(server.url).exists(f"postman_ext:{{{HASH}}}:user:log") == 0  # nothing learned yet
    finally:
        server.stop()


def test_redact_url_hides_passwords() -> None:
    assert redact_url("redis://user:pw@host:6379/0") == "redis://user:***@host:6379/0"
    assert redact_url("rediss://:pw@host:6380") == "rediss://:***@host:6380"
    assert redact_url("redis://host:6379/0?password=pw&db=1") == "redis://host:6379/0?password=***&db=1"
    assert redact_url("unix:///run/redis.sock") == "unix:///run/redis.sock"
    assert redact_url("unix://:pw@/run/redis.sock?db=2") == "unix://:***@/run/redis.sock?db=2"


# --- the plugin --------------------------------------------------------------------------------


def test_the_plugin_is_found_through_its_entry_point_and_enabled_by_the_environment(
    redis_url: str, store: Any, api: FakeAPI
) -> None:
    api.route("GET", "/me", Reply(200, ME, {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299"}))
    code = f"""
import json, sys
from postman_ext import Postman, plugins
with Postman(base_url={api.url!r}) as pm:
    pm.users.get_authenticated_user()
    print(json.dumps({{
        "plugins": [[info.name, info.source, list(info.hooks)] for info in plugins()],
        "limiter": type(pm._pipeline.limiter).__name__,
        "redis_imported": "redis" in sys.modules,
    }}))
"""
    off = run_python(code, POSTMAN_API_KEY=TEST_KEY)
    assert off.returncode == 0, off.stderr
    report = json.loads(off.stdout)
    (entry,) = [item for item in report["plugins"] if item[0] == "redis-limiter"]
    assert "postman_ext.contrib.redis_limiter:plugin" in entry[1] and entry[2] == ["postman_rate_limiter"]
    assert report["limiter"] == "InProcessRateLimiter" and report["redis_imported"] is False
    assert store.keys("*") == []

    on = run_python(code, POSTMAN_API_KEY=TEST_KEY, **{ENV_VAR: redis_url})
    assert on.returncode == 0, on.stderr
    report = json.loads(on.stdout)
    assert report["limiter"] == "RedisRateLimiter" and report["redis_imported"] is True
    assert store.hget(f"postman_ext:{{{HASH}}}:user:cfg", "limit") == "300"


def test_the_plugin_passed_explicitly_needs_no_environment(
    redis_url: str, make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert isinstance(make_client(plugins=[RedisRateLimiterPlugin()])._pipeline.limiter, InProcessRateLimiter)
    limiter = make_client(plugins=[RedisRateLimiterPlugin(redis_url)])._pipeline.limiter
    assert isinstance(limiter, RedisRateLimiter) and limiter.url == redis_url
    monkeypatch.setenv(ENV_VAR, redis_url)
    assert isinstance(make_client(plugins=[RedisRateLimiterPlugin()])._pipeline.limiter, RedisRateLimiter)


def test_a_missing_redis_package_is_a_clear_configuration_error(redis_url: str) -> None:
    code = """
import sys
sys.modules["redis"] = None  # as if postman-ext[redis] had not been installed
from postman_ext import Postman
Postman(api_key=sys.argv[1], load_entry_points=True)
"""
    result = run_python(code, TEST_KEY, **{ENV_VAR: redis_url})
    assert result.returncode != 0
    assert "ConfigurationError" in result.stderr and "pip install 'postman-ext[redis]'" in result.stderr
    assert TEST_KEY not in result.stderr
