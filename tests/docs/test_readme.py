"""The examples of the README and of the guides in docs/ work as written."""

from __future__ import annotations

import logging
import types
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, TEST_KEY
from tests.fake_api import FakeAPI, Reply

README = ROOT / "README.md"
GUIDES = sorted((ROOT / "docs").rglob("*.md"))
"""Every page of the documentation site: their Python blocks run as the README's do."""


def readme_block(marker: str) -> str:
    """The first ```python block after ``<!-- marker -->``, in the README or a page of docs/."""
    for path in (README, *GUIDES):
        text = path.read_text(encoding="utf-8")
        if f"<!-- {marker} -->" in text:
            after = text.split(f"<!-- {marker} -->", 1)[1]
            return after.split("```python\n", 1)[1].split("```", 1)[0]
    raise LookupError(f"no block marked {marker!r} in README.md or docs/")


def python_blocks(path: Path = README) -> list[str]:
    """Every ```python block of a Markdown file (the README unless told), in order."""
    text = path.read_text(encoding="utf-8")
    return [part.split("```", 1)[0] for part in text.split("```python\n")[1:]]


def test_the_plugin_example_works(api: FakeAPI, make_client: Any, caplog: pytest.LogCaptureFixture) -> None:
    module = types.ModuleType("my_postman_plugin")
    exec(compile(readme_block("plugin-example"), "README.md", "exec"), module.__dict__)
    api.route("GET", "/me", Reply(200, {"user": {"id": 1}}))
    pm = make_client(plugins=[module.SlowRequestWarner(threshold=0.0)])
    with caplog.at_level(logging.WARNING, logger="my_postman_plugin"):
        pm.users.get_authenticated_user()
    assert len(api.requests[0].headers["x-correlation-id"]) == 32
    assert "GET /me took" in caplog.text
    assert [info.hooks for info in pm.plugins()][1] == ("postman_prepare_request", "postman_response_received")


def test_the_readme_gives_the_three_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'pip install -e ".[dev]"' in text
    assert "python scripts/regenerate.py" in text
    assert "python -m pytest" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\npython -m pytest\n" in ci


def test_the_quickstart_example_runs(api: FakeAPI, make_client: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """examples/quickstart.py against answers taken from the spec's own examples."""
    import importlib.util

    from tests.operation_calls import resolve, spec

    def example(path: str, method: str) -> Any:
        response = resolve(spec()["paths"][path][method]["responses"]["200"])
        return response["content"]["application/json"]["example"]

    limits = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "297", "X-RateLimit-Reset": "1900000000"}
    created = example("/collections", "post")
    api.route("GET", "/workspaces", Reply(200, example("/workspaces", "get"), limits))
    api.route("POST", "/collections", Reply(200, created, limits))
    uid = created["collection"]["uid"]
    api.route("GET", f"/collections/{uid}", Reply(200, example("/collections/{collectionId}", "get"), limits))

    loader = importlib.util.spec_from_file_location("quickstart", ROOT / "examples" / "quickstart.py")
    assert loader is not None and loader.loader is not None
    quickstart = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(quickstart)
    quickstart.main(make_client())

    out = capsys.readouterr().out
    assert f"Created collection {uid}" in out
    assert "Refunds/" in out  # a folder inside a folder came back
    assert "297 of 300 requests left" in out
    sent = next(seen for seen in api.requests if seen.method == "POST")
    assert b'"Refunds"' in sent.body


COLLECTION_UID = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
ENVIRONMENT_ID = "5daabc50-8451-43f6-922d-96b403b4f28e"
NOT_FOUND = {"error": {"name": "instanceNotFoundError", "message": "We could not find the environment"}}


