"""Keeping the API key out of what the client hands back, raises and logs.

- :class:`Secret`: the key as a ``str`` whose ``repr`` is its hint, so a traceback rendered
  with local variables shows ``'PMAK-...abcd'``;
- :func:`masked`: the ASCII form of the hint that replaces the key in requests and responses
  kept for the user (``last_response``, exceptions);
- :func:`scrub_response`: a response with every echo of the key (headers, body) masked;
- a logging filter on the loggers of httpx, httpcore and urllib3 that masks every key a live
  client holds, wherever a record quotes it (httpcore logs response headers at DEBUG).
"""

from __future__ import annotations

import logging
import threading
from collections import Counter

import httpx

__all__ = ["Secret", "forget_key", "masked", "remember_key", "scrub_response", "scrub_text"]

_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.connection_pool",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "urllib3.connectionpool",
    "urllib3.poolmanager",
)


def masked(api_key: str) -> str:
    """``PMAK-...`` and the key's last four characters (ASCII, so it fits in a header or a URL)."""
    tail = api_key[-4:] if len(api_key) >= 12 else ""
    return f"PMAK-...{tail}"


class Secret(str):
    """The key: a ``str`` for every use, shown by ``repr`` as its masked form only."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(masked(self))


def scrub_text(text: str, api_key: str) -> str:
    """``text`` with every occurrence of ``api_key`` masked."""
    return text.replace(api_key, masked(api_key)) if api_key and api_key in text else text


def scrub_response(response: httpx.Response, api_key: str) -> httpx.Response:
    """``response`` itself when it does not quote the key, else a copy with each echo masked.

    The body must have been read. A server may echo the key back (in ``Location``, a debug
    header, an error message); what the client keeps and raises then shows only its hint.
    """
    if not api_key:  # a client without a key (calls made with an access key) has nothing to mask
        return response
    secret = api_key.encode("utf-8")
    content = response.content
    raw = response.headers.raw
    if secret not in content and not any(secret in value for _, value in raw):
        return response
    hint = masked(api_key).encode("ascii")
    body = content.replace(secret, hint)
    headers = [(name, value.replace(secret, hint)) for name, value in raw if name.lower() != b"content-length"]
    headers.append((b"Content-Length", str(len(body)).encode("ascii")))
    copy = httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request, extensions=response.extensions
    )
    return copy


_KEYS: Counter[str] = Counter()
_KEYS_LOCK = threading.Lock()


def remember_key(api_key: str) -> None:
    """Mask ``api_key`` in the lower libraries' log records while a client holds it."""
    if not api_key:
        return
    with _KEYS_LOCK:
        _KEYS[api_key] += 1


def forget_key(api_key: str) -> None:
    """The client that held ``api_key`` is gone (or switched keys)."""
    if not api_key:
        return
    with _KEYS_LOCK:
        _KEYS[api_key] -= 1
        if _KEYS[api_key] <= 0:
            del _KEYS[api_key]


class _MaskKeys(logging.Filter):
    """Masks every live key in a record of httpx, httpcore or urllib3 (runs only for emitted records)."""

    def filter(self, record: logging.LogRecord) -> bool:
        keys = list(_KEYS)
        if not keys or not any(key in record.getMessage() for key in keys):
            return True
        # Mask in place, so other filters still see the record's arguments...
        if isinstance(record.msg, str):
            record.msg = _mask_all(record.msg, keys)
        if isinstance(record.args, tuple):
            record.args = tuple(_mask_all(arg, keys) if isinstance(arg, str) else arg for arg in record.args)
        message = record.getMessage()
        if any(key in message for key in keys):  # ...unless an argument of another type quotes it
            record.msg, record.args = _mask_all(message, keys), None
        return True


def _mask_all(text: str, keys: list[str]) -> str:
    for key in keys:
        text = text.replace(key, masked(key))
    return text


_FILTER = _MaskKeys()
for _name in _LOGGERS:
    logging.getLogger(_name).addFilter(_FILTER)
