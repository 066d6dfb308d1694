"""generated/ is exactly what spec/ gives, every time, and a hand edit is caught."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts import regenerate
from tests.conftest import ROOT

pytestmark = pytest.mark.needs_generator  # openapi-python-client runs on Python 3.11+


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A package generated from spec/ now, into a temporary folder."""
    yield regenerate.generate_into(tmp_path_factory.mktemp("fresh"))


def test_generated_matches_spec(fresh: Path) -> None:
    assert regenerate.tree_differences(fresh, regenerate.TARGET) == []


def test_generation_is_byte_identical_run_to_run(fresh: Path, tmp_path: Path) -> None:
    again = regenerate.generate_into(tmp_path)
    assert regenerate.tree_differences(fresh, again) == []


def test_a_hand_edit_is_reported(fresh: Path, tmp_path: Path) -> None:
    edited = tmp_path / "postman_raw"
    shutil.copytree(regenerate.TARGET, edited)
    victim = edited / "client.py"
    victim.write_text(victim.read_text() + "# edited by hand\n")
    (edited / "models" / "stray.py").write_text("")
    assert regenerate.tree_differences(fresh, edited) == [
        "differs: client.py",
        "not produced by spec/: models/stray.py",
    ]


def test_every_operation_is_generated(fresh: Path, spec: dict) -> None:
    from scripts.check_spec import operations

    operations_in_spec = sum(1 for _ in operations(spec))
    generated, _ = regenerate.count(fresh)
    assert generated == operations_in_spec


def _resolve(spec: dict, node: dict) -> dict:
    while "$ref" in node:
        target: dict = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_every_success_body_has_a_typed_model(spec: dict) -> None:
    """Each documented JSON success body is parsed into a model class, never left as a bare dict."""
    from openapi_python_client.strings import snake_case

    from scripts.check_spec import operations

    untyped = []
    for _method, _path, operation in operations(spec):
        (module,) = regenerate.TARGET.glob(f"api/*/{snake_case(operation['operationId'])}.py")
        source = module.read_text(encoding="utf-8")
        for status, response in operation["responses"].items():
            content = _resolve(spec, response).get("content") or {}
            # The generator parses the first media type listed; only JSON ones become models.
            if not status.startswith("2") or not content or not next(iter(content)).endswith("json"):
                continue
            branch = source.partition(f"if response.status_code == {status}:")[2].partition("return response_")[0]
            if "from_dict(" not in branch:
                untyped.append(f"{operation['operationId']} {status}")
    assert untyped == []


def test_check_command_passes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated/ matches spec/" in result.stdout


def test_a_generator_warning_fails_regeneration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema the generator cannot model must stop the run with the warning printed."""
    broken = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "getX",
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/nowhere"}}}}
                    },
                }
            }
        },
    }
    monkeypatch.setattr(regenerate, "bundle", lambda only=None: broken)
    with pytest.raises(regenerate.RegenerationError, match=r"(?i)warning|error"):
        regenerate.generate_into(tmp_path)


def test_every_generated_module_imports() -> None:
    """A template bug can produce a module that fails at import (a name used but never imported)."""
    code = (
        "import importlib, pkgutil, postman_raw.api as api\n"
        "for info in pkgutil.walk_packages(api.__path__, 'postman_raw.api.'):\n"
        "    importlib.import_module(info.name)\n"
        "import postman_raw.models as models\n"
        "for name in models.__all__:\n"
        "    getattr(models, name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
