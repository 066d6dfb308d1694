#!/usr/bin/env python3
"""Import time of the library against its runtime dependencies alone.

    python benchmarks/import_time.py [--module postman_raw.api.users.get_team_user] [--runs 21] [--quick]

Two figures, each against importing its own third-party dependencies alone:

1. one generated endpoint module (``--module``);
2. ``import postman_ext`` plus the imports of the first call: building a ``Postman`` client
   and calling ``pm.users.get_authenticated_user()`` against a loopback server
   (benchmarks/postman_like_server.py), which loads the namespace, the endpoint module and its
   models. Only import time counts, not the call.

Both sides are measured with ``python -X importtime`` in fresh interpreters, interleaved, in
the same run; the figure is the median over the runs of the time spent importing what the
statement pulls in beyond interpreter start-up. The dependencies are every third-party
top-level package that the statement leaves in ``sys.modules`` (httpx, attrs, urllib3,
pluggy, ...). The packages are compiled to bytecode first, as installed dependencies are.
Prints each ratio and whether it meets the target (at most 1.3).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
from pathlib import Path

from postman_like_server import running_server

TARGET_RATIO = 1.3
DEFAULT_MODULE = "postman_raw.api.collections.get_collection"
KEY = "PMAK-0000000000importtime0000000-0000"


def third_party_dependencies(statement: str) -> list[str]:
    code = (
        f"{statement}\n"
        "import sys, json\n"
        "names = {m.split('.')[0] for m in sys.modules}\n"
        "print(json.dumps(sorted(n for n in names if n not in sys.stdlib_module_names and not n.startswith('_') "
        "and n not in ('postman_raw', 'postman_ext'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return [str(name) for name in json.loads(out)]


def import_microseconds(statement: str, startup: set[str]) -> int:
    """Sum of cumulative import times of the top-level imports that start-up alone does not do."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True
    )
    total = 0
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        is_top_level = not line.split("|")[2].startswith("  ")
        if is_top_level and name not in startup:
            total += int(cumulative)
    return total


def startup_modules() -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "pass"], capture_output=True, text=True, check=True
    )
    return {line.split("|")[2].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


def compile_packages() -> None:
    """Installed dependencies come with compiled bytecode; give ours the same footing.

    PYTHONDONTWRITEBYTECODE may be set, which would make every run compile them from source.
    """
    for package in ("postman_raw", "postman_ext"):
        package_dir = Path(importlib.util.find_spec(package).origin).parent  # type: ignore[arg-type,union-attr]
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package_dir)], check=True)


def compare(title: str, statement: str, runs: int, startup: set[str]) -> None:
    """Print the import time of ``statement`` against its dependencies alone, the ratio and the verdict."""
    dependencies = third_party_dependencies(statement)
    baseline_statement = "import " + ", ".join(dependencies)
    baseline, target = [], []
    for _ in range(runs):
        baseline.append(import_microseconds(baseline_statement, startup))
        target.append(import_microseconds(statement, startup))
    base_ms, target_ms = statistics.median(baseline) / 1000, statistics.median(target) / 1000
    ratio = target_ms / base_ms
    count_models = f"{statement}\nimport sys; print(sum(m.startswith('postman_raw.models.') for m in sys.modules))"
    counted = subprocess.run([sys.executable, "-c", count_models], capture_output=True, text=True, check=True)
    models = counted.stdout.strip().splitlines()[-1]
    print(f"{title}")
    print(f"  dependencies alone ({', '.join(dependencies)}): {base_ms:.1f} ms (median of {runs})")
    print(f"  {title}: {target_ms:.1f} ms, loading {models} model modules")
    print(f"  ratio: {ratio:.2f} (target <= {TARGET_RATIO}): {'MET' if ratio <= TARGET_RATIO else 'NOT MET'}")


def first_call_statement(url: str) -> str:
    return (
        "import postman_ext\n"
        f"pm = postman_ext.Postman(api_key={KEY!r}, base_url={url!r}, load_entry_points=False)\n"
        "pm.users.get_authenticated_user()"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--module", default=DEFAULT_MODULE)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--quick", action="store_true", help="a tiny run that only proves the script works")
    args = parser.parse_args()
    if args.quick:
        args.runs = 2

    compile_packages()
    startup = startup_modules()
    compare(f"import {args.module}", f"import {args.module}", args.runs, startup)
    with running_server() as url:
        compare("import postman_ext + first call's imports", first_call_statement(url), args.runs, startup)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
