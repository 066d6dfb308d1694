"""What a new user meets in the first hour (issue 14): log lines for waits, keys, dict bodies, small errors.

Every behaviour that involves the network runs on both the sync and the async client, against
the fake API on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from typing import Any

import pytest

from postman_ext import APIConnectionError, AsyncPostman, ConfigurationError, Postman
from tests.conftest import TEST_KEY
from tests.fake_api import FakeAPI, Reply

ME = {"user": {"id": 1, "username": "u"}}


class Caller:
    """Builds a sync or async client and runs one call on it as a plain function call."""

    def __init__(self, kind: str, api: FakeAPI, sleeps: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.kind, self.api, self.sleeps = kind, api, sleeps
        self.loop = asyncio.new_event_loop()  # one loop for every call: an async client's pool belongs to its loop
        self.clients: list[Any] = []
        monkeypatch.delenv("POSTMAN_API_KEY", raising=False)
        monkeypatch.delenv("POSTMAN_BASE_URL", raising=False)

    def client(self, **options: Any) -> Any:
        options.setdefault("api_key", TEST_KEY)
        options.setdefault("base_url", self.api.url)
        options.setdefault("load_entry_points", False)
        options.setdefault("clock", self.sleeps.clock)
        made: Any = (
            Postman(sleep=self.sleeps, **options)
            if self.kind == "sync"
            else AsyncPostman(sleep=self.sleeps.asleep, **options)
        )
        self.clients.append(made)
        return made

    def close(self) -> None:
        for made in self.clients:
            if self.kind == "sync":
                made.close()
            else:
                self.loop.run_until_complete(made.aclose())
        self.loop.close()

    def run(self, client: Any, call: Callable[[Any], Any]) -> Any:
        """``call(client)``; awaited for the async client."""
        if self.kind == "sync":
            return call(client)

        async def main() -> Any:
            return await call(client)

        return self.loop.run_until_complete(main())


@pytest.fixture(params=["sync", "async"])
def caller(request: pytest.FixtureRequest, api: FakeAPI, sleeps: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    made = Caller(request.param, api, sleeps, monkeypatch)
    yield made
    made.close()


# --- item 3: waits and retries are logged; the final connection error counts its attempts -----


def test_a_rate_limit_wait_is_logged_at_info(
    caller: Caller, api: FakeAPI, sleeps: Any, caplog: pytest.LogCaptureFixture
) -> None:
    spent = {"X-RateLimit-Limit": "3", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(time.time()) + 5)}
    api.route("GET", "/me", Reply(200, ME, spent))
    pm = caller.client()
    with caplog.at_level(logging.INFO, logger="postman_ext"):
        caller.run(pm, lambda c: c.users.get_authenticated_user())
        assert caplog.records == []
        caller.run(pm, lambda c: c.users.get_authenticated_user())
    (record,) = caplog.records
    (wait,) = sleeps.waits
    assert record.levelno == logging.INFO
    assert record.getMessage() == (
        f"GET /me: waiting {wait:.1f} s for the rate limit (this key's window is spent; attempt 1)"
    )


def test_each_retry_is_logged_with_why_how_long_and_which_attempt(
    caller: Caller, api: FakeAPI, sleeps: Any, caplog: pytest.LogCaptureFixture
) -> None:
    api.route("GET", "/me", Reply(503, "busy"), Reply(502, "bad gateway"), Reply(200, ME))
    with caplog.at_level(logging.INFO, logger="postman_ext"):
        caller.run(caller.client(), lambda c: c.users.get_authenticated_user())
    first, second = sleeps.waits
    assert [r.getMessage() for r in caplog.records] == [
        f"GET /me: HTTP 503; retrying in {first:.1f} s (attempt 2 of at most 4)",
        f"GET /me: HTTP 502; retrying in {second:.1f} s (attempt 3 of at most 4)",
    ]


def test_a_refused_connection_logs_each_retry_and_the_error_counts_the_attempts(
    caller: Caller, sleeps: Any, caplog: pytest.LogCaptureFixture
) -> None:
    pm = caller.client(base_url="http://127.0.0.1:9", max_retries=2)
    with caplog.at_level(logging.INFO, logger="postman_ext"), pytest.raises(APIConnectionError) as caught:
        caller.run(pm, lambda c: c.users.get_authenticated_user())
    assert str(caught.value).startswith("GET /me: ConnectError: ")
    assert str(caught.value).endswith("(after 3 attempts)")
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 2 and len(sleeps.waits) == 2
    for number, (line, wait) in enumerate(zip(lines, sleeps.waits, strict=True), start=2):
        assert re.fullmatch(
            rf"GET /me: ConnectError: .+; retrying in {wait:.1f} s \(attempt {number} of at most 3\)", line
        )


def test_a_single_failed_attempt_says_so(caller: Caller) -> None:
    with pytest.raises(APIConnectionError, match=r"\(after 1 attempt\)$"):
        caller.run(
            caller.client(base_url="http://127.0.0.1:9", max_retries=0), lambda c: c.users.get_authenticated_user()
        )


# --- item 8: small mistakes get short errors that say what to do --------------------------------


def test_paginate_called_with_a_result_says_pass_the_method(caller: Caller, api: FakeAPI) -> None:
    api.route("GET", "/workspaces", Reply(200, {"workspaces": []}))
    pm = caller.client()
    result = pm.workspaces.get_workspaces()
    if caller.kind == "sync":
        with pytest.raises(TypeError) as caught:
            pm.paginate(result)
    else:  # the un-awaited coroutine is closed, so no "never awaited" warning follows
        with pytest.raises(TypeError) as caught:
            pm.paginate(result)
        assert result.cr_frame is None
    message = str(caught.value)
    assert message.startswith("paginate() takes the method, not its result: pass pm.workspaces.get_workspaces,")
    assert len(message) < 200


def test_an_int_for_a_string_path_parameter_is_refused_before_sending(caller: Caller, api: FakeAPI) -> None:
    pm = caller.client()
    with pytest.raises(
        TypeError, match=r"^collection_id takes a str \(the resource's id or uid\), not the int 12345678"
    ):
        caller.run(pm, lambda c: c.collections.get_collection(12345678))
    assert api.requests == []
    api.route("GET", "/users/7", Reply(200, {"id": 7, "name": "Riya"}))
    assert caller.run(pm, lambda c: c.users.get_team_user(7)).name == "Riya"  # an int parameter still takes one


# --- item 4: keys and settings ------------------------------------------------------------------


def test_a_key_without_the_pmak_prefix_warns_once_and_shows_only_its_last_four(
    caller: Caller, api: FakeAPI, recwarn: pytest.WarningsRecorder
) -> None:
    odd_key = f"{caller.kind}-0123456789abcdef0123456789-wxyz"  # one key per parameter: each key warns once
    api.route("GET", "/me", Reply(200, ME))
    pm = caller.client(api_key=odd_key)
    caller.client(api_key=odd_key)
    (warned,) = [w for w in recwarn.list if "does not start with 'PMAK-'" in str(w.message)]
    assert str(warned.message).startswith("The Postman API key '…wxyz' does not start with 'PMAK-', as Postman's")
    assert warned.filename == __file__
    assert repr(pm) == f"{type(pm).__name__}(base_url={api.url!r}, api_key='…wxyz')"
    assert "PMAK" not in repr(pm.config)
    caller.run(pm, lambda c: c.users.get_authenticated_user())
    assert api.requests[0].headers["x-api-key"] == odd_key


def test_a_pmak_key_does_not_warn(caller: Caller, recwarn: pytest.WarningsRecorder) -> None:
    assert "PMAK-…abcd" in repr(caller.client())
    assert not [w for w in recwarn.list if "PMAK" in str(w.message)]


def test_region_and_base_url_together_are_refused(api: FakeAPI) -> None:
    for cls in (Postman, AsyncPostman):
        with pytest.raises(ConfigurationError) as caught:
            cls(TEST_KEY, region="eu", base_url=api.url, load_entry_points=False)
        assert str(caught.value).startswith(f"pass region= or base_url=, not both: base_url={api.url!r} names")


def test_region_with_postman_base_url_set_warns_that_the_variable_wins(
    api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTMAN_BASE_URL", api.url)
    with pytest.warns(UserWarning, match=r"POSTMAN_BASE_URL=.* names the server, so region='eu' is ignored") as seen:
        pm = Postman(TEST_KEY, region="eu", load_entry_points=False)
    assert seen[0].filename == __file__
    assert pm.config.base_url == api.url
    pm.close()


COLLECTION_UID = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"


def test_without_an_api_key_a_call_with_an_access_key_goes(caller: Caller, api: FakeAPI) -> None:
    api.route("GET", f"/collections/{COLLECTION_UID}", Reply(200, {"collection": {"info": {"name": "shared"}}}))
    pm = caller.client(api_key=None)  # no key anywhere: built without raising
    assert "api_key='(no key)'" in repr(pm)
    col = caller.run(pm, lambda c: c.collections.get_collection(COLLECTION_UID, access_key="PMAT-0123456789abcdef"))
    assert col.collection.info.name == "shared"
    (seen,) = api.requests
    assert "x-api-key" not in seen.headers and "access_key=PMAT-0123456789abcdef" in seen.path
    with pytest.raises(ConfigurationError) as caught:
        caller.run(pm, lambda c: c.collections.get_collection(COLLECTION_UID))
    assert str(caught.value).startswith("No Postman API key: pass Postman(api_key='PMAK-...') or set the POSTMAN_API")
    assert str(caught.value).endswith("get_collection() needs the API key.")
    assert len(api.requests) == 1


def test_without_an_api_key_in_the_query_form_nothing_is_added(caller: Caller, api: FakeAPI) -> None:
    api.route("GET", f"/collections/{COLLECTION_UID}", Reply(200, {"collection": {"info": {"name": "shared"}}}))
    pm = caller.client(api_key=None, api_key_location="query")
    caller.run(pm, lambda c: c.collections.get_collection(COLLECTION_UID, access_key="PMAT-0123456789abcdef"))
    assert "apikey" not in api.requests[0].path


# --- item 5: OAuth client credentials without a plugin -----------------------------------------


def test_generate_oauth_token_sends_the_client_credentials(caller: Caller, api: FakeAPI) -> None:
    import base64

    grant = {"access_token": "PMAT-01JNB7X4Q2R8S5T6V7W8Y9Z0AB", "token_type": "Bearer", "expires_in": 3600}
    api.route("POST", "/oauth2/token", Reply(200, grant))
    api.route("GET", "/me", Reply(200, ME))
    pm = caller.client(api_key=None, oauth_client_id="client-42", oauth_client_secret="s3cret-value")
    body = {"grant_type": "client_credentials", "installationAuthId": "3c9f", "jwt": "e.y.J"}
    token = caller.run(pm, lambda c: c.oauth2.generate_oauth_token(body=body))
    assert token.access_token == grant["access_token"]
    (seen,) = api.requests
    assert seen.headers["authorization"] == "Basic " + base64.b64encode(b"client-42:s3cret-value").decode()
    assert "x-api-key" not in seen.headers
    assert all("s3cret-value" not in repr(info) for info in pm.plugins())
    with_key = caller.client(oauth_client_id="client-42", oauth_client_secret="s3cret-value")
    caller.run(with_key, lambda c: c.users.get_authenticated_user())
    assert "authorization" not in api.requests[-1].headers  # only the token endpoint gets them


def test_half_of_the_client_credentials_is_refused(api: FakeAPI) -> None:
    with pytest.raises(ConfigurationError, match=r"^oauth_client_secret is missing: generate_oauth_token needs both"):
        Postman(TEST_KEY, base_url=api.url, oauth_client_id="client-42", load_entry_points=False)


# --- item 2: plain mappings as bodies, models from one short place ------------------------------


def test_a_plain_dict_body_is_read_through_the_model_and_sent(caller: Caller, api: FakeAPI) -> None:
    import json

    api.route("POST", "/environments", Reply(200, {"environment": {"id": "e1", "name": "Prod", "uid": "1-e1"}}))
    body = {"environment": {"name": "Prod", "values": [{"key": "host", "value": "x.test"}]}}
    created = caller.run(caller.client(), lambda c: c.environments.create_environment(body=body, workspace="ws-1"))
    assert created.environment.name == "Prod"
    assert json.loads(api.requests[0].body) == body


def test_a_dict_body_picks_the_union_member_by_its_shape(caller: Caller, api: FakeAPI) -> None:
    import json

    api.route("POST", "/invitations", Reply(200, {"data": {"results": []}}))
    removal = {
        "action": "remove_partner",
        "targetEntity": "workspace",  # the third member of the union, PartnerWorkspaceRemoval
        "targetEntityId": "w-1",
        "target": {"userIds": ["1"]},
    }
    seen: list[Any] = []
    pm = caller.client()
    pm._check_credentials = lambda operation, arguments: seen.append(arguments)  # watches what the call builds
    caller.run(pm, lambda c: c.workspaces.manage_partner_workspace_invites(body=removal))
    assert type(seen[0]["body"]).__name__ == "PartnerWorkspaceRemoval"
    assert json.loads(api.requests[0].body) == removal


def test_a_list_body_takes_dicts_too(caller: Caller, api: FakeAPI) -> None:
    import json

    from postman_ext.models import EnvironmentPatchOperation

    api.route("PATCH", "/environments/e-1", Reply(200, {"environment": {"id": "e-1", "name": "Prod"}}))
    rename = {"op": "replace", "path": "/name", "value": "Prod"}
    model = EnvironmentPatchOperation.from_dict({"op": "add", "path": "/values/0", "value": {"key": "k", "value": "v"}})
    caller.run(caller.client(), lambda c: c.environments.patch_environment("e-1", body=[rename, model]))
    assert json.loads(api.requests[0].body) == [rename, model.to_dict()]
    with pytest.raises(TypeError, match=r"^body= of patch_environment\(\) takes a list, each item"):
        caller.run(caller.client(), lambda c: c.environments.patch_environment("e-1", body=rename))


def test_a_dict_body_that_fits_no_model_names_the_field_before_sending(caller: Caller, api: FakeAPI) -> None:
    from postman_ext import ModelDataError

    pm = caller.client()
    with pytest.raises(ModelDataError) as caught:
        caller.run(
            pm, lambda c: c.environments.create_environment(body={"environment": {"values": []}}, workspace="ws")
        )
    assert str(caught.value) == (
        "body= of create_environment(): EnvironmentCreateData.name: the required key 'name' is missing"
    )
    with pytest.raises(ModelDataError) as union:
        caller.run(pm, lambda c: c.workspaces.manage_partner_workspace_invites(body={"action": "remove_partner"}))
    assert str(union.value).startswith(
        "body= of manage_partner_workspace_invites() fits none of PartnerTeamRemoval, PartnerWorkspaceInvite, "
        "PartnerWorkspaceRemoval: PartnerTeamRemoval.target_entity: the required key 'targetEntity' is missing; "
        "PartnerWorkspaceInvite"
    )
    with pytest.raises(
        TypeError, match=r"^body= of create_environment\(\) takes CreateEnvironmentRequest or a mapping"
    ):
        caller.run(pm, lambda c: c.environments.create_environment(body=["not", "a", "mapping"], workspace="ws"))
    assert api.requests == []


def test_models_are_importable_from_postman_ext_models() -> None:
    import subprocess
    import sys

    from postman_ext.models import CreateEnvironmentRequest
    from postman_raw.models.create_environment_request import CreateEnvironmentRequest as Raw

    assert CreateEnvironmentRequest is Raw
    assert "CreateCollectionRequest" in dir(__import__("postman_ext.models").models)
    with pytest.raises(ImportError, match="NoSuchModel"):
        from postman_ext.models import NoSuchModel  # noqa: F401
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, postman_ext.models; print(sum('postman_raw.models.' in m for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "0"  # importing it loads no model module


def test_dict_bodies_and_short_model_imports_pass_mypy_strict(tmp_path: Any) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    snippet = tmp_path / "usage.py"
    snippet.write_text(
        "from postman_ext import Postman\n"
        "from postman_ext.models import CreateEnvironmentRequest\n"
        "pm = Postman()\n"
        "pm.environments.create_environment(body={'environment': {'name': 'Prod'}}, workspace='w')\n"
        "body = CreateEnvironmentRequest.from_dict({'environment': {'name': 'P'}})\n"
        "pm.environments.create_environment(body=body, workspace='w')\n"
        "pm.environments.create_environment(body=['no'], workspace='w')\n"
        "from postman_ext.models import EnvironmentPatchOperation\n"
        "ops = [EnvironmentPatchOperation.from_dict({'op': 'replace', 'path': '/name', 'value': 'P'})]\n"
        "pm.environments.patch_environment('e', body=ops)\n"
        "pm.environments.patch_environment('e', body=[{'op': 'replace', 'path': '/name', 'value': 'P'}])\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "usage.py:7:" in errors[0], result.stdout


# --- item 6: docstrings say what goes in and out, and name the methods a user calls -------------


def _namespace_methods() -> list[tuple[str, str, str]]:
    return [(namespace, name, doc) for namespace, name, doc, _ in _namespace_methods_and_parameters()]


def _namespace_methods_and_parameters() -> list[tuple[str, str, str, list[str]]]:
    import inspect

    from postman_raw.api import NAMESPACES, Operations

    class Listing(Operations):
        _invoke = None  # type: ignore[assignment]

    found = []
    for namespace in NAMESPACES:
        for name, method in inspect.getmembers(type(getattr(Listing(), namespace)), inspect.isfunction):
            if not name.startswith("_"):
                parameters = [p for p in inspect.signature(method).parameters if p != "self"]
                found.append((namespace, name, method.__doc__ or "", parameters))
    return found


def test_every_method_docstring_has_args_returns_and_raises() -> None:
    """Google style, one line per argument: a documentation tool reads each as ``name: description``."""
    import re

    methods = [m for m in _namespace_methods_and_parameters() if not m[2].startswith("Deprecated alias")]
    assert len(methods) == 201
    missing = [(ns, name) for ns, name, doc, _ in methods if not all(s in doc for s in ("Returns:", "Raises:"))]
    assert missing == []
    for namespace, name, doc, parameters in methods:
        args = doc.split("Args:\n", 1)[1].split("\n\n", 1)[0] if "Args:\n" in doc else ""
        documented = re.findall(r"^ {12}(\w+): ", args, flags=re.MULTILINE)
        assert documented == parameters, (namespace, name)  # none for a method without arguments
    methods_with_docs = [(ns, name, doc) for ns, name, doc, _ in methods]
    create = next(doc for ns, name, doc in methods_with_docs if name == "create_environment")
    assert "(read through the model before sending).\n            workspace: The ``workspace``" in create
    assert "body: The request body: a ``CreateEnvironmentRequest``, or a mapping of its JSON fields" in create
    assert "workspace: The ``workspace`` query parameter (``str``)." in create
    assert "Returns:\n            ``CreateEnvironmentResponse``: the success body, read into its model." in create
    get_environment = next(doc for _, name, doc in methods_with_docs if name == "get_environment")
    assert "NotFoundError: The server answered 404." in get_environment


def test_docstrings_name_other_operations_by_their_method() -> None:
    from tests.conftest import ROOT

    rows = (ROOT / "tests" / "data" / "operations.tsv").read_text(encoding="utf-8").splitlines()
    operation_ids = {row.split("\t")[3] for row in rows if row and not row.startswith("#")}
    named = [
        (ns, name, word)
        for ns, name, doc in _namespace_methods()
        for word in set(re.findall(r"[A-Za-z]+", doc)) & operation_ids
    ]
    assert named == []
    get_collection = next(doc for _, name, doc in _namespace_methods() if name == "get_collection")
    assert "in the body of\n        put_collection." in get_collection  # was putCollection


def test_the_client_docstrings_list_every_argument() -> None:
    import inspect

    for cls in (Postman, AsyncPostman):
        doc = cls.__doc__ or ""
        arguments = [name for name in inspect.signature(cls).parameters]
        assert [name for name in arguments if f"\n        {name}: " not in doc] == []


def test_the_docstring_examples_run(api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ``>>>`` examples of postman_ext's public docstrings, against the fake API."""
    import doctest

    import postman_ext
    import postman_ext.client

    api.route("GET", "/me", Reply(200, ME))
    monkeypatch.setenv("POSTMAN_API_KEY", TEST_KEY)
    monkeypatch.setenv("POSTMAN_BASE_URL", api.url)
    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    tests = [test for module in (postman_ext, postman_ext.client) for test in finder.find(module) if test.examples]
    assert {test.name.rsplit(".", 1)[-1] for test in tests} >= {"postman_ext", "Postman", "AsyncPostman"}
    for test in tests:
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
    assert len(api.requests) >= 3  # each example made its call


# --- item 7: the Prism the README and the recorder use runs on this machine's Node.js -----------


def test_the_prism_version_runs_on_the_installed_node_and_the_readme_says_which() -> None:
    import shutil
    import subprocess

    from scripts import record_cassettes
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    wanted = ".".join(map(str, record_cassettes.PRISM_NODE))
    assert f"npx --yes {record_cassettes.PRISM} mock" in readme
    assert f"Node.js {wanted} or newer" in readme
    assert record_cassettes.node_version("v20.20.2\n") == (20, 20, 2)
    assert record_cassettes.node_version("v24.14.0") >= record_cassettes.PRISM_NODE
    assert record_cassettes.node_version("v18.19.0") < record_cassettes.PRISM_NODE
    node = shutil.which("node")
    if node is not None:  # where Node.js is installed, the pinned Prism must not need a newer one
        found = record_cassettes.node_version(
            subprocess.run([node, "--version"], capture_output=True, text=True).stdout
        )
        assert found is not None and found >= record_cassettes.PRISM_NODE
