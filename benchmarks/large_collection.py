#!/usr/bin/env python3
"""A large collection: GET and parse a generated 20 MB collection, against ``json.loads`` of its bytes.

    python benchmarks/large_collection.py [--requests 10000] [--runs 3] [--quick]

The loopback server (benchmarks/postman_like_server.py, its own process) serves a generated,
deterministic collection: ``--requests`` requests (about 2 KB of JSON each: headers, a JSON
body, query parameters, two scripts, a saved example) in three levels of nested folders; 10,000
requests make 20 MB. Two figures:

- time: ``pm.collections.get_collection(uid)`` (HTTP, JSON and the model tree) against
  ``json.loads`` of the same bytes already in memory, both in this process, interleaved,
  median of ``--runs`` each (target: at most 3 times);
- peak memory: what tracemalloc sees allocated at the peak of one ``get_collection`` call, in a
  fresh process after a warm-up call on a small collection, against the size of the body
  (target: at most 6 times). ``json.loads`` of the body is measured the same way, for scale.

Models read their fields lazily (postman_raw.types), so ``get_collection`` returns once the JSON
is parsed and the top level read. What reading everything costs is printed too, without a target:
the same call followed by ``materialize(model, deep=True)`` (time and peak memory), and followed
by a plain walk over every field of every model instead (time; the collector runs meanwhile).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import attrs
import urllib3
from postman_like_server import OWNER, running_server

from postman_ext import Postman, materialize
from postman_raw.models.collection_document import CollectionDocument

KEY = "PMAK-0000000000collection0000000-0000"
BIG = f"{OWNER}-00000009-0000-4000-a000-000000000000"
SMALL = f"{OWNER}-small000-0000-4000-a000-000000000000"
TARGET_TIME = 3.0
TARGET_MEMORY = 6.0


def client(url: str) -> Postman:
    return Postman(api_key=KEY, base_url=url, load_entry_points=False)


def fetch_body(url: str) -> bytes:
    pool = urllib3.PoolManager()
    response = pool.request("GET", f"{url}/collections/{BIG}", headers={"X-Api-Key": KEY})
    assert response.status == 200, response.status
    return response.data


def count_requests(items: list[object]) -> int:
    """Requests in a parsed ``item`` list, through every level of folders."""
    total = 0
    for item in items:
        children = getattr(item, "item", None)
        total += count_requests(children) if isinstance(children, list) else 1
    return total


def read_everything(value: object) -> int:
    """Read every model reachable from ``value`` (each one's fields, recursively); the number of models."""
    if isinstance(value, list):
        return sum(read_everything(element) for element in value)
    if not attrs.has(type(value)):
        return 0
    return 1 + sum(read_everything(getattr(value, field.name)) for field in attrs.fields(type(value)))


def get_and_read_everything(pm: Postman) -> object:
    model = pm.collections.get_collection(BIG)
    materialize(model, deep=True)
    return model


def get_and_walk(pm: Postman) -> object:
    model = pm.collections.get_collection(BIG)
    read_everything(model)
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
            parsed = get_and_read_everything(pm) if side == "ext-all" else pm.collections.get_collection(BIG)
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
    parser.add_argument("--requests", type=int, default=10_000, help="requests in the collection")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each side")
    parser.add_argument("--quick", action="store_true", help="a tiny run that only proves the script works")
    parser.add_argument("--memory", choices=("ext", "ext-all", "json"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory:
        return measure_memory(args.memory, args.url)
    if args.quick:
        args.requests, args.runs = 200, 1

    with running_server("--collection-requests", str(args.requests)) as url:
        body = fetch_body(url)
        with client(url) as pm:
            parsed = pm.collections.get_collection(BIG)
            assert isinstance(parsed.collection, CollectionDocument), "the answer carried no collection"
            found = count_requests(parsed.collection.item)
            assert found == args.requests, f"the model holds {found} requests, not {args.requests}"
            del parsed
            models = read_everything(pm.collections.get_collection(BIG))
            loads_times, ext_times, all_times, walk_times = [], [], [], []
            for _ in range(args.runs):
                gc.collect()
                started = time.perf_counter()
                tree = json.loads(body)
                loads_times.append(time.perf_counter() - started)
                del tree
                gc.collect()
                started = time.perf_counter()
                model = pm.collections.get_collection(BIG)
                ext_times.append(time.perf_counter() - started)
                del model
                gc.collect()
                started = time.perf_counter()
                model = get_and_read_everything(pm)
                all_times.append(time.perf_counter() - started)
                del model
                gc.collect()
                started = time.perf_counter()
                model = get_and_walk(pm)
                walk_times.append(time.perf_counter() - started)
                del model
        ext_peak = peak_in_fresh_process("ext", url)
        all_peak = peak_in_fresh_process("ext-all", url)
        json_peak = peak_in_fresh_process("json", url)

    size = len(body)
    loads_s, ext_s, all_s, walk_s = (
        statistics.median(times) for times in (loads_times, ext_times, all_times, walk_times)
    )
    time_ratio, memory_ratio = ext_s / loads_s, ext_peak / size
    print(f"collection: {args.requests} requests in nested folders, {size / 1e6:.1f} MB of JSON")
    print(f"json.loads of the bytes: {loads_s * 1000:.0f} ms (median of {args.runs})")
    print(f"pm.collections.get_collection: {ext_s * 1000:.0f} ms (median of {args.runs}; HTTP, JSON and models)")
    verdict = "MET" if time_ratio <= TARGET_TIME else "NOT MET"
    print(f"time ratio: {time_ratio:.2f} (target <= {TARGET_TIME}): {verdict}")
    print(f"peak memory of get_collection: {ext_peak / 1e6:.1f} MB (json.loads alone: {json_peak / 1e6:.1f} MB)")
    verdict = "MET" if memory_ratio <= TARGET_MEMORY else "NOT MET"
    print(f"peak memory / body size: {memory_ratio:.2f} (target <= {TARGET_MEMORY}): {verdict}")
    print(
        f"get_collection + materialize(deep=True), all {models} models read: {all_s * 1000:.0f} ms, "
        f"{all_s / loads_s:.2f} times json.loads; peak memory {all_peak / 1e6:.1f} MB, "
        f"{all_peak / size:.2f} times the body (no target)"
    )
    print(
        f"get_collection + a walk reading every field: {walk_s * 1000:.0f} ms, "
        f"{walk_s / loads_s:.2f} times json.loads (no target)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
