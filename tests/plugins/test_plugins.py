"""Plugins: every hook can be overridden; entry points are found after a real pip install."""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from postman_ext import (
    STOP_RETRYING,
    ClientConfig,
    NotFoundError,
    Postman,
    PostmanError,
    RateLimitError,
    hookimpl,
    hookspecs,
    plugins,
)
from postman_ext.ratelimit import InProcessRateLimiter, RateLimiter
from tests.both_clients import KINDS, builder
from tests.conftest import ROOT, TEST_KEY, Sleeps
from tests.fake_api import RESET, FakeAPI, Reply

ME = {"user": {"id": 1, "username": "u"}}
HOOKS = (
    "postman_api_key",
    "postman_compose_uid",
    "postman_map_error",
    "postman_parse_uid",
    "postman_prepare_request",
    "postman_rate_limiter",
    "postman_response_received",
    "postman_retry_delay",
)


def test_every_hook_is_documented_and_has_a_builtin() -> None:
    from postman_ext import hookspecs

    specs = sorted(name for name in dir(hookspecs) if name.startswith("postman_"))
    assert tuple(specs) == HOOKS
    for name in specs:
        assert (getattr(hookspecs, name).__doc__ or "").strip(), f"{name} has no docstring"
    (builtin,) = [info for info in plugins() if info.source == "built-in"]
    assert builtin.hooks == HOOKS


def test_api_key_hook_supplies_the_key(api: FakeAPI, make_client: Any) -> None:
    class Vault:
        @hookimpl
        def postman_api_key(self, config: ClientConfig) -> str:
            assert "PMAK" not in repr(config) or "…" in repr(config)
            return "PMAK-fromvault000000000000000-v1v1"

    api.route("GET", "/me", Reply(200, ME))
    make_client(api_key=None, plugins=[Vault()]).users.get_authenticated_user()
    assert api.requests[0].headers["x-api-key"] == "PMAK-fromvault000000000000000-v1v1"


def test_an_explicit_key_wins_over_plugins(api: FakeAPI, make_client: Any) -> None:
    class Vault:
        @hookimpl
        def postman_api_key(self, config: ClientConfig) -> str:
            raise AssertionError("not asked when api_key= is given")

    api.route("GET", "/me", Reply(200, ME))
    make_client(plugins=[Vault()]).users.get_authenticated_user()
    assert api.requests[0].headers["x-api-key"] == TEST_KEY


def test_prepare_request_runs_for_every_plugin(api: FakeAPI, make_client: Any) -> None:
    class Tagger:
        @hookimpl
        def postman_prepare_request(self, request: httpx.Request, config: ClientConfig) -> None:
            request.headers["X-Trace"] = "t-1"

    api.route("GET", "/me", Reply(200, ME))
    make_client(plugins=[Tagger()]).users.get_authenticated_user()
    headers = api.requests[0].headers
    assert headers["x-trace"] == "t-1" and headers["user-agent"].startswith("postman-ext/")


