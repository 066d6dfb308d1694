"""The README's examples work as written."""

from __future__ import annotations

import logging
import types
from typing import Any

import pytest
from conftest import ROOT
from fake_api import FakeAPI, Reply


def readme_block(marker: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text.split(f"<!-- {marker} -->", 1)[1]
    return after.split("```python\n", 1)[1].split("```", 1)[0]


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

    from operation_calls import resolve, spec

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


def test_the_lazy_reading_example_runs(api: FakeAPI, make_client: Any, capsys: pytest.CaptureFixture[str]) -> None:
    uid = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
    items = [{"name": f"request {n}", "request": "https://x.test"} for n in range(3)]
    api.route("GET", f"/collections/{uid}", Reply(200, {"collection": {"info": {"name": "c"}, "item": items}}))
    namespace = {"pm": make_client(), "uid": uid}
    exec(compile(readme_block("lazy-example"), "README.md", "exec"), namespace)
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
def test_the_collection_example_runs(
    api: FakeAPI, make_client: Any, capsys: pytest.CaptureFixture[str], basic: Any
) -> None:
    uid = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
    item = {"name": "r", "request": {"url": "https://x.test", "auth": {"type": "basic", "basic": basic}}}
    api.route("GET", f"/collections/{uid}", Reply(200, {"collection": {"info": {"name": "c"}, "item": [item]}}))
    exec(compile(readme_block("collection-example"), "README.md", "exec"), {"pm": make_client(), "uid": uid})
    assert capsys.readouterr().out == ("v2.0 user\n" if isinstance(basic, dict) else "v2.1 user\n")
