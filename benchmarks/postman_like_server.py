#!/usr/bin/env python3
"""A loopback HTTP server that answers like the Postman API, for the benchmarks (its own process).

    python benchmarks/postman_like_server.py [--limit 60 --window 2] [--collection-requests 10000]

Prints ``PORT <n>`` once it listens on 127.0.0.1, then serves until stdin closes or it is
terminated. Routes:

- ``GET /me``: a small user profile (the body of Postman's ``getAuthenticatedUser``);
- ``GET /collections/<id>``: a generated collection in Collection Format v2.1 (see
  :func:`make_collection`); ``--collection-requests`` sets its size, ``--collection-file``
  serves a collection file instead (as ``{"collection": <file>}``), ``small`` in the id
  serves a three-request one (for warming up);
- ``GET /_stats``: what the server counted, per window: ``{"window", "limit", "counts":
  {"<window start>": [accepted, rate_limited]}}``.

Every API answer carries Postman's rate-limit headers (``X-RateLimit-Limit``/``-Remaining``/
``-Reset`` in epoch seconds, ``RateLimit-Policy: <limit>;w=<window>``). The limit is a fixed
window per API key, windows aligned on multiples of ``--window`` seconds of the epoch, as
Postman counts them: past the limit the answer is a 429 with ``Retry-After`` and the body
``{"error": "rateLimited", "message": ...}``.

:func:`running_server` starts it from another script and stops it afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

OWNER = "12345678"
ME = {
    "user": {
        "id": 12345678,
        "username": "bench-user",
        "email": "bench@example.com",
        "fullName": "Bench User",
        "avatar": None,
        "isPublic": False,
        "teamId": 0,
        "teamName": "",
        "roles": ["user"],
    },
    "operations": [
        {"name": "api_usage", "limit": 1000, "usage": 12, "overage": 0},
        {"name": "mock_usage", "limit": 1000, "usage": 0, "overage": 0},
    ],
}


def _uuid(*numbers: int) -> str:
    """A deterministic, UUID-shaped id."""
    digits = "".join(f"{n:08x}" for n in numbers).ljust(32, "0")[:32]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-a{digits[17:20]}-{digits[20:32]}"


def _request_item(index: int) -> dict[str, Any]:
    """One request with headers, a JSON body, scripts and a saved example: about 2 KB of JSON."""
    item_id = _uuid(1, index)
    path = ["v1", "accounts", f"{index}", "transactions"]
    request = {
        "method": ("GET", "POST", "PUT", "PATCH", "DELETE")[index % 5],
        "header": [
            {"key": "Content-Type", "value": "application/json"},
            {"key": "X-Request-Id", "value": "{{$guid}}", "description": "Correlation id for tracing."},
            {"key": "Accept-Language", "value": "en-GB", "disabled": True},
        ],
        "body": {
            "mode": "raw",
            "raw": json.dumps({"amount": index * 7 % 10_000, "currency": "EUR", "reference": f"order-{index:06d}"}),
            "options": {"raw": {"language": "json"}},
        },
        "url": {
            "raw": "{{baseUrl}}/" + "/".join(path) + f"?page=1&limit=50&cursor=c{index}",
            "host": ["{{baseUrl}}"],
            "path": path,
            "query": [
                {"key": "page", "value": "1"},
                {"key": "limit", "value": "50", "description": "Items per page, at most 100."},
                {"key": "cursor", "value": f"c{index}", "disabled": index % 3 == 0},
            ],
        },
        "description": (
            f"Lists the transactions of account {index}, newest first, fifty at a time. "
            "Needs a key with the `transactions:read` scope; pending ones are included."
        ),
    }
    example = {
        "id": _uuid(2, index),
        "name": "200 OK",
        "originalRequest": {"method": request["method"], "header": [], "url": request["url"]},
        "status": "OK",
        "code": 200,
        "_postman_previewlanguage": "json",
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "cookie": [],
        "body": json.dumps({"data": [{"id": index, "amount": 42.5, "state": "settled"}], "meta": {"next": None}}),
    }
    return {
        "id": item_id,
        "uid": f"{OWNER}-{item_id}",
        "name": f"List transactions of account {index}",
        "event": [
            {
                "listen": "prerequest",
                "script": {
                    "type": "text/javascript",
                    "exec": [f"pm.variables.set('accountId', '{index}');", "pm.variables.set('page', '1');"],
                },
            },
            {
                "listen": "test",
                "script": {
                    "type": "text/javascript",
                    "exec": [
                        "pm.test('status is 200', function () {",
                        "    pm.response.to.have.status(200);",
                        "});",
                    ],
                },
            },
        ],
        "request": request,
        "response": [example],
    }


def make_collection(requests: int, fan_out: int = 10) -> dict[str, Any]:
    """A ``getCollection`` body with ``requests`` requests, ``fan_out`` per folder, in nested folders.

    Deterministic: the same arguments give the same bytes. Folders nest until each leaf
    folder holds ``fan_out`` requests (10,000 requests: three levels of ten folders).
    """
    counter = iter(range(requests))
    folder_numbers = iter(range(requests + 1))

    def level(count: int, depth: int) -> list[dict[str, Any]]:
        if count <= fan_out:
            return [_request_item(next(counter)) for _ in range(count)]
        per_child = math.ceil(count / fan_out)
        folders = []
        for number in range(math.ceil(count / per_child)):
            size = min(per_child, count - number * per_child)
            folder_id = _uuid(3, depth, next(folder_numbers))
            folders.append(
                {
                    "id": folder_id,
                    "uid": f"{OWNER}-{folder_id}",
                    "name": f"Folder {depth}.{number}",
                    "description": "Requests grouped by account range.",
                    "item": level(size, depth + 1),
                }
            )
        return folders

    collection_id = _uuid(9, requests)
    return {
        "collection": {
            "info": {
                "_postman_id": collection_id,
                "name": f"Benchmark collection ({requests} requests)",
                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                "updatedAt": "2024-09-02T14:05:17.000Z",
                "createdAt": "2024-03-18T10:22:41.000Z",
                "lastUpdatedBy": OWNER,
                "uid": f"{OWNER}-{collection_id}",
            },
            "item": level(requests, 0),
            "variable": [{"key": "baseUrl", "value": "https://api.example.com", "type": "string"}],
        }
    }


def collection_bytes(requests: int) -> bytes:
    return json.dumps(make_collection(requests), separators=(",", ":")).encode()


class Limiter:
    """Postman's fixed window per key, with counts kept for ``/_stats``."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self.counts: dict[float, list[int]] = {}
        self._used: dict[tuple[str, float], int] = {}
        self._lock = threading.Lock()

    def admit(self, key: str) -> tuple[bool, dict[str, str]]:
        now = time.time()
        start = math.floor(now / self.window) * self.window
        reset = start + self.window
        with self._lock:
            used = self._used.get((key, start), 0)
            admitted = used < self.limit
            if admitted:
                used += 1
                self._used[(key, start)] = used
            self.counts.setdefault(start, [0, 0])[0 if admitted else 1] += 1
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.limit - used),
            "X-RateLimit-Reset": f"{reset:.0f}" if reset == int(reset) else f"{reset:.3f}",
            "RateLimit-Policy": f"{self.limit};w={self.window:g}",
        }
        if not admitted:
            headers["Retry-After"] = str(max(1, math.ceil(reset - now)))
        return admitted, headers


