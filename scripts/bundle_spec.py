#!/usr/bin/env python3
"""Bundle spec/ into one OpenAPI document.

The root is ``spec/openapi.yaml``; every ``*.yaml`` under ``spec/components/``, then under
``spec/paths/`` (each sorted by name), adds ``paths`` and ``components`` to it. A path, a
path-and-method, or a component name defined twice is an error naming both files, so the
bundle never silently overrides anything.

    python scripts/bundle_spec.py                 # JSON on stdout
    python scripts/bundle_spec.py -o bundle.json  # or into a file
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
ALLOWED_PART_KEYS = {"paths", "components"}


# libyaml's parser, where PyYAML has it, reads spec/ about ten times faster than the pure-Python one.
class _SpecLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader that keeps timestamps as strings: JSON has no datetime type."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class SpecError(Exception):
    """The spec files cannot be bundled; the message says where and why."""


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_SpecLoader)


def part_files(spec_dir: Path = SPEC_DIR, only: list[str] | None = None) -> list[Path]:
    """The part files, sorted; with ``only``, the components plus just the named path files."""
    files = sorted((spec_dir / "components").glob("*.yaml"))
    paths = sorted((spec_dir / "paths").glob("*.yaml"))
    if only is not None:
        wanted = {Path(name).name for name in only}
        unknown = wanted - {path.name for path in paths}
        if unknown:
            raise SpecError(f"no such file under spec/paths/: {sorted(unknown)}")
        paths = [path for path in paths if path.name in wanted]
    return files + paths


def bundle(spec_dir: Path = SPEC_DIR, only: list[str] | None = None) -> dict[str, Any]:
    """Return the merged document; raise SpecError on any clash or stray key.

    ``only`` limits the paths to the named files of spec/paths/ (for work on one group).
    """
    document = load_yaml(spec_dir / "openapi.yaml")
    document["paths"] = dict(document.get("paths") or {})
    components: dict[str, dict[str, Any]] = dict(document.get("components") or {})
    origin: dict[tuple[str, ...], Path] = {}

    for part in part_files(spec_dir, only):
        data = load_yaml(part) or {}
        relative = part.relative_to(spec_dir)
        stray = set(data) - ALLOWED_PART_KEYS
        if stray:
            raise SpecError(f"{relative}: only 'paths' and 'components' may appear, found {sorted(stray)}")
        for path, item in (data.get("paths") or {}).items():
            merged = document["paths"].setdefault(path, {})
            for key, value in item.items():
                where = ("paths", path, key)
                if key in merged:
                    raise SpecError(f"{relative}: {path} {key} is already defined in {origin[where]}")
                merged[key] = value
                origin[where] = relative
        for section, entries in (data.get("components") or {}).items():
            target = components.setdefault(section, {})
            for name, value in entries.items():
                where = ("components", section, name)
                if name in target:
                    raise SpecError(f"{relative}: components/{section}/{name} is already defined in {origin[where]}")
                target[name] = value
                origin[where] = relative

    document["paths"] = dict(sorted(document["paths"].items()))
    document["components"] = {section: dict(sorted(entries.items())) for section, entries in sorted(components.items())}
    return document


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument("--only", nargs="+", metavar="FILE", help="include only these files of spec/paths/")
    args = parser.parse_args(argv)
    try:
        text = dumps(bundle(only=args.only))
    except SpecError as error:
        print(f"bundle_spec: {error}", file=sys.stderr)
        return 1
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