@pytest.fixture
def readme_api(api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> FakeAPI:
    """The fake API answering every call the README's blocks make; the environment points the blocks at it."""
    items = [{"name": f"request {n}", "request": "https://x.test"} for n in range(3)]
    basic = [{"key": "username", "value": "v2.1 user"}]
    items[0]["request"] = {"url": "https://x.test", "auth": {"type": "basic", "basic": basic}}
    workspaces = [{"id": "ws-1", "name": "Team", "type": "team"}, {"id": "ws-2", "name": "Mine", "type": "personal"}]
    api.route("GET", "/me", Reply(200, {"user": {"id": 1, "username": "sam-okafor"}}))
    api.route(
        "GET", f"/collections/{COLLECTION_UID}", Reply(200, {"collection": {"info": {"name": "c"}, "item": items}})
    )
    api.route("GET", "/workspaces", Reply(200, {"workspaces": workspaces, "meta": {"nextCursor": None}}))
    api.route("GET", f"/environments/{ENVIRONMENT_ID}", Reply(404, NOT_FOUND))
    created = {"environment": {"id": "e-1", "name": "Staging", "uid": "1-e-1"}}
    api.route("POST", "/environments", Reply(200, created))
    grant = {"access_token": "PMAT-01JNB7X4Q2R8S5T6V7W8Y9Z0AB", "token_type": "Bearer", "expires_in": 3600}
    api.route("POST", "/oauth2/token", Reply(200, grant))
    monkeypatch.setenv("POSTMAN_API_KEY", TEST_KEY)
    monkeypatch.setenv("POSTMAN_BASE_URL", api.url)
    monkeypatch.setenv("POSTMAN_EXT_PLUGINS", "")  # no entry-point plugin of the test environment
    return api


def run_block(code: str, name: str = "readme_block", filename: str = "README.md") -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": name}
    exec(compile(code, filename, "exec"), namespace)
    return namespace


@pytest.mark.parametrize("number", range(len(python_blocks())))
def test_every_python_block_of_the_readme_runs_as_written(
    readme_api: FakeAPI, capsys: pytest.CaptureFixture[str], number: int
) -> None:
    """A fresh namespace, nothing defined beforehand: a block that needs a name from another fails here."""
    run_block(python_blocks()[number])
    capsys.readouterr()


def test_the_readme_has_the_blocks_the_tests_know() -> None:
    assert len(python_blocks()) == 8


GUIDE_BLOCKS = [(path, number) for path in GUIDES for number in range(len(python_blocks(path)))]


@pytest.mark.parametrize(
    ("path", "number"), GUIDE_BLOCKS, ids=[f"{path.relative_to(ROOT / 'docs')}-{n}" for path, n in GUIDE_BLOCKS]
)
def test_every_python_block_of_the_guides_runs_as_written(
    readme_api: FakeAPI, capsys: pytest.CaptureFixture[str], path: Path, number: int
) -> None:
    """The same machinery as the README's: a fresh namespace, the fake API behind the environment."""
    run_block(python_blocks(path)[number], filename=str(path.relative_to(ROOT)))
    capsys.readouterr()


def test_the_guides_have_python_blocks_and_each_guide_is_in_the_site() -> None:
    names = {path.relative_to(ROOT / "docs").as_posix() for path in GUIDES}
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert all(name in nav for name in names), names
    assert len(GUIDE_BLOCKS) >= 15


def run_guide_block(name: str, containing: str) -> dict[str, Any]:
    """Run the one block of ``docs/guides/<name>`` that contains ``containing``."""
    (block,) = [code for code in python_blocks(ROOT / "docs" / "guides" / name) if containing in code]
    return run_block(block, filename=f"docs/guides/{name}")


def test_the_limiter_guide_paces_with_a_limiter_of_its_own(
    readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    run_guide_block("rate-limits.md", "class OnePerSecond")
    assert capsys.readouterr().out == "the next request may go in 1 s\n"


def test_the_plugin_guide_tags_requests_and_lists_its_plugins(
    readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    run_guide_block("plugins.md", "class Tagged")
    out = capsys.readouterr().out
    assert "('postman_prepare_request', 'postman_retry_delay')" in out
    (seen,) = readme_api.requests
    assert seen.headers["x-team"] == "payments" and len(seen.headers["x-correlation-id"]) == 32


def test_a_misspelled_body_field_is_refused_before_sending(
    readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    run_guide_block("getting-started.md", '"nmae"')
    assert capsys.readouterr().out.startswith("not sent:")
    assert readme_api.requests == []


def test_the_error_guide_reaches_its_except(readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]) -> None:
    run_guide_block("errors.md", "NotFoundError, Postman, RateLimitError")
    out = capsys.readouterr().out
    assert out == (
        "404 instanceNotFoundError We could not find the environment\n"
        "GET /environments/5daabc50-8451-43f6-922d-96b403b4f28e\n"
    )


def test_the_quickstart_and_async_blocks_print_what_they_read(
    readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    quickstart, _arguments, asynchronous = python_blocks()[:3]
    run_block(quickstart)
    out = capsys.readouterr().out
    assert out.startswith("sam-okafor\nc\nws-1 Team\nws-2 Mine\nRateLimitState(")
    run_block(asynchronous)
    assert capsys.readouterr().out == "sam-okafor\nws-1 Team\nws-2 Mine\n"


def test_the_arguments_block_builds_a_client(readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]) -> None:
    run_block(python_blocks()[1])
    assert capsys.readouterr().out == f"Postman(base_url={readme_api.url!r}, api_key='PMAK-…abcd')\n"


def test_the_body_block_sends_a_dict_and_a_model(readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    (block,) = [code for code in python_blocks() if "create_environment" in code and "postman_ext.models" in code]
    run_block(block)
    assert capsys.readouterr().out == "1-e-1\n1-e-1\n"
    sent = [json.loads(seen.body) for seen in readme_api.requests if seen.method == "POST"]
    assert sent[0]["environment"]["values"] == [{"key": "host", "value": "staging.example.com"}]
    assert sent[1] == {"environment": {"name": "Production"}}


def test_the_errors_blocks_reach_their_except(readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]) -> None:
    run_block(readme_block("errors-example"))
    assert capsys.readouterr().out == "404 instanceNotFoundError We could not find the environment\n"
    run_block(readme_block("mock-error-example"))
    assert capsys.readouterr().out == "404 instanceNotFoundError We could not find the environment\n"
    assert readme_api.requests[-1].headers["prefer"] == "code=404"  # what makes Prism answer 404


def test_the_oauth_block_sends_the_client_credentials(readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]) -> None:
    import base64

    run_block(readme_block("oauth-example"))
    assert capsys.readouterr().out == "Bearer 3600\n"
    (seen,) = readme_api.requests
    assert seen.headers["authorization"] == "Basic " + base64.b64encode(b"client-42:client-secret").decode()


def test_the_lazy_reading_example_runs(readme_api: FakeAPI, capsys: pytest.CaptureFixture[str]) -> None:
    namespace = run_block(readme_block("lazy-example"))
    assert capsys.readouterr().out == "request 0\n"
    col = namespace["col"]
    assert [type(item).__name__ for item in col.collection.item] == ["CollectionRequestItem"] * 3
    assert all(getattr(type(item), "_model_class", None) is None for item in col.collection.item)  # all read


@pytest.mark.parametrize(
    "basic",
    [
        {"username": "v2.0 user", "password": "p"},
        [{"key": "password", "value": "p"}, {"key": "username", "value": "v2.1 user"}],
    ],
    ids=["v2.0", "v2.1"],
)
def test_the_collection_example_runs(readme_api: FakeAPI, capsys: pytest.CaptureFixture[str], basic: Any) -> None:
    item = {"name": "r", "request": {"url": "https://x.test", "auth": {"type": "basic", "basic": basic}}}
    answer = {"collection": {"info": {"name": "c"}, "item": [item]}}
    readme_api.route("GET", f"/collections/{COLLECTION_UID}", Reply(200, answer))
    run_block(readme_block("collection-example"))
    assert capsys.readouterr().out == ("v2.0 user\n" if isinstance(basic, dict) else "v2.1 user\n")
