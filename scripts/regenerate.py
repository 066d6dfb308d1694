#!/usr/bin/env python3
"""Regenerate generated/postman_raw from spec/ with the pinned openapi-python-client.

    python scripts/regenerate.py          # rebuild generated/postman_raw
    python scripts/regenerate.py --check  # exit 1 if generated/ differs from what spec/ gives

Any generator warning is an error: the script prints it and exits non-zero, leaving
generated/ untouched. The output depends only on spec/ and the pinned tool versions, so it
is byte-identical on every machine.

Both forms end with what spec/ changed against the last commit (HEAD), as scripts/spec_diff.py
reports it: operations added, removed and changed, breaking changes first. Operations that
declare ``x-deprecated-aliases`` (spec/CONVENTIONS.md) also get their old names as methods
that warn and call them; the templates read those from a data file written next to a copy of
spec/generator/templates.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as `python scripts/<name>.py`: make the package `scripts` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.bundle_spec import SPEC_DIR, SpecError, bundle, dumps
from scripts.spec_diff import ALIASES_KEY, SpecDiffError, diff_documents, git_spec

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "generated" / "postman_raw"
GENERATOR_DIR = SPEC_DIR / "generator"
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}
IGNORED_NAMES = {"__pycache__", ".ruff_cache"}
ALIAS_DATA_TEMPLATE = "deprecated_aliases.jinja"
SUMMARY_LINES = 25


class RegenerationError(Exception):
    """Regeneration failed; the message says why and what to do."""


def check_pins() -> None:
    for package, wanted in PINNED.items():
        try:
            found = version(package)
        except PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            raise RegenerationError(
                f'{package} {wanted} is required for reproducible output, found {found}; run: pip install -e ".[dev]"'
            )


def deprecated_aliases(document: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    """The ``x-deprecated-aliases`` of every operation, by the operationId that keeps them, checked."""
    names = {
        operation.get("operationId")
        for item in (document.get("paths") or {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
    }
    found: dict[str, list[dict[str, str]]] = {}
    seen: set[str] = set()
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            entries = operation.get(ALIASES_KEY) if isinstance(operation, dict) else None
            if not entries:
                continue
            where = f"{method.upper()} {path} {ALIASES_KEY}"
            for entry in entries:
                alias = entry.get("operationId") if isinstance(entry, dict) else None
                since, remove_in = (
                    (entry.get("since"), entry.get("removeIn")) if isinstance(entry, dict) else (None, None)
                )
                if not (isinstance(alias, str) and re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", alias)):
                    raise RegenerationError(f"{where}: each entry needs an operationId in camelCase, found {entry!r}")
                if not all(isinstance(v, str) and re.fullmatch(r"\d+\.\d+\.\d+", v) for v in (since, remove_in)):
                    raise RegenerationError(
                        f"{where}: {alias} needs since and removeIn as quoted versions like '0.2.0'"
                    )
                if alias in names or alias in seen:
                    raise RegenerationError(f"{where}: {alias} is already the name of an operation or another alias")
                seen.add(alias)
                found.setdefault(operation["operationId"], []).append(
                    {"operationId": alias, "since": since, "removeIn": remove_in}
                )
    return found


def templates_with_aliases(document: dict[str, Any], workdir: Path) -> Path:
    """A copy of our templates plus the alias table they import (a Jinja dict literal)."""
    templates = workdir / "templates"
    shutil.copytree(GENERATOR_DIR / "templates", templates)
    table = json.dumps(deprecated_aliases(document), sort_keys=True)
    (templates / ALIAS_DATA_TEMPLATE).write_text(
        "{# Written by scripts/regenerate.py from the x-deprecated-aliases of spec/. #}\n"
        f"{{% set aliases = {table} %}}\n",
        encoding="utf-8",
    )
    return templates


def generate_into(workdir: Path, only: list[str] | None = None) -> Path:
    """Generate the package under workdir and return its directory."""
    spec_file = workdir / "openapi.json"
    document = bundle(only=only)
    spec_file.write_text(dumps(document), encoding="utf-8")
    templates = templates_with_aliases(document, workdir)
    output = workdir / "postman_raw"
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), "NO_COLOR": "1"}
    env.pop("RUFF_CACHE_DIR", None)
    command = [
        str(Path(bin_dir) / "openapi-python-client"),
        "generate",
        "--path", str(spec_file),
        "--config", str(GENERATOR_DIR / "config.yaml"),
        "--custom-template-path", str(templates),
        "--meta", "none",
        "--output-path", str(output),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=workdir, check=False)
    log = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "warning" in log.lower():
        raise RegenerationError(f"openapi-python-client reported a problem (exit {result.returncode}):\n{log}")
    for cache in output.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    return output


def count(package: Path) -> tuple[int, int]:
    operations = sum(1 for f in (package / "api").rglob("*.py") if f.name != "__init__.py")
    models = sum(1 for f in (package / "models").glob("*.py") if f.name != "__init__.py")
    return operations, models


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Files that differ between two trees, as 'added', 'removed' or 'changed' lines."""
    differences: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        for name in sorted(comparison.left_only):
            if name not in IGNORED_NAMES:
                differences.append(f"missing from generated/: {prefix}{name}")
        for name in sorted(comparison.right_only):
            if name not in IGNORED_NAMES:
                differences.append(f"not produced by spec/: {prefix}{name}")
        for name in sorted(comparison.common_files):
            left, right = Path(comparison.left) / name, Path(comparison.right) / name
            if left.read_bytes() != right.read_bytes():
                differences.append(f"differs: {prefix}{name}")
        for name, sub in sorted(comparison.subdirs.items()):
            if name not in IGNORED_NAMES:
                walk(sub, f"{prefix}{name}/")

    if not actual.exists():
        return [f"{actual.relative_to(ROOT)} does not exist"]
    walk(filecmp.dircmp(expected, actual, ignore=list(IGNORED_NAMES)), "")
    return differences


