"""``diff_collections``: a semantic diff of two collections, readable and stable.

Items (folders and requests) are matched by id, then by their path of names; fields that change
without the collection changing (``_postman_id``, ``uid``, timestamps, ``lastUpdatedBy``) are
left out, and so is the order of object keys. A change is an item ``added``, ``removed``,
``moved`` (same id or name, another folder) or ``changed`` (with the fields that differ).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InvalidArgumentError

__all__ = ["Change", "CollectionDiff", "diff_collections", "load_collection_file", "unwrap_collection"]

VOLATILE_INFO = frozenset({"_postman_id", "uid", "createdAt", "updatedAt", "lastUpdatedBy", "fork", "owner"})
_ITEM_IDENTITY = frozenset({"id", "uid", "_postman_id", "item"})
_MAX_FIELDS = 5


@dataclass(frozen=True)
class Change:
    """One difference: ``kind`` is ``added``, ``removed``, ``moved`` or ``changed``; ``path`` names the item."""

    kind: str
    path: str
    detail: str = ""

    def __str__(self) -> str:
        sign = {"added": "+", "removed": "-", "moved": ">", "changed": "~"}[self.kind]
        return f"{sign} {self.path}" + (f": {self.detail}" if self.detail else "")

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "path": self.path, "detail": self.detail}


@dataclass
class CollectionDiff:
    """The changes from collection A to collection B, in a stable order."""

    changes: list[Change] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not self.changes

    def __str__(self) -> str:
        return "\n".join(str(change) for change in self.changes) if self.changes else "no differences"

    def to_dict(self) -> dict[str, Any]:
        return {"same": self.same, "changes": [change.to_dict() for change in self.changes]}


def unwrap_collection(data: Any, what: str = "the collection") -> dict[str, Any]:
    """The collection of ``{"collection": {...}}`` or of a bare ``{"info": ..., "item": ...}``."""
    if isinstance(data, dict) and isinstance(data.get("collection"), dict):
        data = data["collection"]
    if not isinstance(data, dict) or not isinstance(data.get("info"), dict):
        raise InvalidArgumentError(
            f"{what} is not a Postman collection: expected a JSON object with an 'info' object (Collection Format v2.1)"
        )
    return data


def load_collection_file(path: str | Path) -> dict[str, Any]:
    """A collection read from a JSON file (an export, a backup file or a getCollection body)."""
    file = Path(path)
    try:
        data = json.loads(file.read_bytes())
    except FileNotFoundError as error:
        raise InvalidArgumentError(f"{str(file)!r} does not exist: name a collection file") from error
    except ValueError as error:
        raise InvalidArgumentError(f"{str(file)!r} is not JSON: {error}") from error
    return unwrap_collection(data, repr(str(file)))


@dataclass
class _Flat:
    path: tuple[str, ...]
    id: str | None
    content: dict[str, Any]


def _flatten(items: list[Any], parent: tuple[str, ...] = ()) -> Iterator[_Flat]:
    for item in items:
        if not isinstance(item, dict):
            continue
        path = (*parent, str(item.get("name", "")))
        content = {k: v for k, v in item.items() if k not in _ITEM_IDENTITY}
        if isinstance(content.get("response"), list):
            content["response"] = [
                {k: v for k, v in r.items() if k not in ("id", "uid")} if isinstance(r, dict) else r
                for r in content["response"]
            ]
        item_id = item.get("id") or item.get("_postman_id")
        yield _Flat(path, str(item_id) if item_id else None, content)
        if isinstance(item.get("item"), list):
            yield from _flatten(item["item"], path)


def _fields(a: Any, b: Any, prefix: str = "") -> Iterator[str]:
    """Dotted names of the fields that differ between ``a`` and ``b``."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                yield from _fields(a.get(key), b.get(key), f"{prefix}.{key}" if prefix else key)
    elif a != b:
        yield prefix or "(value)"


def _describe(a: dict[str, Any], b: dict[str, Any]) -> str:
    names = list(_fields(a, b))
    shown = []
    for name in names[:_MAX_FIELDS]:
        left, right = _lookup(a, name), _lookup(b, name)
        if isinstance(left, (str, int, float, bool)) and isinstance(right, (str, int, float, bool)):
            shown.append(f"{name} {json.dumps(left)[:40]} -> {json.dumps(right)[:40]}")
        else:
            shown.append(name)
    more = f" (+{len(names) - _MAX_FIELDS} more)" if len(names) > _MAX_FIELDS else ""
    return ", ".join(shown) + more


def _lookup(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


def diff_collections(a: dict[str, Any], b: dict[str, Any]) -> CollectionDiff:
    """The changes from collection ``a`` to ``b`` (either form :func:`unwrap_collection` reads)."""
    a, b = unwrap_collection(a, "collection A"), unwrap_collection(b, "collection B")
    changes: list[Change] = []
    top_a = {k: v for k, v in a.items() if k != "item"}
    top_b = {k: v for k, v in b.items() if k != "item"}
    top_a["info"] = {k: v for k, v in a["info"].items() if k not in VOLATILE_INFO}
    top_b["info"] = {k: v for k, v in b["info"].items() if k not in VOLATILE_INFO}
    if top_a != top_b:
        changes.append(Change("changed", "(collection)", _describe(top_a, top_b)))
    left, right = list(_flatten(a.get("item") or [])), list(_flatten(b.get("item") or []))
    pairs: list[tuple[_Flat, _Flat]] = []
    by_id = {flat.id: flat for flat in right if flat.id}
    unmatched_right = list(right)
    unmatched_left = []
    for flat in left:
        other = by_id.get(flat.id) if flat.id else None
        if other is not None and other in unmatched_right:
            pairs.append((flat, other))
            unmatched_right.remove(other)
        else:
            unmatched_left.append(flat)
    still_left = []
    for flat in unmatched_left:
        other = next((o for o in unmatched_right if o.path == flat.path), None)
        if other is not None:
            pairs.append((flat, other))
            unmatched_right.remove(other)
        else:
            still_left.append(flat)
    for old, new in pairs:
        if old.path != new.path:
            changes.append(Change("moved", "/".join(new.path), f"from {'/'.join(old.path)}"))
        if old.content != new.content:
            changes.append(Change("changed", "/".join(new.path), _describe(old.content, new.content)))
    changes.extend(Change("removed", "/".join(flat.path)) for flat in still_left)
    changes.extend(Change("added", "/".join(flat.path)) for flat in unmatched_right)
    order = {"moved": 0, "changed": 1, "removed": 2, "added": 3}
    changes.sort(key=lambda c: (c.path != "(collection)", c.path, order[c.kind]))
    return CollectionDiff(changes)
