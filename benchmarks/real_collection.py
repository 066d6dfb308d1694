#!/usr/bin/env python3
"""The largest real collection: read whole, against ``json.loads`` of the same bytes.

    python benchmarks/real_collection.py [--file PATH] [--runs 5] [--quick]

Reads the largest v2 collection of ``../shared/real-collections`` (``SOURCES.tsv`` lists them;
``--file`` picks another), served as ``{"collection": <file>}`` by the loopback server
(benchmarks/postman_like_server.py, its own process). Two figures, both as multiples of
``json.loads`` on the same bytes, measured in the same run:

- time: ``pm.collections.get_collection(uid)`` then ``materialize(model, deep=True)`` (HTTP,
  JSON and every model read), against ``json.loads`` of the body already in memory, interleaved,
  median of ``--runs`` each;
- peak memory: what tracemalloc sees at the peak of each side, each in a fresh process (the
  client side after a warm-up call on a small collection).

No target: the figures say what reading a real collection whole costs. ``--quick`` reads the
smallest collection once, only to prove the script works.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import urllib3
from postman_like_server import OWNER, running_server

from postman_ext import Postman, materialize

KEY = "PMAK-0000000000collection0000000-0000"
UID = f"{OWNER}-00000009-0000-4000-a000-000000000000"
SMALL = f"{OWNER}-small000-0000-4000-a000-000000000000"
COLLECTIONS = Path(__file__).resolve().parent.parent.parent / "shared" / "real-collections"


def v2_collections() -> list[Path]:
    """The v2 collection files that SOURCES.tsv lists, smallest first."""
    with (COLLECTIONS / "SOURCES.tsv").open(newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row["schema"] in ("v2.0.0", "v2.1.0")]
    return sorted((COLLECTIONS / row["file"] for row in rows), key=lambda path: path.stat().st_size)


def client(url: str) -> Postman:
    return Postman(api_key=KEY, base_url=url, load_entry_points=False)


def fetch_body(url: str) -> bytes:
    response = urllib3.PoolManager().request("GET", f"{url}/collections/{UID}", headers={"X-Api-Key": KEY})
    assert response.status == 200, response.status
    return response.data


def read_whole(pm: Postman) -> object:
    model = pm.collections.get_collection(UID)
    materialize(model, deep=True)
    return model


def measure_memory(side: str, url: str) -> int:
    """In this fresh process: the tracemalloc peak of one call of ``side``, in bytes; prints it."""
    if side == "json":
        body = fetch_body(url)
        tracemalloc.start()
        parsed = json.loads(body)
    else:
        with client(url) as pm:
            pm.collections.get_collection(SMALL)  # imports and connection, outside the measure
            tracemalloc.start()
            parsed = read_whole(pm)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert parsed is not None
    print(peak, flush=True)
    return 0


def peak_in_fresh_process(side: str, url: str) -> int:
    command = [sys.executable, str(Path(__file__).resolve()), "--memory", side, "--url", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return int(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", type=Path, help="the collection file (default: the largest real v2 collection)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each side")
    parser.add_argument("--quick", action="store_true", help="a tiny run that only proves the script works")
    parser.add_argument("--memory", choices=("ext", "json"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory:
        return measure_memory(args.memory, args.url)
    files = v2_collections()
    path = args.file or (files[0] if args.quick else files[-1])
    if args.quick:
        args.runs = 1

    with running_server("--collection-file", str(path)) as url:
        body = fetch_body(url)
        loads_times, read_times = [], []
        with client(url) as pm:
            read_whole(pm)  # imports, connection and first-use costs outside the measure
            for _ in range(args.runs):
                gc.collect()
                started = time.perf_counter()
                tree = json.loads(body)
                loads_times.append(time.perf_counter() - started)
                del tree
                gc.collect()
                started = time.perf_counter()
                model = read_whole(pm)
                read_times.append(time.perf_counter() - started)
                del model
        read_peak = peak_in_fresh_process("ext", url)
        json_peak = peak_in_fresh_process("json", url)

    loads_s, read_s = statistics.median(loads_times), statistics.median(read_times)
    print(f"collection: {path.name}, {len(body) / 1e6:.2f} MB of JSON")
    print(f"json.loads of the bytes: {loads_s * 1000:.0f} ms (median of {args.runs})")
    print(
        f"get_collection + materialize(deep=True): {read_s * 1000:.0f} ms (median of {args.runs}), "
        f"{read_s / loads_s:.2f} times json.loads"
    )
    print(
        f"peak memory: get_collection + materialize(deep=True) {read_peak / 1e6:.1f} MB, "
        f"json.loads {json_peak / 1e6:.1f} MB: {read_peak / json_peak:.2f} times json.loads"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
