"""Every benchmark runs in its tiny ``--quick`` form and prints its report lines.

Only that the scripts work is checked here: the figures of a quick run mean nothing, and no
target is asserted (the benchmarks report MET or NOT MET themselves).
"""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT

VERDICT = r"\(target [<>]= [\d.]+[^)]*\): (MET|NOT MET)"
EXPECTED = {
    "overhead.py": [
        r"^raw urllib3 \+ json\.loads: \d+ us per call",
        r"^stock generated client: \d+ us per call",
        r"^postman_ext: \d+ us per call",
        rf"^postman_ext / raw urllib3: [\d.]+ {VERDICT}$",
        rf"^postman_ext / stock generated client: [\d.]+ {VERDICT}$",
    ],
    "throughput.py": [
        rf"^1 process, in-process limiter: [\d.]+ of the limit per window .* \d+ x 429, .* {VERDICT}$",
        rf"^2 processes, shared Redis limiter: ([\d.]+ of the limit per window .* {VERDICT}|not run: .+)$",
        r"^2 processes, in-process limiters only \(no shared limiter\): [\d.]+ of the limit per window .* \d+ x 429",
    ],
    "import_time.py": [
        r"^  import postman_raw\.api\.collections\.get_collection: [\d.]+ ms",
        r"^  import postman_ext \+ first call's imports: [\d.]+ ms",
        rf"^  ratio: [\d.]+ {VERDICT}$",
    ],
    "large_collection.py": [
        r"^collection: 200 requests in nested folders, [\d.]+ MB of JSON$",
        r"^json\.loads of the bytes: \d+ ms",
        r"^pm\.collections\.get_collection: \d+ ms",
        rf"^time ratio: [\d.]+ {VERDICT}$",
        rf"^peak memory / body size: [\d.]+ {VERDICT}$",
        r"^get_collection \+ materialize\(deep=True\), all \d+ models read: \d+ ms, [\d.]+ times json\.loads; "
        r"peak memory [\d.]+ MB, [\d.]+ times the body \(no target\)$",
        r"^get_collection \+ a walk reading every field: \d+ ms, [\d.]+ times json\.loads \(no target\)$",
    ],
    "send_unchanged.py": [
        r"^collection: 200 requests, [\d.]+ MB of JSON; json\.dumps \d+ ms$",
        rf"^put_collection from the API: [\d.]+ x json\.dumps {VERDICT}$",
        rf"^put_collection from a file: [\d.]+ x json\.dumps {VERDICT}$",
        r"^put_collection read whole: [\d.]+ x json\.dumps \(comparison: every model read first\)$",
        rf"^peak memory, from the API: [\d.]+ x the body, [\d.]+ MB {VERDICT}$",
        rf"^peak memory, from a file: [\d.]+ x the body, [\d.]+ MB {VERDICT}$",
    ],
    "backup.py": [
        r"^workspace: \d+ collections, \d+ environments; latency [\d.]+ s; limit \d+ per [\d.]+ s",
        rf"^\d+ workers: \d+ requests in [\d.]+ s, [\d.]+ of the limit, \d+ x 429, "
        rf"time [\d.]+ x the least .* {VERDICT}$",
        r"^one request at a time: \d+ requests in [\d.]+ s, [\d.]+ of the limit, \d+ x 429, time [\d.]+ x the least",
    ],
    "real_collection.py": [
        r"^collection: [\w.-]+\.json, [\d.]+ MB of JSON$",
        r"^json\.loads of the bytes: \d+ ms",
        r"^get_collection \+ materialize\(deep=True\): \d+ ms \(median of 1\), [\d.]+ times json\.loads$",
        r"^peak memory: get_collection \+ materialize\(deep=True\) [\d.]+ MB, json\.loads [\d.]+ MB: "
        r"[\d.]+ times json\.loads$",
    ],
}


def test_every_benchmark_runs_quickly_and_reports() -> None:
    scripts = sorted(path.name for path in (ROOT / "benchmarks").glob("*.py"))
    assert set(EXPECTED) <= set(scripts)
    running = {
        name: subprocess.Popen(
            [sys.executable, str(ROOT / "benchmarks" / name), "--quick"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in EXPECTED
    }
    for name, process in running.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, f"{name} failed:\n{out}\n{err}"
        for pattern in EXPECTED[name]:
            assert re.search(pattern, out, re.MULTILINE), f"{name} printed no line like {pattern!r}:\n{out}"
