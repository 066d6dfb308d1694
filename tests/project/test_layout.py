"""Tests live in folders that mirror the library, and import the scripts and helpers as packages."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

TESTS = ROOT / "tests"


def _edits_sys_path(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in ("insert", "append", "extend")
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "path"
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "sys"
        ):
            return True
    return False


def test_no_test_edits_sys_path() -> None:
    """pyproject's ``pythonpath`` puts the root on sys.path: ``tests.<helper>`` and ``scripts.<name>`` import."""
    editing = [
        str(path.relative_to(ROOT))
        for path in sorted(TESTS.rglob("*.py"))
        if _edits_sys_path(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    ]
    assert editing == []


def test_test_modules_sit_in_folders_that_mirror_the_library() -> None:
    loose = sorted(path.name for path in TESTS.glob("test_*.py"))
    assert loose == [], f"put these in the folder of the part of postman_ext they test: {loose}"
    folders = {path.parent.name for path in TESTS.rglob("test_*.py")}
    assert {"client", "transport", "ratelimit", "models", "spec", "jobs", "docs", "plugins"} <= folders
