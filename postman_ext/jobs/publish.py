"""``publish``: create or update a collection from a file, keeping the ids of the items that exist.

A ``PUT`` of a collection deletes and recreates every item sent without its id, which breaks
forks, pull requests and comments; an exported file carries ids the server may not know. So the
target's items are read first, and each item of the file takes the id of the target's item with
the same id, else of the one at the same path of names; an item matched by neither is sent
without an id (created). A body from ``async_from`` bytes on goes through Postman's asynchronous
update (``Prefer: respond-async``) and its task is polled; a body over ``size_limit`` is refused
before anything is sent.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..client import Postman
from ..errors import InvalidArgumentError, NotFoundError, PostmanError
from .diff import load_collection_file, unwrap_collection

__all__ = ["ASYNC_FROM_BYTES", "MAX_COLLECTION_BYTES", "PublishResult", "publish"]

#: Postman's documented limit on a collection body (putCollection: "at most 100 MB").
MAX_COLLECTION_BYTES = 100 * 1024 * 1024
#: From this size on, a PUT goes through the asynchronous update (synchronous PUTs fail at 10 to 20 MB).
ASYNC_FROM_BYTES = 5 * 1024 * 1024


@dataclass
class PublishResult:
    """What :func:`publish` did."""

    action: str  # "created" or "updated"
    collection: str  # the collection's uid
    name: str
    kept_ids: int = 0
    new_items: int = 0
    asynchronous: bool = False
    size: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "collection": self.collection,
            "name": self.name,
            "kept_ids": self.kept_ids,
            "new_items": self.new_items,
            "asynchronous": self.asynchronous,
            "size": self.size,
        }


def _index(items: list[Any], parent: tuple[str, ...] = ()) -> tuple[set[str], dict[tuple[str, ...], str]]:
    ids: set[str] = set()
    paths: dict[tuple[str, ...], str] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        path = (*parent, str(item.get("name", "")))
        if isinstance(item.get("id"), str):
            ids.add(item["id"])
            paths.setdefault(path, item["id"])
        ids.update(r["id"] for r in item.get("response") or [] if isinstance(r, dict) and isinstance(r.get("id"), str))
        if isinstance(item.get("item"), list):
            sub_ids, sub_paths = _index(item["item"], path)
            ids |= sub_ids
            for key, value in sub_paths.items():
                paths.setdefault(key, value)
    return ids, paths


def _assign_ids(
    items: list[Any], ids: set[str], paths: dict[tuple[str, ...], str], counts: list[int], parent: tuple[str, ...] = ()
) -> list[Any]:
    out = []
    for item in items:
        if not isinstance(item, dict):
            out.append(item)
            continue
        item = {k: v for k, v in item.items() if k not in ("uid", "_postman_id")}
        path = (*parent, str(item.get("name", "")))
        own = item.pop("id", None)
        if isinstance(own, str) and own in ids:
            item["id"] = own
        elif path in paths:
            item["id"] = paths[path]
        if "id" in item:
            counts[0] += 1
        else:
            counts[1] += 1
        if isinstance(item.get("response"), list):
            item["response"] = [
                {k: v for k, v in r.items() if k != "uid" and (k != "id" or v in ids)} if isinstance(r, dict) else r
                for r in item["response"]
            ]
        if isinstance(item.get("item"), list):
            item["item"] = _assign_ids(item["item"], ids, paths, counts, path)
        out.append(item)
    return out


def _strip_all_ids(items: list[Any]) -> list[Any]:
    return _assign_ids(items, set(), {}, [0, 0])


def _find_target(pm: Postman, collection: dict[str, Any], workspace: str | None, explicit: str | None) -> str | None:
    if explicit:
        return explicit
    own = collection["info"].get("uid") or collection["info"].get("_postman_id")
    if isinstance(own, str) and own:
        try:
            return str(pm.collections.get_collection(own).to_dict()["collection"]["info"].get("uid") or own)
        except NotFoundError:
            pass
    name = collection["info"].get("name")
    if workspace and isinstance(name, str) and name:
        found = pm.collections.get_collections(workspace=workspace, name=name).to_dict().get("collections") or []
        matches = [c for c in found if c.get("name") == name]
        if len(matches) > 1:
            uids = ", ".join(str(c.get("uid")) for c in matches)
            raise InvalidArgumentError(
                f"{len(matches)} collections are named {name!r} in workspace {workspace}: pass --collection "
                f"with one of {uids}"
            )
        if matches:
            return str(matches[0].get("uid") or matches[0]["id"])
    return None


def publish(
    pm: Postman,
    source: str | Path | dict[str, Any],
    *,
    workspace: str | None = None,
    collection: str | None = None,
    size_limit: int = MAX_COLLECTION_BYTES,
    async_from: int = ASYNC_FROM_BYTES,
    poll_interval: float = 1.0,
    timeout: float = 600.0,
    sleep: Callable[[float], None] = time.sleep,
) -> PublishResult:
    """Create or update a collection from ``source`` (a file path or the collection's data).

    The target is ``collection`` (an id or uid) when given, else the collection of the file's
    own ``_postman_id``/``uid`` when it exists, else the one of the same name in ``workspace``;
    with none found, it is created in ``workspace``.
    """
    data = unwrap_collection(source, "the collection") if isinstance(source, dict) else load_collection_file(source)
    size = len(json.dumps({"collection": data}, separators=(",", ":")).encode("utf-8"))
    if size > size_limit:
        raise InvalidArgumentError(
            f"the collection is {size / 1_048_576:.3g} MB, over the limit of {size_limit / 1_048_576:.3g} MB "
            "Postman accepts for one collection: split it, or move large bodies out of it"
        )
    target = _find_target(pm, data, workspace, collection)
    name = str(data["info"].get("name", ""))
    info = {k: v for k, v in data["info"].items() if k not in ("_postman_id", "uid", "createdAt", "updatedAt")}
    if target is None:
        if not workspace:
            raise InvalidArgumentError(
                f"no collection named {name!r} was found to update: pass --workspace to create it there, or "
                "--collection with the uid of the one to update"
            )
        body = {**data, "info": info, "item": _strip_all_ids(data.get("item") or [])}
        created = pm.collections.create_collection(body={"collection": body}, workspace=workspace).to_dict()
        uid = str((created.get("collection") or {}).get("uid") or "")
        return PublishResult("created", uid, name, new_items=_count_items(body["item"]), size=size)
    remote = pm.collections.get_collection(target).to_dict().get("collection") or {}
    ids, paths = _index(remote.get("item") or [])
    counts = [0, 0]
    body = {**data, "info": info, "item": _assign_ids(data.get("item") or [], ids, paths, counts)}
    asynchronous = size >= async_from
    if asynchronous:
        answer = pm.collections.put_collection(target, body={"collection": body}, prefer="respond-async").to_dict()
        task = (answer.get("task") or {}).get("id")
        if task:
            _wait_for_task(pm, str(task), poll_interval, timeout, sleep)
    else:
        pm.collections.put_collection(target, body={"collection": body})
    uid = str((remote.get("info") or {}).get("uid") or target)
    return PublishResult(
        "updated", uid, name, kept_ids=counts[0], new_items=counts[1], asynchronous=asynchronous, size=size
    )


def _count_items(items: list[Any]) -> int:
    return sum(1 + _count_items(i.get("item") or []) for i in items if isinstance(i, dict))


def _wait_for_task(pm: Postman, task: str, interval: float, timeout: float, sleep: Callable[[float], None]) -> None:
    waited = 0.0
    while True:
        status = str(pm.collections.get_collection_updates_tasks(task).to_dict().get("status") or "")
        if status == "completed":
            return
        if status == "failed":
            raise PostmanError(f"the asynchronous update of the collection failed (task {task})")
        if waited >= timeout:
            raise PostmanError(f"the asynchronous update (task {task}) had not finished after {timeout:g} s: {status}")
        sleep(interval)
        waited += interval
