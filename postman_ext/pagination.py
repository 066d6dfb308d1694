"""Iterating over every item of a paged list operation, sync and async.

Postman pages three ways: ``cursor`` with ``limit`` and ``meta.nextCursor`` in the answer,
``cursor`` alone, and ``limit`` with ``offset``. The style is read from the operation's
parameters; the items are the answer's list field (``workspaces``, ``data``, ...).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs

from postman_raw.types import Unset

__all__ = ["apaginate", "page_items", "paginate"]


def page_items(page: object) -> list[Any]:
    """The list of items in one page: its first list-valued field."""
    if isinstance(page, list):
        return page
    kind = type(page)
    if attrs.has(kind):
        for field in attrs.fields(kind):
            value = getattr(page, field.name)
            if isinstance(value, list) and field.name != "additional_properties":
                return value
    raise TypeError(f"{type(page).__name__} holds no list of items: this operation is not paged")


def _next_cursor(page: object) -> str | None:
    meta = getattr(page, "meta", None)
    cursor = getattr(meta, "next_cursor", None) if meta is not None else None
    if cursor is None and meta is not None and hasattr(meta, "additional_properties"):
        cursor = meta.additional_properties.get("nextCursor")
    if cursor is None or isinstance(cursor, Unset) or cursor == "":
        return None
    return str(cursor)


class _Pager:
    """Decides the arguments of the next page from the previous one."""

    def __init__(self, method: Callable[..., Any], arguments: dict[str, Any]) -> None:
        if not callable(method):
            if inspect.iscoroutine(method):
                method.close()  # never awaited, and never will be: no "was never awaited" warning
            raise TypeError(
                f"paginate() takes the method, not its result: pass pm.workspaces.get_workspaces, without "
                f"parentheses, and its arguments as keywords (got a {type(method).__name__})"
            )
        parameters = inspect.signature(method).parameters
        self.by_cursor = "cursor" in parameters
        self.by_offset = "offset" in parameters and not self.by_cursor
        if not (self.by_cursor or self.by_offset):
            name = getattr(method, "__name__", method)
            raise TypeError(f"{name!r} takes neither 'cursor' nor 'offset': it is not paged")
        self.arguments = dict(arguments)
        self.seen_cursors: set[str] = set()

    def advance(self, page: object, items: list[Any]) -> bool:
        """Move to the next page; False when there is none."""
        if self.by_cursor:
            cursor = _next_cursor(page)
            if cursor is None or cursor in self.seen_cursors:
                return False
            self.seen_cursors.add(cursor)
            self.arguments["cursor"] = cursor
            return True
        limit = self.arguments.get("limit")
        if not items or (isinstance(limit, int) and len(items) < limit):
            return False
        total = getattr(getattr(page, "meta", None), "total", None)
        offset = int(self.arguments.get("offset") or 0) + len(items)
        if isinstance(total, int) and offset >= total:
            return False
        self.arguments["offset"] = offset
        return True


def paginate(method: Callable[..., Any], arguments: dict[str, Any]) -> Iterator[Any]:
    """The items of every page, fetching the next page only when needed.

    Raises ``TypeError`` at once when ``method`` takes no cursor or offset.
    """
    return _pages(method, _Pager(method, arguments))


def _pages(method: Callable[..., Any], pager: _Pager) -> Iterator[Any]:
    while True:
        page = method(**pager.arguments)
        items = page_items(page)
        yield from items
        if not pager.advance(page, items):
            return


def apaginate(method: Callable[..., Awaitable[Any]], arguments: dict[str, Any]) -> AsyncIterator[Any]:
    """The ``async for`` form of :func:`paginate`."""
    return _apages(method, _Pager(method, arguments))


async def _apages(method: Callable[..., Awaitable[Any]], pager: _Pager) -> AsyncIterator[Any]:
    while True:
        page = await method(**pager.arguments)
        items = page_items(page)
        for item in items:
            yield item
        if not pager.advance(page, items):
            return
