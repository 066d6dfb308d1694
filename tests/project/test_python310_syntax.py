"""The code we ship parses as Python 3.10 and imports nothing 3.10's typing lacks."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

NEWER_TYPING_NAMES = {
    "Self",
    "LiteralString",
    "Never",
    "TypeVarTuple",
    "Unpack",
    "assert_never",
    "reveal_type",
    "override",
}


@pytest.mark.parametrize("package", ["generated/postman_raw", "postman_ext"])
def test_sources_parse_as_python_310(package: str) -> None:
    failures = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=(3, 10))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "typing":
                if _guarded(tree, node):
                    continue
                too_new = {alias.name for alias in node.names} & NEWER_TYPING_NAMES
                if too_new:
                    failures.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {sorted(too_new)} from typing")
    assert failures == []


def _guarded(tree: ast.Module, target: ast.ImportFrom) -> bool:
    """True when the import sits under an `if sys.version_info >= (3, 11)` branch."""
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "version_info" in ast.unparse(node.test) and target in node.body:
            return True
    return False
