"""Helpers of the jobs' tests: a running fake, a client on it, and reading backup folders."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fake_postman import FAKE_KEY, FakePostman

from postman_ext import Postman


@contextmanager
def fake_and_client(**settings: Any) -> Iterator[tuple[FakePostman, Postman]]:
    with FakePostman(**settings) as fake, Postman(api_key=FAKE_KEY, base_url=fake.url, load_entry_points=False) as pm:
        yield fake, pm


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``: its path relative to ``folder`` (POSIX form) and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def remap(files: dict[str, bytes], ids: dict[str, str]) -> dict[str, bytes]:
    """``files`` with every id of ``ids`` replaced by its mapped id, in paths and contents."""
    out = {}
    for path, data in files.items():
        text = data.decode("utf-8")
        for old, new in ids.items():
            path = path.replace(old, new)
            text = text.replace(old, new)
        out[path] = text.encode("utf-8")
    return out