def make_handler(limiter: Limiter, collection: bytes, small_collection: bytes) -> type[BaseHTTPRequestHandler]:
    me = json.dumps(ME).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # One write per answer and no Nagle delay: else each small answer waits for a delayed ACK.
        wbufsize = 1 << 16
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/_stats":
                counts = {f"{start:.3f}": pair for start, pair in sorted(limiter.counts.items())}
                stats = {"window": limiter.window, "limit": limiter.limit, "counts": counts}
                self._send(200, json.dumps(stats).encode(), {})
                return
            admitted, headers = limiter.admit(self.headers.get("X-Api-Key", ""))
            if not admitted:
                message = f"Rate limit exceeded. Retry in {headers['Retry-After']} seconds."
                self._send(429, json.dumps({"error": "rateLimited", "message": message}).encode(), headers)
            elif path == "/me":
                self._send(200, me, headers)
            elif path.startswith("/collections/"):
                self._send(200, small_collection if "small" in path else collection, headers)
            else:
                body = {"error": {"name": "notFound", "message": f"No route for {path}."}}
                self._send(404, json.dumps(body).encode(), headers)

        def do_PUT(self) -> None:
            """Read the whole body and answer as PUT /collections/{id} does (a sending benchmark)."""
            length = int(self.headers.get("Content-Length", "0"))
            received = self.rfile.read(length)
            path = self.path.split("?", 1)[0]
            uid = path.rsplit("/", 1)[-1]
            answer = {"collection": {"id": uid.split("-", 1)[-1], "name": f"{len(received)} bytes", "uid": uid}}
            self._send(200, json.dumps(answer).encode(), {})

    return Handler


@contextmanager
def running_server(*arguments: str) -> Iterator[str]:
    """Start the server in its own process with ``arguments``; yield its base URL; stop it."""
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"the benchmark server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=1_000_000, help="requests per window and key")
    parser.add_argument("--window", type=float, default=60.0, help="window length in seconds")
    parser.add_argument("--collection-requests", type=int, default=0, help="size of GET /collections/<id>")
    parser.add_argument("--collection-file", type=Path, help="serve this collection file instead")
    args = parser.parse_args()
    if args.collection_file:
        collection = b'{"collection": ' + args.collection_file.read_bytes() + b"}"
    else:
        collection = collection_bytes(args.collection_requests)
    handler = make_handler(Limiter(args.limit, args.window), collection, collection_bytes(3))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"PORT {server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        sys.stdin.read()  # returns when the parent closes our stdin or exits
    server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
