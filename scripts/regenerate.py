#!/usr/bin/env python3
"""Regenerate generated/postman_raw from spec/ with the pinned openapi-python-client.

    python scripts/regenerate.py          # rebuild generated/postman_raw
    python scripts/regenerate.py --check  # exit 1 if generated/ differs from what spec/ gives

Any generator warning is an error: the script prints it and exits non-zero, leaving
generated/ untouched. The output depends only on spec/ and the pinned tool versions, so it
is byte-identical on every machine.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_spec import SPEC_DIR, SpecError, bundle, dumps

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "generated" / "postman_raw"
GENERATOR_DIR = SPEC_DIR / "generator"
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}
IGNORED_NAMES = {"__pycache__", ".ruff_cache"}


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


def generate_into(workdir: Path, only: list[str] | None = None) -> Path:
    """Generate the package under workdir and return its directory."""
    spec_file = workdir / "openapi.json"
    spec_file.write_text(dumps(bundle(only=only)), encoding="utf-8")
    output = workdir / "postman_raw"
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), "NO_COLOR": "1"}
    env.pop("RUFF_CACHE_DIR", None)
    command = [
        str(Path(bin_dir) / "openapi-python-client"),
        "generate",
        "--path", str(spec_file),
        "--config", str(GENERATOR_DIR / "config.yaml"),
        "--custom-template-path", str(GENERATOR_DIR / "templates"),
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
        return 1
    print(f"Generated {operations} operations and {models} models into {TARGET.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
