"""Files the jobs write: deterministic JSON, atomic replacement, safe relative paths."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InvalidArgumentError


def dumps(data: Any) -> bytes:
    """The one JSON form of the jobs' files: sorted keys, two-space indent, UTF-8, final newline.

    The same data always gives the same bytes, so a backup folder in git shows real changes only.
    """
    return (json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def read_json(path: Path) -> Any:
    return json.loads(path.read_bytes())


def write_atomic(path: Path, data: bytes, *, mtime_ns: int | None = None) -> None:
    """Write ``data`` to ``path`` so that a reader (or a crash) sees the old file or the new one, never half.

    ``mtime_ns`` sets the file's modification time before it takes its name: the backup records
    "this file holds the version updated at T" in the same atomic step as the file itself.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if mtime_ns is not None:
            os.utime(temporary, ns=(mtime_ns, mtime_ns))
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def timestamp_ns(value: str) -> int:
    """Nanoseconds since the epoch of a Postman timestamp (``2023-06-16T20:21:13.000Z``)."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"  # fromisoformat reads a trailing Z only from Python 3.11
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    delta = moment - datetime(1970, 1, 1, tzinfo=timezone.utc)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1_000


def safe_relative(value: str, what: str) -> PurePosixPath:
    """A relative path that stays inside its folder, or :class:`InvalidArgumentError` naming ``what``."""
    path = PurePosixPath(value)
    if not value or path.is_absolute() or any(part in ("..", "") for part in value.split("/")) or "\\" in value:
        raise InvalidArgumentError(
            f"{what} {value!r} is not a plain relative path (no leading '/', no '..'): refusing to write outside "
            "the backup folder"
        )
    return path


def safe_name(value: str, what: str) -> str:
    """One path segment (an id) that cannot leave its folder."""
    if not value or value in (".", "..") or "/" in value or "\\" in value or "\x00" in value:
        raise InvalidArgumentError(f"{what} {value!r} cannot be used as a file name")
    return value