def change_summary(root: Path = ROOT, spec_dir: Path = SPEC_DIR, limit: int = SUMMARY_LINES) -> list[str]:
    """What spec/ changed against HEAD, breaking changes first; one line when that cannot be known."""
    if _committed_as_is(root, spec_dir):
        return ["Spec changes against HEAD: none (spec/ is as committed)."]
    try:
        before = git_spec("HEAD", root)
    except SpecDiffError as error:
        return [f"Spec changes against HEAD: unknown ({error})."]
    try:
        result = diff_documents(before, bundle(spec_dir), "HEAD:spec", "spec")
    except (SpecError, SpecDiffError) as error:
        return [f"Spec changes against HEAD: unknown ({error})."]
    if not result.operations:
        return ["Spec changes against HEAD: none in operations."]
    lines = [f"Spec changes against HEAD: {result.headline()}"]
    for operation, change in result.changes():
        if len(lines) > limit:
            lines.append(f"  ... {result.total - limit} more: python scripts/spec_diff.py git:HEAD spec")
            break
        mark = "BREAKING " if change.breaking else ""
        lines.append(f"  {mark}{operation.title}: {change.text}")
    return lines


def _committed_as_is(root: Path, spec_dir: Path) -> bool:
    """spec/ has no change, staged or not, and no new file against HEAD (a fast answer for --check in CI)."""
    try:
        status = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=all", "--", str(spec_dir)],
            capture_output=True,
            text=True,
            check=False,
        )
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", "-q", "HEAD"], capture_output=True)
    except OSError:
        return False
    return status.returncode == 0 and head.returncode == 0 and not status.stdout.strip()


def _summary_or_note(future: Any) -> list[str]:
    try:
        lines: list[str] = future.result()
    except Exception as error:  # a fault in the report must not fail a regeneration
        return [f"Spec changes against HEAD: not computed ({type(error).__name__}: {error})."]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 when stale")
    parser.add_argument(
        "--dry-run", action="store_true", help="generate into a temporary folder only: report warnings and counts"
    )
    parser.add_argument(
        "--only", nargs="+", metavar="FILE", help="with --dry-run: include only these files of spec/paths/"
    )
    args = parser.parse_args(argv)
    if args.only and not args.dry_run:
        parser.error("--only works with --dry-run alone: generated/ always holds the whole spec")
    # The summary is worked out in a thread while the generator runs in its own process.
    with ThreadPoolExecutor(max_workers=1) as pool:
        summary = pool.submit(change_summary) if not args.only else None
        code = _run(args)
        if summary is not None and code != 2:
            for line in _summary_or_note(summary):
                print(line)
    return min(code, 1)


def _run(args: argparse.Namespace) -> int:
    """Generate, then check or write; 0 on success, 1 when stale, 2 on an error (already printed)."""
    try:
        check_pins()
        with tempfile.TemporaryDirectory(prefix="postman-regen-") as tmp:
            fresh = generate_into(Path(tmp), args.only)
            operations, models = count(fresh)
            if args.dry_run:
                print(f"Dry run: {operations} operations and {models} models generate without warnings.")
                return 0
            if args.check:
                differences = tree_differences(fresh, TARGET)
                if differences:
                    print(f"generated/ is stale: {len(differences)} file(s) differ from what spec/ generates:")
                    for line in differences[:20]:
                        print(f"  {line}")
                    if len(differences) > 20:
                        print(f"  ... and {len(differences) - 20} more")
                    print("Run: python scripts/regenerate.py")
                    return 1
                print(f"generated/ matches spec/: {operations} operations, {models} models.")
                return 0
            if TARGET.exists():
                shutil.rmtree(TARGET)
            TARGET.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh, TARGET)
    except (SpecError, RegenerationError) as error:
        print(f"regenerate: {error}", file=sys.stderr)
        return 2
    print(f"Generated {operations} operations and {models} models into {TARGET.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
