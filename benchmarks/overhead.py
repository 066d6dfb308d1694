#!/usr/bin/env python3
"""Per-request overhead: ``postman_ext`` against raw urllib3 and against the stock generated client.

    python benchmarks/overhead.py [--calls 2000] [--blocks 10] [--quick]

One loopback server (benchmarks/postman_like_server.py, its own process, Postman's rate-limit
headers on every answer, a limit never reached) answers ``GET /me`` with a small JSON body.
Three clients call it sequentially, ``--calls`` times each, in ``--blocks`` interleaved blocks
(the order rotates per block) after a warm-up:

- raw: ``urllib3.PoolManager.request`` plus ``json.loads`` (no model);
- stock: the generated ``postman_raw`` client on stock httpx, ``get_authenticated_user.sync``,
  which parses the body into ``AuthenticatedUserResponse``;
- postman_ext: ``Postman(...).users.get_authenticated_user()`` (same model, plus pacing, hooks,
  error mapping).

Each side's time is the median over blocks of its mean time per call; each ratio is the median
over blocks of the ratio within the block (neighbouring blocks see the same machine load, which
matters on a shared machine). Targets: postman_ext at most 1.5 times raw and at most 1.05 times
stock.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

import urllib3
from postman_like_server import running_server

from postman_ext import Postman
from postman_raw import AuthenticatedClient
from postman_raw.api.users import get_authenticated_user

KEY = "PMAK-0000000000benchmark0000000-0000"
TARGET_VS_RAW = 1.5
TARGET_VS_STOCK = 1.05


def verdict(ratio: float, target: float) -> str:
    return "MET" if ratio <= target else "NOT MET"


def build_sides(url: str) -> tuple[dict[str, Callable[[], object]], Callable[[], None]]:
    pool = urllib3.PoolManager(maxsize=1)
    headers = {"X-Api-Key": KEY, "Accept": "application/json"}

    def raw() -> object:
        return json.loads(pool.request("GET", url + "/me", headers=headers).data)

    stock_client = AuthenticatedClient(base_url=url, token=KEY, prefix="", auth_header_name="X-Api-Key")

    def stock() -> object:
        return get_authenticated_user.sync(client=stock_client)

    pm = Postman(api_key=KEY, base_url=url, load_entry_points=False)

    def ext() -> object:
        return pm.users.get_authenticated_user()

    def close() -> None:
        pool.clear()
        stock_client.get_httpx_client().close()
        pm.close()

    return {"raw urllib3 + json.loads": raw, "stock generated client": stock, "postman_ext": ext}, close


def per_call(function: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=2000, help="calls per client")
    parser.add_argument("--blocks", type=int, default=20, help="interleaved blocks the calls are split into")
    parser.add_argument("--quick", action="store_true", help="a tiny run that only proves the script works")
    args = parser.parse_args()
    if args.quick:
        args.calls, args.blocks = 30, 3
    block_calls = max(1, args.calls // args.blocks)

    with running_server() as url:
        sides, close = build_sides(url)
        try:
            results = {name: function() for name, function in sides.items()}
            assert results["postman_ext"] == results["stock generated client"], "the two clients disagree"
            for function in sides.values():
                per_call(function, max(10, block_calls // 2))
            times: dict[str, list[float]] = {name: [] for name in sides}
            names = list(sides)
            for block in range(args.blocks):
                for name in names[block % len(names) :] + names[: block % len(names)]:
                    times[name].append(per_call(sides[name], block_calls))
        finally:
            close()

    medians = {name: statistics.median(values) for name, values in times.items()}
    raw, stock, ext = names
    print(f"{block_calls * args.blocks} sequential GET /me per client, {args.blocks} interleaved blocks, loopback")
    for name in names:
        print(f"{name}: {medians[name] * 1e6:.0f} us per call (median of blocks)")
    vs_raw = statistics.median(e / r for e, r in zip(times[ext], times[raw], strict=True))
    vs_stock = statistics.median(e / s for e, s in zip(times[ext], times[stock], strict=True))
    print(f"postman_ext / raw urllib3: {vs_raw:.2f} (target <= {TARGET_VS_RAW}): {verdict(vs_raw, TARGET_VS_RAW)}")
    print(
        f"postman_ext / stock generated client: {vs_stock:.2f} (target <= {TARGET_VS_STOCK}): "
        f"{verdict(vs_stock, TARGET_VS_STOCK)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
