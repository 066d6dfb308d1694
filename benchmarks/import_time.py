#!/usr/bin/env python3
"""Import time of one generated endpoint module against its runtime dependencies alone.

    python benchmarks/import_time.py [--module postman_raw.api.users.get_team_user] [--runs 21]

Both are measured with ``python -X importtime`` in fresh interpreters, interleaved, in the same
run; the figure is the median over the runs of the time spent importing what the statement
pulls in beyond interpreter start-up. The dependencies are every third-party top-level
package that importing the module leaves in ``sys.modules`` (httpx, attrs, ...). Prints the
ratio and whether it meets the target (at most 1.3).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
from pathlib import Path

TARGET_RATIO = 1.3
DEFAULT_MODULE = "postman_raw.api.collections.get_collection"


def third_party_dependencies(module: str) -> list[str]:
    code = (
        f"import sys, json, {module}\n"
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--module", default=DEFAULT_MODULE)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()

    # Installed dependencies come with compiled bytecode; give the generated package the same
    # footing (PYTHONDONTWRITEBYTECODE may be set, which would make every run compile from source).
    package_dir = Path(importlib.util.find_spec("postman_raw").origin).parent  # type: ignore[arg-type,union-attr]
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package_dir)], check=True)
    dependencies = third_party_dependencies(args.module)
    startup = startup_modules()
    baseline_statement = "import " + ", ".join(dependencies)
    target_statement = f"import {args.module}"
    baseline, target = [], []
    for _ in range(args.runs):
        baseline.append(import_microseconds(baseline_statement, startup))
        target.append(import_microseconds(target_statement, startup))
    base_ms, target_ms = statistics.median(baseline) / 1000, statistics.median(target) / 1000
    ratio = target_ms / base_ms
    count_models = f"import sys, {args.module}; print(sum(m.startswith('postman_raw.models.') for m in sys.modules))"
    counted = subprocess.run([sys.executable, "-c", count_models], capture_output=True, text=True, check=True)
    models = counted.stdout.strip()
    print(f"dependencies alone ({', '.join(dependencies)}): {base_ms:.1f} ms (median of {args.runs})")
    print(f"import {args.module}: {target_ms:.1f} ms, loading {models} model modules")
    print(f"ratio: {ratio:.2f} (target <= {TARGET_RATIO}): {'MET' if ratio <= TARGET_RATIO else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
