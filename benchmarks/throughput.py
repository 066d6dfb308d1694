#!/usr/bin/env python3
"""Throughput under the rate limit: how much of the window the clients use, and how many 429s they draw.

    python benchmarks/throughput.py [--limit 60] [--window 2] [--windows 4] [--workers 4] [--quick]

A loopback server (benchmarks/postman_like_server.py, its own process) enforces Postman's
fixed window per key at a scaled size (``--limit`` requests per ``--window`` seconds), with
Postman's headers and 429 bodies. Worker processes, each with its own ``Postman`` client and
one shared API key, call ``GET /me`` as fast as they are let for ``--windows`` whole windows
(they start together on a window boundary). The server counts what it accepted and refused
in each window. Three cases:

- one process, the built-in in-process limiter (target: at least 0.97 of the limit, no 429);
- ``--workers`` processes through the shared Redis limiter (``postman_ext.contrib.redis_limiter``,
  a ``redis-server`` of our own on a free loopback port; target: at least 0.90, no 429);
- the same processes with only their in-process limiters, for comparison (no target).

The figure per case is the mean over the windows of accepted requests divided by the limit.
The Redis case reports "not run" with the reason when the module, the ``redis`` package or a
``redis-server`` binary (installed with apt-get when missing) is not available.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from postman_like_server import running_server

HERE = Path(__file__).resolve().parent
KEY = "PMAK-0000000000throughput0000000-0000"
TARGET_SINGLE = 0.97
TARGET_SHARED = 0.90


@dataclass
class CaseResult:
    name: str
    fraction: float
    lowest: float
    rate_limited: int
    calls: int
    errors: int


def worker(url: str, redis_url: str | None) -> int:
    """One worker process: report ready, wait for the start and end times on stdin, call until the end."""
    from postman_ext import Postman, PostmanError

    plugins: list[object] = []
    if redis_url:
        from postman_ext.contrib.redis_limiter import RedisRateLimiterPlugin

        plugins.append(RedisRateLimiterPlugin(redis_url))
    calls = errors = 0
    with Postman(api_key=KEY, base_url=url, load_entry_points=False, plugins=plugins, max_retry_wait=30) as pm:
        import postman_raw.api.users.get_authenticated_user  # noqa: F401  (imports done before the clock runs)

        assert pm.users is not None
        print("READY", flush=True)
        start, end = (float(part) for part in sys.stdin.readline().split())
        time.sleep(max(0.0, start - time.time()))
        while time.time() < end:
            try:
                pm.users.get_authenticated_user()
                calls += 1
            except PostmanError:
                errors += 1
    print(json.dumps({"calls": calls, "errors": errors}), flush=True)
    return 0


def run_case(name: str, processes: int, args: argparse.Namespace, redis_url: str | None = None) -> CaseResult:
    window = args.window
    with running_server("--limit", str(args.limit), "--window", str(window)) as url:
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", url]
        if redis_url:
            command += ["--redis-url", redis_url]
        workers = [
            subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for _ in range(processes)
        ]
        try:
            for process in workers:
                assert process.stdout is not None
                line = process.stdout.readline()
                if line.strip() != "READY":
                    raise RuntimeError(f"a worker did not start: {line!r}")
            # Start together on the next window boundary at least 0.3 s away; run whole windows.
            start = math.ceil((time.time() + 0.3) / window) * window
            end = start + args.windows * window
            for process in workers:
                assert process.stdin is not None
                process.stdin.write(f"{start} {end}\n")
                process.stdin.flush()
            reports = []
            for process in workers:
                out, _ = process.communicate(timeout=end - time.time() + 4 * window + 30)
                reports.append(json.loads(out.strip().splitlines()[-1]))
        finally:
            for process in workers:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        with urllib.request.urlopen(url + "/_stats", timeout=10) as answer:
            stats = json.loads(answer.read())
    counts = {float(at): pair for at, pair in stats["counts"].items()}
    accepted = [counts.get(start + i * window, [0, 0])[0] for i in range(args.windows)]
    fractions = [count / args.limit for count in accepted]
    return CaseResult(
        name=name,
        fraction=sum(fractions) / len(fractions),
        lowest=min(fractions),
        rate_limited=sum(pair[1] for pair in counts.values()),
        calls=sum(report["calls"] for report in reports),
        errors=sum(report["errors"] for report in reports),
    )


def redis_server_binary() -> str | None:
    """``redis-server``, installed with apt-get (Debian) when missing and possible; ``None`` otherwise."""
    found = shutil.which("redis-server")
    if found or not shutil.which("apt-get"):
        return found
    sudo = [] if os.geteuid() == 0 or not shutil.which("sudo") else ["sudo", "-n"]
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*sudo, "apt-get", "install", "-y", "--no-install-recommends", "redis-server"]
    if subprocess.run(install, env=environment, capture_output=True, check=False).returncode != 0:
        subprocess.run([*sudo, "apt-get", "update"], env=environment, capture_output=True, check=False)
        subprocess.run(install, env=environment, capture_output=True, check=False)
    return shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)


def redis_unavailable() -> str | None:
    """Why the Redis case cannot run, or ``None`` when it can."""
    try:
        import postman_ext.contrib.redis_limiter  # noqa: F401
    except ImportError as error:
        return f"postman_ext.contrib.redis_limiter cannot be imported ({error})"
    try:
        import redis  # noqa: F401
    except ImportError:
        return "the redis package is not installed (pip install 'postman-ext[redis]')"
    if redis_server_binary() is None:
        return "no redis-server binary, and apt-get could not install one"
    return None


@contextmanager
def running_redis() -> Iterator[str]:
    """A redis-server of our own on a free loopback port, without persistence; yields its URL."""
    binary = redis_server_binary()
    assert binary is not None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with tempfile.TemporaryDirectory() as directory:
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.time() + 10
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                        break
                except OSError:
                    if time.time() > deadline or process.poll() is not None:
                        raise RuntimeError("redis-server did not start") from None
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=10)


def report(result: CaseResult, target: float | None) -> None:
    verdict = ""
    if target is not None:
        met = result.fraction >= target and result.rate_limited == 0
        verdict = f" (target >= {target} with no 429): {'MET' if met else 'NOT MET'}"
    print(
        f"{result.name}: {result.fraction:.3f} of the limit per window (lowest window {result.lowest:.3f}), "
        f"{result.rate_limited} x 429, {result.calls} calls, {result.errors} errors{verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=60, help="requests per window")
    parser.add_argument("--window", type=int, default=2, help="window length in whole seconds")
    parser.add_argument("--windows", type=int, default=4, help="whole windows measured per case")
    parser.add_argument("--workers", type=int, default=4, help="processes in the shared and unshared cases")
    parser.add_argument("--quick", action="store_true", help="a tiny run that only proves the script works")
    parser.add_argument("--worker", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--redis-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker, args.redis_url)
    if args.quick:
        args.limit, args.window, args.windows, args.workers = 10, 1, 1, 2

    print(
        f"limit {args.limit} requests per {args.window} s window, one key, {args.windows} windows per case, "
        "GET /me on a loopback server"
    )
    report(run_case("1 process, in-process limiter", 1, args), TARGET_SINGLE)
    shared_name = f"{args.workers} processes, shared Redis limiter"
    why_not = redis_unavailable()
    if why_not is None:
        with running_redis() as redis_url:
            report(run_case(shared_name, args.workers, args, redis_url), TARGET_SHARED)
    else:
        print(f"{shared_name}: not run: {why_not}")
    report(
        run_case(f"{args.workers} processes, in-process limiters only (no shared limiter)", args.workers, args), None
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
