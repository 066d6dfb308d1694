"""A real HTTP server on 127.0.0.1 that plays scripted answers, for fault and behaviour tests.

Each route holds a queue of replies; the last reply repeats once the queue is down to one.
A reply is a :class:`Reply` (status, headers, body), ``RESET`` (close the connection without
answering), ``Stall(seconds)`` (answer only after a pause) or ``Trickle(reply, ...)`` (send the
body a few bytes at a time). Every request is recorded.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


@dataclass
class Stall:
    seconds: float
    then: Reply = field(default_factory=Reply)


@dataclass
class Trickle:
    """Send ``then``'s headers at once, then its body ``size`` bytes every ``interval`` seconds
    (the status line and headers too, with ``headers_too``)."""

    then: Reply
    size: int = 1
    interval: float = 0.05
    headers_too: bool = False


RESET = object()


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    body: bytes


class FakeAPI:
    """The server: ``api.route("GET", "/me", Reply(...), ...)``, ``api.url``, ``api.requests``."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[object]] = {}
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        handler = self._handler_class()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def route(self, method: str, path: str, *replies: object) -> None:
        with self._lock:
            self.routes[(method, path)] = list(replies)

    def _next(self, method: str, path: str) -> object:
        with self._lock:
            queue = self.routes.get((method, path.split("?", 1)[0]))
            if not queue:
                return Reply(404, {"error": {"name": "notFound", "message": f"no route {method} {path}"}})
            return queue.pop(0) if len(queue) > 1 else queue[0]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                api.requests.append(Seen(self.command, self.path, headers, body))
                reply = api._next(self.command, self.path)
                if reply is RESET:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    self.connection.close()
                    self.close_connection = True
                    return
                trickle = reply if isinstance(reply, Trickle) else None
                if isinstance(reply, (Stall, Trickle)):
                    if isinstance(reply, Stall):
                        time.sleep(reply.seconds)
                    reply = reply.then
                assert isinstance(reply, Reply)
                payload = reply.encoded()
                if trickle is not None and trickle.headers_too:
                    self._trickle(trickle, reply, payload)
                    return
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if trickle is None:
                    self.wfile.write(payload)
                    return
                try:
                    for start in range(0, len(payload), trickle.size):
                        self.wfile.write(payload[start : start + trickle.size])
                        self.wfile.flush()
                        time.sleep(trickle.interval)
                except OSError:  # the client gave up
                    self.close_connection = True

            def _trickle(self, trickle: Trickle, reply: Reply, payload: bytes) -> None:
                lines = [f"HTTP/1.1 {reply.status} OK", "Content-Type: application/json"]
                lines += [f"{name}: {value}" for name, value in reply.headers.items()]
                lines.append(f"Content-Length: {len(payload)}")
                whole = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload
                try:
                    for start in range(0, len(whole), trickle.size):
                        self.wfile.write(whole[start : start + trickle.size])
                        time.sleep(trickle.interval)
                except OSError:  # the client gave up
                    pass
                self.close_connection = True

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        return Handler

    def __enter__(self) -> FakeAPI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve() -> Iterator[FakeAPI]:
    with FakeAPI() as api:
        yield api
