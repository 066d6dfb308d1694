"""The handwritten code passes mypy --strict and ruff; the generated code is left to its generator."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict_passes_on_postman_ext() -> None:
    result = run("mypy", "--strict", "postman_ext")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_lint_and_format_are_clean() -> None:
    paths = ("postman_ext", "scripts", "tests", "benchmarks")
    lint = run("ruff", "check", *paths)
    assert lint.returncode == 0, lint.stdout
    formatting = run("ruff", "format", "--check", *paths)
    assert formatting.returncode == 0, formatting.stdout
