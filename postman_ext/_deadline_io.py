"""The call's deadline inside urllib3: every read from the socket, status line and headers included.

A socket timeout bounds one ``recv``; a server that sends a byte now and then never trips it.
The connections of a pool manager given to :func:`with_deadlines` read their response through
:class:`_DeadlineReader`, which gives each ``recv`` only the time left before the deadline that
:func:`reading_until` set for the current thread, and raises ``socket.timeout`` once it has
passed; urllib3 turns that into its ``ReadTimeoutError`` as for any read timeout.
"""

from __future__ import annotations

import http.client
import io
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from urllib3 import PoolManager
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

__all__ = ["reading_until", "with_deadlines"]

_current = threading.local()


@contextmanager
def reading_until(deadline: float | None) -> Iterator[None]:
    """Responses that begin in this block, in this thread, are read within ``deadline`` (``time.monotonic()``)."""
    _current.deadline = deadline
    try:
        yield
    finally:
        _current.deadline = None


class _DeadlineReader(io.RawIOBase):
    """The raw side of a response's file: ``recv_into`` with the time left as the socket's timeout."""

    def __init__(self, sock: socket.socket, deadline: float, socket_file: io.BufferedIOBase) -> None:
        super().__init__()
        self._sock = sock
        self._deadline = deadline
        # The socket's own file, unread: it holds the socket open (a socket closed by its
        # connection stays open while a file made by makefile() is), until this one closes.
        self._socket_file = socket_file

    def close(self) -> None:
        if not self.closed:
            self._socket_file.close()
        super().close()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the call's deadline passed")
        timeout = self._sock.gettimeout()
        if timeout is None or left < timeout:
            self._sock.settimeout(left)  # urllib3 sets the read timeout again before the next request
        return self._sock.recv_into(buffer)


class _DeadlineResponse(http.client.HTTPResponse):
    def __init__(self, sock: socket.socket, *args: Any, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        deadline = getattr(_current, "deadline", None)
        if deadline is not None:
            self.fp = io.BufferedReader(_DeadlineReader(sock, deadline, self.fp))


class _DeadlineHTTPConnection(HTTPConnection):
    response_class = _DeadlineResponse


class _DeadlineHTTPSConnection(HTTPSConnection):
    response_class = _DeadlineResponse


_DERIVED: dict[type, type] = {HTTPConnection: _DeadlineHTTPConnection, HTTPSConnection: _DeadlineHTTPSConnection}


def _with_deadline(connection_class: type) -> type:
    """urllib3's own connection class, reading under the deadline; any other class (vcrpy's stubs,
    made per cassette, or what another library put there) as it is."""
    return _DERIVED.get(connection_class, connection_class)


class _DeadlineHTTPPool(HTTPConnectionPool):
    # Looked up on every new connection, as urllib3 itself does: a class that a library patches
    # on HTTPConnectionPool later (vcrpy does, per cassette) is still the one used.
    @property
    def ConnectionCls(self) -> type:  # type: ignore[override]
        return _with_deadline(HTTPConnectionPool.ConnectionCls)


class _DeadlineHTTPSPool(HTTPSConnectionPool):
    @property
    def ConnectionCls(self) -> type:  # type: ignore[override]
        return _with_deadline(HTTPSConnectionPool.ConnectionCls)


Manager = TypeVar("Manager", bound=PoolManager)


def with_deadlines(manager: Manager) -> Manager:
    """``manager``, whose pools read their responses under the deadline :func:`reading_until` sets."""
    manager.pool_classes_by_scheme = {"http": _DeadlineHTTPPool, "https": _DeadlineHTTPSPool}
    return manager
