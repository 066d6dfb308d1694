#!/usr/bin/env python3
"""Sending a large collection back unchanged, against ``json.dumps`` of the same data.

    python benchmarks/send_unchanged.py [--requests 10000] [--runs 3] [--quick]

The loopback server (benchmarks/postman_like_server.py, its own process) serves a generated
20 MB collection (10,000 requests) and reads whole whatever PUT sends it. Two ways a program
sends a collection back without changing it (publish, restore, sync from git):

- from the API: ``get_collection(uid)``, then ``put_collection(uid, body=PutCollectionRequest(
  collection=answer.collection))``;
- from a file: ``PutCollectionRequest.from_dict(json.loads(text))``, then ``put_collection``.

Figures, measured in this run: the time of the ``put_collection`` call (model to JSON, HTTP to
the server and its answer) against ``json.dumps`` of the same data, median of ``--runs``
(target: at most 2 times), and the tracemalloc peak of one such call against the body's size
(target: at most 3 times). A model nobody read gives back the JSON it was made from, so nothing
is converted on the way out; the comparison row converts it the slow way (every model read, as
after ``materialize(deep=True)``).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import urllib3
from postman_like_server import OWNER, running_server

from postman_ext import Postman, materialize
from postman_raw.models.put_collection_request import PutCollectionRequest

KEY = "PMAK-0000000000collection0000000-0000"
BIG = f"{OWNER}-00000009-0000-4000-a000-000000000000"
TARGET_TIME = 2.0
TARGET_MEMORY = 3.0


def timed(action: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def peak(action: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    action()
    result = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=10_000, help="requests in the collection (10,000: 20 MB)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="200 requests, one run: only shows that it works")
    args = parser.parse_args()
    if args.quick:
        args.requests, args.runs = 200, 1

    with running_server("--collection-requests", str(args.requests)) as url:
        text = urllib3.PoolManager().request("GET", f"{url}/collections/{BIG}", headers={"X-Api-Key": KEY}).data
        data: dict[str, Any] = json.loads(text)
        size = len(json.dumps(data).encode())
        with Postman(api_key=KEY, base_url=url, load_entry_points=False, max_retries=0) as pm:
            answer = pm.collections.get_collection(BIG)

            def from_api() -> object:
                return pm.collections.put_collection(BIG, body=PutCollectionRequest(collection=answer.collection))

            parsed = json.loads(text)  # the file's parse is not ours: done once, outside the measure

            def from_file() -> object:
                return pm.collections.put_collection(BIG, body=PutCollectionRequest.from_dict(parsed))

            def read_whole_then_send() -> object:
                body = PutCollectionRequest.from_dict(parsed)
                materialize(body, deep=True)
                return pm.collections.put_collection(BIG, body=body)

            from_api()  # connection and imports, outside the measure
            rows: dict[str, list[float]] = {"json.dumps": [], "from the API": [], "from a file": [], "read whole": []}
            for _ in range(args.runs):
                rows["json.dumps"].append(timed(lambda: json.dumps(data)))
                rows["from the API"].append(timed(from_api))
                rows["from a file"].append(timed(from_file))
                rows["read whole"].append(timed(read_whole_then_send))
            peaks = {"from the API": peak(from_api), "from a file": peak(from_file)}

    base = statistics.median(rows["json.dumps"])
    print(f"collection: {args.requests} requests, {size / 1e6:.1f} MB of JSON; json.dumps {base * 1000:.0f} ms")
    for name in ("from the API", "from a file", "read whole"):
        ratio = statistics.median(rows[name]) / base
        target = "(comparison: every model read first)" if name == "read whole" else _verdict(ratio, TARGET_TIME)
        print(f"put_collection {name}: {ratio:.2f} x json.dumps {target}")
    for name, value in peaks.items():
        ratio = value / size
        print(f"peak memory, {name}: {ratio:.2f} x the body, {value / 1e6:.1f} MB {_verdict(ratio, TARGET_MEMORY)}")
    return 0


def _verdict(ratio: float, target: float) -> str:
    return f"(target <= {target:g}): {'MET' if ratio <= target else 'NOT MET'}"


if __name__ == "__main__":
    raise SystemExit(main())
