#!/usr/bin/env python3
"""A backup under the rate limit: how much of the limit it uses, how many 429s, and how long.

    python benchmarks/backup.py [--collections 60] [--environments 20] [--latency 0.3]
                                [--limit 5] [--window 1] [--workers 8] [--quick]

The stateful fake of the Postman API (tests/jobs/fake_postman.py, a real HTTP server on
127.0.0.1) holds one workspace of ``--collections`` collections and ``--environments``
environments, answers every request after ``--latency`` seconds, and enforces Postman's fixed
window per key with its headers and 429s. Postman's 300 requests a minute is scaled to 5 per
1-second window by default: the same rate, so the limit (not the few requests that fit in one
minute's window) decides the time, and the run takes seconds rather than minutes.

``postman_ext.jobs.backup`` backs the workspace up twice: with ``--workers`` fetches at once
(one client shared by a thread pool), then one request at a time. For each it prints the
fraction of the rate limit used (requests accepted per second over the limit's rate), the
number of 429s, and the time against the least the limit allows for that many requests
(``(ceil(n / limit) - 1) * window`` plus one latency, or the latency of the requests one after
another when that is longer). Targets for the concurrent backup: at least 0.95 of the limit,
no 429, time within 10 % of the least.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "jobs"))

from fake_postman import FAKE_KEY, FakePostman, sample_collection  # noqa: E402

from postman_ext import Postman  # noqa: E402
from postman_ext.jobs import backup  # noqa: E402

TARGET_FRACTION = 0.95
TARGET_TIME = 1.10


def least_time(requests: int, limit: int, window: float, latency: float, workers: int) -> float:
    """The shortest time ``requests`` can take under the limit and the latency."""
    by_limit = (math.ceil(requests / limit) - 1) * window + latency
    by_latency = math.ceil(requests / workers) * latency
    return max(by_limit, by_latency)


def run_case(args: argparse.Namespace, workers: int) -> tuple[int, int, float, float]:
    """(requests accepted, 429s, seconds, least seconds) of one backup with ``workers``."""
    with FakePostman(latency=args.latency, rate_limit=args.limit, window=args.window) as fake:
        ws = fake.add_workspace("Benchmark")
        for number in range(args.collections):
            fake.add_collection(ws, sample_collection(number, requests=5))
        for number in range(args.environments):
            fake.add_environment(ws, f"Environment {number:03d}", [{"key": "host", "value": f"h{number}"}])
        client = Postman(api_key=FAKE_KEY, base_url=fake.url, load_entry_points=False, max_retries=args.max_retries)
        with client as pm, tempfile.TemporaryDirectory() as out:
            # Start on a window boundary, as a job started at any moment averages out to.
            time.sleep(math.ceil(time.time() / args.window) * args.window - time.time())
            started = time.perf_counter()
            result = backup(pm, Path(out), workspace=ws, workers=workers)
            elapsed = time.perf_counter() - started
        assert len(result.fetched) == args.collections + args.environments + 1  # and the globals
        accepted = len(fake.requests) - fake.rate_limited
        return (
            accepted,
            fake.rate_limited,
            elapsed,
            least_time(accepted, args.limit, args.window, args.latency, workers),
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--collections", type=int, default=60)
    parser.add_argument("--environments", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.3, help="seconds before each answer")
    parser.add_argument("--limit", type=int, default=5, help="requests per window")
    parser.add_argument("--window", type=float, default=1.0, help="window length in seconds")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--max-retries", type=int, default=10, help="the client's max_retries (a 429 is retried)")
    parser.add_argument("--quick", action="store_true", help="a tiny run: checks that the script works")
    args = parser.parse_args()
    if args.quick:
        args.collections, args.environments, args.latency, args.limit = 6, 2, 0.05, 10
    rate = args.limit / args.window
    print(
        f"workspace: {args.collections} collections, {args.environments} environments; latency {args.latency:g} s; "
        f"limit {args.limit} per {args.window:g} s ({rate * 60:g} a minute)"
    )
    for name, workers in ((f"{args.workers} workers", args.workers), ("one request at a time", 1)):
        accepted, limited, elapsed, least = run_case(args, workers)
        fraction = accepted / elapsed / rate
        ratio = elapsed / least
        verdict = ""
        if workers > 1:
            met = fraction >= TARGET_FRACTION and limited == 0 and ratio <= TARGET_TIME
            verdict = (
                f" (target >= {TARGET_FRACTION} of the limit, no 429, time <= {TARGET_TIME} x least): "
                f"{'MET' if met else 'NOT MET'}"
            )
        print(
            f"{name}: {accepted} requests in {elapsed:.1f} s, {fraction:.2f} of the limit, {limited} x 429, "
            f"time {ratio:.2f} x the least the limit allows ({least:.1f} s){verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
