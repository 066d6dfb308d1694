"""The handwritten code passes mypy --strict and ruff; the generated code is left to its generator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False)


RUNTIME = Path("spec") / "generator" / "templates" / "runtime" / "model_runtime.py"


def test_mypy_strict_passes_on_postman_ext() -> None:
    result = run("mypy", "--strict", "postman_ext")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_the_model_runtime() -> None:
    """The runtime the templates place as postman_raw/types.py is checked like handwritten code."""
    result = run("mypy", "--strict", str(RUNTIME))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_template_only_places_the_runtime() -> None:
    runtime = (ROOT / RUNTIME).read_text(encoding="utf-8")
    assert not any(mark in runtime for mark in ("{{", "{%", "{#")), "Jinja syntax in a module the template includes"
    assert (ROOT / "generated" / "postman_raw" / "types.py").read_text(encoding="utf-8") == runtime


def test_ruff_lint_and_format_are_clean() -> None:
    paths = ("postman_ext", "scripts", "tests", "benchmarks", "examples", str(RUNTIME.parent))
    lint = run("ruff", "check", *paths)
    assert lint.returncode == 0, lint.stdout
    formatting = run("ruff", "format", "--check", *paths)
    assert formatting.returncode == 0, formatting.stdout


def test_namespace_methods_are_typed_for_users(tmp_path: object) -> None:
    """mypy sees each method's parameters and return type: a wrong use is reported."""
    from pathlib import Path

    snippet = Path(str(tmp_path)) / "usage.py"
    snippet.write_text(
        "from postman_ext import AsyncPostman, Postman\n"
        "pm = Postman()\n"
        "me = pm.users.get_authenticated_user()\n"
        "reveal_type(me)\n"
        "pm.users.get_team_user(user_id='x', extra=1)\n"
        "async def main() -> None:\n"
        "    apm = AsyncPostman()\n"
        "    reveal_type(await apm.collections.get_collection('1-2'))\n",
        encoding="utf-8",
    )
    result = run("mypy", "--strict", "--no-incremental", str(snippet))
    out = result.stdout
    assert 'Revealed type is "postman_raw.models.authenticated_user_response.AuthenticatedUserResponse"' in out
    assert 'Revealed type is "postman_raw.models.get_collection_response.GetCollectionResponse"' in out
    assert 'Unexpected keyword argument "extra"' in out
    assert 'Argument "user_id" to "get_team_user" of "UsersOperations" has incompatible type "str"' in out