def test_rate_limiter_hook_replaces_the_limiter(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    class Fixed(RateLimiter):
        def __init__(self) -> None:
            self.updates: list[int] = []

        def acquire(self, key_hash: str) -> float:
            return 0.25

        def update(self, key_hash: str, headers: Any, status: int) -> None:
            self.updates.append(status)

    limiter = Fixed()

    class Provider:
        @hookimpl
        def postman_rate_limiter(self, config: ClientConfig) -> Fixed:
            return limiter

    api.route("GET", "/me", Reply(200, ME))
    make_client(plugins=[Provider()]).users.get_authenticated_user()
    assert sleeps.waits == [0.25] and limiter.updates == [200]


def test_retry_delay_hook_can_retry_and_can_stop(api: FakeAPI, make_client: Any, sleeps: Any) -> None:
    class RetryTeapots:
        @hookimpl
        def postman_retry_delay(
            self, request: Any, response: Any, error: Any, attempt: int, config: Any
        ) -> float | None:
            if response is not None and response.status_code == 418:
                return 0.1
            if response is not None and response.status_code == 503:
                return STOP_RETRYING
            return None

    api.route("GET", "/me", Reply(418, "teapot"), Reply(200, ME))
    make_client(plugins=[RetryTeapots()]).users.get_authenticated_user()
    assert sleeps.waits == [0.1]
    api.route("GET", "/me", Reply(503, "busy"))
    with pytest.raises(PostmanError):
        make_client(plugins=[RetryTeapots()]).users.get_authenticated_user()
    assert sleeps.waits == [0.1]  # no second wait: the plugin stopped the built-in 503 retry


def test_map_error_hook_chooses_the_exception(api: FakeAPI, make_client: Any) -> None:
    class Gone(Exception):
        pass

    class Mapper:
        @hookimpl
        def postman_map_error(self, request: Any, response: httpx.Response, body: object) -> Exception | None:
            return Gone(body) if response.status_code == 404 else None

    api.route("GET", "/me", Reply(404, {"error": {"name": "gone", "message": "x"}}))
    with pytest.raises(Gone):
        make_client(plugins=[Mapper()]).users.get_authenticated_user()


def test_uid_hooks_compose_and_parse(api: FakeAPI, make_client: Any) -> None:
    calls: list[tuple[str, ...]] = []

    class Uids:
        @hookimpl
        def postman_compose_uid(self, owner_id: str, resource_id: str) -> str:
            calls.append(("compose", owner_id, resource_id))
            return f"{owner_id}-{resource_id}"

        @hookimpl
        def postman_parse_uid(self, uid: str) -> tuple[str, str]:
            calls.append(("parse", uid))
            return tuple(uid.split("-", 1))  # type: ignore[return-value]

    class Environment:
        id = "env-1"
        owner = "777"

    from postman_raw.models.pull_environment_request import PullEnvironmentRequest

    api.route("POST", "/environments/777-env-1/pulls", Reply(200, {"environment": {"uid": "777-env-1"}}))
    make_client(plugins=[Uids()]).environments.pull_environment(
        Environment(), body=PullEnvironmentRequest(source="1-x")
    )
    assert calls == [("compose", "777", "env-1"), ("parse", "777-env-1")]
    assert api.requests[0].path == "/environments/777-env-1/pulls"


def test_response_received_sees_every_attempt(api: FakeAPI, make_client: Any) -> None:
    seen: list[tuple[int, int]] = []

    class Watcher:
        @hookimpl
        def postman_response_received(
            self, request: Any, response: httpx.Response, elapsed: float, attempt: int
        ) -> None:
            assert elapsed >= 0
            seen.append((response.status_code, attempt))

    api.route("GET", "/me", Reply(503, "busy"), Reply(200, ME))
    make_client(plugins=[Watcher()]).users.get_authenticated_user()
    assert seen == [(503, 1), (200, 2)]


def test_a_plugin_with_a_wrong_hook_signature_is_reported(api: FakeAPI, make_client: Any) -> None:
    class Wrong:
        @hookimpl
        def postman_prepare_request(self, request: Any, config: Any, extra: Any) -> None: ...

    with pytest.warns(UserWarning, match="could not be registered"):
        pm = make_client(plugins=[Wrong()])
    assert all(not info.name.startswith("Wrong") for info in pm.plugins())


def test_the_client_lists_its_plugins(make_client: Any) -> None:
    class Tagger:
        @hookimpl
        def postman_prepare_request(self, request: Any, config: Any) -> None: ...

    listing = make_client(plugins=[Tagger()]).plugins()
    assert [info.source for info in listing] == ["built-in", "argument"]
    assert listing[1].hooks == ("postman_prepare_request",)


# --- entry points, through a real pip install -------------------------------------------------


@pytest.fixture(scope="module")
def installed_plugins(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pip-install the demo and broken plugin packages (offline) into a folder of their own."""
    target = tmp_path_factory.mktemp("site")
    for package in ("demo", "broken"):
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-build-isolation", "--no-deps",
             "--target", str(target), str(ROOT / "tests" / "plugins" / package)],
            check=True, capture_output=True,
        )  # fmt: skip
    return target


def run_with_plugins(target: Path, code: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(target), "POSTMAN_API_KEY": TEST_KEY, **env}
    environment.pop("POSTMAN_EXT_PLUGINS", None) if "POSTMAN_EXT_PLUGINS" not in env else None
    return subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=False)


def test_an_installed_plugin_is_found_through_its_entry_point(installed_plugins: Path, api: FakeAPI) -> None:
    api.route("GET", "/me", Reply(200, ME))
    code = f"""
import json, warnings
warnings.simplefilter("ignore")
import postman_demo_plugin
from postman_ext import Postman
with Postman(base_url={api.url!r}) as pm:
    pm.users.get_authenticated_user()
    listing = [[i.name, i.hooks] for i in pm.plugins()]
    print(json.dumps({{"plugins": listing, "seen": postman_demo_plugin.responses_seen}}))
"""
    result = run_with_plugins(installed_plugins, code)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert ["demo", ["postman_prepare_request", "postman_response_received"]] in report["plugins"]
    assert report["seen"] == [["GET", "/me", 200]]
    assert api.requests[0].headers["x-demo-plugin"] == "on"


def test_a_plugin_that_fails_to_import_is_reported_and_skipped(installed_plugins: Path) -> None:
    code = "from postman_ext import Postman; print([i.name for i in Postman().plugins()])"
    result = run_with_plugins(installed_plugins, code)
    assert result.returncode == 0, result.stderr
    assert "postman_ext plugin 'broken' (postman_broken_plugin) failed to load" in result.stderr
    assert "a_module_that_does_not_exist" in result.stderr
    assert "'demo'" in result.stdout and "'broken'" not in result.stdout


def test_strict_mode_makes_a_broken_plugin_fatal(installed_plugins: Path) -> None:
    code = "from postman_ext import Postman; Postman()"
    result = run_with_plugins(installed_plugins, code, POSTMAN_EXT_STRICT_PLUGINS="1")
    assert result.returncode != 0
    assert "PluginLoadError" in result.stderr and "'broken'" in result.stderr


@pytest.mark.parametrize(("selection", "expected"), [("demo", ["demo"]), ("", [])])
def test_postman_ext_plugins_selects_entry_points(installed_plugins: Path, selection: str, expected: list[str]) -> None:
    code = "from postman_ext import Postman; print([i.name for i in Postman().plugins()][1:])"
    result = run_with_plugins(installed_plugins, code, POSTMAN_EXT_PLUGINS=selection)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr(expected)
    assert "failed to load" not in result.stderr


def test_entry_points_are_not_loaded_when_disabled(installed_plugins: Path) -> None:
    code = "from postman_ext import Postman; print(len(Postman(load_entry_points=False).plugins()))"
    result = run_with_plugins(installed_plugins, code)
    assert result.stdout.strip() == "1" and "failed to load" not in result.stderr


def test_builtin_limiter_is_the_default(make_client: Any) -> None:
    assert isinstance(make_client()._pipeline.limiter, InProcessRateLimiter)


def test_entry_points_are_loaded_by_pluggy(installed_plugins: Path) -> None:
    """pluggy's own loader imports them, once per process; every client registers what it loaded."""
    code = """
import pluggy
from postman_ext import Postman
calls = []
load = pluggy.PluginManager.load_setuptools_entrypoints
def recording(self, group, name=None):
    calls.append((type(self).__name__, group, name))
    return load(self, group, name)
pluggy.PluginManager.load_setuptools_entrypoints = recording
first, second = Postman(), Postman()
print(calls)
print([(info.name, info.source) for info in second.plugins()][1:])
print(type(second._plugin_manager).__name__)
"""
    result = run_with_plugins(installed_plugins, code, POSTMAN_EXT_PLUGINS="demo")
    assert result.returncode == 0, result.stderr
    calls, listing, manager = result.stdout.splitlines()
    assert calls == "[('PostmanPluginManager', 'postman_ext', 'demo')]"
    assert listing == "[('demo', 'entry point postman_demo_plugin (postman-ext-demo-plugin)')]"
    assert manager == "PostmanPluginManager"


# --- the hook contract: documented, given config, exercised ----------------------------------


def hook_specs() -> dict[str, Callable[..., Any]]:
    marker = f"{hookspecs.PROJECT_NAME}_spec"
    return {name: value for name, value in vars(hookspecs).items() if hasattr(value, marker)}


@pytest.mark.parametrize("name", HOOKS)
def test_every_hook_is_documented_the_pytest_way(name: str) -> None:
    spec = hook_specs()[name]
    doc = inspect.getdoc(spec) or ""
    arguments = list(inspect.signature(spec).parameters)
    documented = re.findall(r"^:param (\w+):", doc, flags=re.MULTILINE)
    assert documented == arguments, f"{name}: :param: lines {documented}, arguments {arguments}"
    assert "config" in arguments, f"{name} does not receive config"
    assert re.search(r"^\.\. versionadded:: \d+\.\d+\.\d+$", doc, flags=re.MULTILINE), f"{name}: no versionadded"
    options = getattr(spec, f"{hookspecs.PROJECT_NAME}_spec")
    if options["firstresult"]:
        assert "(``firstresult``)" in doc and ":return:" in doc, f"{name}: what its first answer means"


class Recorder:
    """Implements every hook asking for every argument, records the calls, and lets the built-ins answer."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, ClientConfig]] = []

    @hookimpl
    def postman_api_key(self, config: ClientConfig) -> str:
        self.calls.append(("postman_api_key", config))
        return TEST_KEY

    @hookimpl
    def postman_prepare_request(self, request: httpx.Request, config: ClientConfig) -> None:
        self.calls.append(("postman_prepare_request", config))

    @hookimpl
    def postman_rate_limiter(self, config: ClientConfig) -> None:
        self.calls.append(("postman_rate_limiter", config))

    @hookimpl
    def postman_retry_delay(
        self, request: httpx.Request, response: Any, error: Any, attempt: int, config: ClientConfig
    ) -> None:
        self.calls.append(("postman_retry_delay", config))

    @hookimpl
    def postman_map_error(self, request: httpx.Request, response: Any, body: object, config: ClientConfig) -> None:
        self.calls.append(("postman_map_error", config))

    @hookimpl
    def postman_compose_uid(self, owner_id: str, resource_id: str, config: ClientConfig) -> None:
        self.calls.append(("postman_compose_uid", config))

    @hookimpl
    def postman_parse_uid(self, uid: str, config: ClientConfig) -> None:
        self.calls.append(("postman_parse_uid", config))

    @hookimpl
    def postman_response_received(
        self, request: httpx.Request, response: Any, elapsed: float, attempt: int, config: ClientConfig
    ) -> None:
        self.calls.append(("postman_response_received", config))


@pytest.fixture(params=KINDS)
def build(
    request: pytest.FixtureRequest, api: FakeAPI, sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """``Postman`` and ``AsyncPostman`` (see tests/both_clients.py)."""
    monkeypatch.delenv("POSTMAN_API_KEY", raising=False)
    yield from builder(request.param, api, sleeps)


UUID = "0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
UID = f"12345678-{UUID}"


class Environment:
    id = UUID
    owner = "12345678"


def test_every_hook_is_called_with_the_clients_config(api: FakeAPI, build: Any) -> None:
    from postman_raw.models.pull_environment_request import PullEnvironmentRequest

    recorder = Recorder()
    api.route("POST", f"/environments/{UID}/pulls", Reply(503, "busy"), Reply(404, {"error": {"name": "gone"}}))
    pm = build(api_key=None, plugins=[recorder])
    with pytest.raises(NotFoundError):
        pm.environments.pull_environment(Environment(), body=PullEnvironmentRequest(source="1-x"))
    assert {name for name, _ in recorder.calls} == set(hook_specs())
    for name, config in recorder.calls:
        assert config.base_url == pm.config.base_url, name
        if name != "postman_api_key":  # asked before the key, and so its hint, is known
            assert config is pm.config, name
    assert api.requests[0].headers["x-api-key"] == TEST_KEY


def test_plugins_written_before_config_reached_every_hook_still_work(api: FakeAPI, build: Any) -> None:
    from postman_raw.models.pull_environment_request import PullEnvironmentRequest

    seen: list[str] = []

    class Old:
        @hookimpl
        def postman_parse_uid(self, uid: str) -> None:
            seen.append(uid)

        @hookimpl
        def postman_response_received(self, response: httpx.Response) -> None:
            seen.append(str(response.status_code))

        @hookimpl
        def postman_map_error(self, response: httpx.Response) -> Exception:
            return LookupError(response.status_code)

    api.route("POST", f"/environments/{UID}/pulls", Reply(404, {}))
    with pytest.raises(LookupError):
        build(plugins=[Old()]).environments.pull_environment(UID, body=PullEnvironmentRequest(source="1-x"))
    assert seen == [UID, "404"]


def test_the_builtin_error_mapping_reads_the_injected_clock(api: FakeAPI, build: Any) -> None:
    now = 1_500_000_000.0  # an injected clock far from the wall clock: only it makes the reset 42 s away
    api.route("GET", "/me", Reply(429, {"error": "rateLimited"}, {"X-RateLimit-Reset": str(int(now) + 42)}))
    with pytest.raises(RateLimitError) as caught:
        build(clock=lambda: now, max_retries=0).users.get_authenticated_user()
    assert caught.value.retry_after == 42


def test_a_hook_argument_on_its_way_out_warns_the_plugin_through_pluggy(
    api: FakeAPI, build: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The versioning policy: a retired argument is marked with warn_on_impl_args and still served."""
    options = getattr(hookspecs.postman_retry_delay, f"{hookspecs.PROJECT_NAME}_spec")
    retired = {"attempt": DeprecationWarning("postman_retry_delay(attempt=...) is deprecated")}
    monkeypatch.setitem(options, "warn_on_impl_args", retired)
    attempts: list[int] = []

    class Old:
        @hookimpl
        def postman_retry_delay(self, attempt: int) -> float:
            attempts.append(attempt)
            return STOP_RETRYING

    with pytest.warns(DeprecationWarning, match=r"attempt=\.\.\.\) is deprecated") as caught:
        pm = build(plugins=[Old()])
    # pointed at the plugin's code (the built-in, which also asks for it, gets its own warning)
    assert __file__ in [warning.filename for warning in caught]
    api.route("GET", "/me", Reply(503, "busy"))
    with pytest.raises(PostmanError):
        pm.users.get_authenticated_user()
    assert attempts == [1]


def test_the_client_keeps_its_plugins_on_a_postman_plugin_manager(make_client: Any) -> None:
    from postman_ext._plugins import PostmanPluginManager

    manager = make_client()._plugin_manager
    assert isinstance(manager, PostmanPluginManager)
    assert not hasattr(manager, "postman_ext_sources")
    assert [info.source for info in manager.describe()] == ["built-in"]


_ = (RESET, Postman)
