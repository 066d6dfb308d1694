"""Reading a response body under a size limit and a deadline, without I/O of its own.

Both transports feed the raw bytes they receive, chunk by chunk, to a :class:`BodyReader`. It
undoes ``Content-Encoding`` (gzip, deflate) itself, never producing more than the limit plus
one byte, so a small compressed body that would expand to gigabytes stops at the limit; and
it raises as soon as the decoded size passes the limit or the call's deadline has passed.
"""

from __future__ import annotations

import time
import zlib

import httpx

from .config import DEFAULT_MAX_BODY_SIZE
from .errors import ResponseTooLargeError

__all__ = [
    "ACCEPT_ENCODING",
    "DEADLINE",
    "DEADLINE_SECONDS",
    "DEFAULT_MAX_BODY_SIZE",
    "BodyReader",
    "deadline_passed",
    "remaining",
    "transport_headers",
]

DEADLINE = "postman_ext.deadline"
"""The request extension holding the ``time.monotonic()`` by which the whole call must be done."""
DEADLINE_SECONDS = "postman_ext.deadline_seconds"
"""The request extension holding the deadline's length, for messages."""
ACCEPT_ENCODING = "gzip, deflate"
"""What the client asks for: the encodings :class:`BodyReader` decodes."""
CHUNK = 256 * 1024
_DECODED = frozenset({"gzip", "x-gzip", "deflate"})
_DROPPED = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


def remaining(request: httpx.Request) -> float | None:
    """Seconds left before the call's deadline (may be 0 or less), or ``None`` without one."""
    deadline = request.extensions.get(DEADLINE)
    return None if deadline is None else deadline - time.monotonic()


def deadline_passed(request: httpx.Request, what: str) -> httpx.ReadTimeout:
    """The timeout error of a call whose deadline passed while doing ``what``."""
    seconds = request.extensions.get(DEADLINE_SECONDS)
    limit = f" of {seconds:g} s" if isinstance(seconds, (int, float)) else ""
    return httpx.ReadTimeout(f"the call's deadline{limit} passed while {what}", request=request)


class BodyReader:
    """Collects one response body: ``feed(chunk)`` for each raw chunk, then ``finish()``."""

    def __init__(self, request: httpx.Request, content_encoding: str | None, limit: int) -> None:
        self._request = request
        self._limit = limit
        self._size = 0
        self._chunks: list[bytes] = []
        encoding = (content_encoding or "").strip().lower()
        self.decodes = encoding in _DECODED
        self._deflate = encoding == "deflate"
        # gzip, or a zlib stream: wbits 47 reads either header.
        self._decoder = zlib.decompressobj(zlib.MAX_WBITS | 32) if self.decodes else None

    def feed(self, chunk: bytes) -> None:
        """Add one chunk as received; raises when the decoded body passes the limit or the deadline passed."""
        if self._decoder is None:
            self._keep(chunk)
        else:
            self._inflate(chunk)
        left = remaining(self._request)
        if left is not None and left <= 0:
            raise deadline_passed(self._request, "reading the body")

    def _inflate(self, data: bytes) -> None:
        assert self._decoder is not None
        while data:
            try:
                out = self._decoder.decompress(data, self._limit - self._size + 1)
            except zlib.error as error:
                if not (self._deflate and self._size == 0 and not self._chunks):
                    raise httpx.DecodingError(f"could not decode the body: {error}", request=self._request) from error
                # "deflate" without the zlib header that RFC 9110 asks for: raw deflate, as httpx accepts.
                self._deflate = False
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._keep(out)
            data = self._decoder.unconsumed_tail
            if self._decoder.eof:
                return

    def _keep(self, data: bytes) -> None:
        if not data:
            return
        self._size += len(data)
        if self._size > self._limit:
            raise ResponseTooLargeError(
                f"{self._request.method} {self._request.url.path}: the response body is larger than "
                f"max_body_size ({self._limit} bytes once decoded); raise max_body_size to accept it",
                limit=self._limit,
                method=self._request.method,
                path=self._request.url.path,
            )
        self._chunks.append(data)

    def finish(self) -> bytes:
        """The whole decoded body."""
        if self._decoder is not None and not self._decoder.eof:
            self._keep(self._decoder.flush())
        body = b"".join(self._chunks)
        self._chunks.clear()
        return body


def transport_headers(raw: list[tuple[bytes, bytes]], body: bytes, decoded: bool) -> list[tuple[bytes, bytes]]:
    """The headers of a response whose body the transport read whole (and decoded, when ``decoded``).

    ``Content-Length`` becomes the length of ``body``; a decoded ``Content-Encoding`` goes, so
    httpx does not decode again.
    """
    dropped = _DROPPED if decoded else _DROPPED - {b"content-encoding"}
    headers = [(name, value) for name, value in raw if name.lower() not in dropped]
    headers.append((b"Content-Length", str(len(body)).encode("ascii")))
    return headers
