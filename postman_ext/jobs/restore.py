"""``restore``: recreate a backup (see :mod:`postman_ext.jobs.backup`) in a workspace.

The target may be the same workspace or another one, of another team, key or region (the
client decides which). A mapping file records, for every resource and collection item created,
its id in the backup and its id in the target; a second restore with the same mapping file
updates what it created instead of creating it again, and keeps item ids, so forks, pull
requests and comments stay attached. The mapping is saved after every resource, so a restore
that stopped continues without duplicates.

What a second run does: everything it created before is updated in place. Collections and
environments get a PUT (with the mapped item ids), mocks and monitors a PUT of their settings
(a monitor's collection and environment cannot change), specs their name and files (changed
files patched, new ones added, files no longer in the backup deleted); global variables are
replaced. ``dry_run`` lists those updates in its plan.
A secret variable whose value the backup left out keeps the target's current value, or is
created empty.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..client import Postman
from ..errors import InvalidArgumentError, NotFoundError
from ._files import dumps, read_json, safe_relative, write_atomic
from ._specs import spec_files
from .backup import is_secret

__all__ = ["RestoreResult", "RestoreStep", "find_workspace_folder", "restore"]

MAPPING_KINDS = ("workspaces", "collections", "environments", "mocks", "monitors", "specs", "items", "uids")


@dataclass(frozen=True)
class RestoreStep:
    """One action of a restore: ``create`` or ``update`` a resource."""

    action: str
    kind: str
    name: str
    source_id: str
    target_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "kind": self.kind,
            "name": self.name,
            "source_id": self.source_id,
            "target_id": self.target_id,
        }


@dataclass
class RestoreResult:
    """The steps of a restore (planned only, with ``dry_run``), and where the mapping is."""

    workspace: str
    mapping_file: Path
    dry_run: bool
    steps: list[RestoreStep] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "workspace": self.workspace,
            "mapping_file": str(self.mapping_file),
            "dry_run": self.dry_run,
            "steps": [step.to_dict() for step in self.steps],
        }


def find_workspace_folder(source: Path) -> Path:
    """The folder holding ``workspace.json``: ``source`` itself, or its only workspace folder."""
    if (source / "workspace.json").is_file():
        return source
    candidates = sorted(p for p in source.iterdir() if (p / "workspace.json").is_file()) if source.is_dir() else []
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise InvalidArgumentError(f"{str(source)!r} holds no backup: no workspace.json in it or in a folder of it")
    names = ", ".join(p.name for p in candidates)
    raise InvalidArgumentError(f"{str(source)!r} holds backups of several workspaces ({names}): name one of them")


def _load_mapping(path: Path) -> dict[str, dict[str, str]]:
    mapping: dict[str, dict[str, str]] = {kind: {} for kind in MAPPING_KINDS}
    if path.exists():
        data = read_json(path)
        for kind in MAPPING_KINDS:
            mapping[kind].update(data.get(kind) or {})
    return mapping


def _strip_ids(items: list[Any], mapping: dict[str, str]) -> list[Any]:
    """Items with their ids replaced by the mapped target ids (or removed where there is none)."""
    out = []
    for item in items:
        if isinstance(item, dict):
            item = dict(item)
            for key in ("uid", "_postman_id"):
                item.pop(key, None)
            old = item.pop("id", None)
            if isinstance(old, str) and old in mapping:
                item["id"] = mapping[old]
            if isinstance(item.get("item"), list):
                item["item"] = _strip_ids(item["item"], mapping)
            if isinstance(item.get("response"), list):
                item["response"] = _strip_ids(item["response"], mapping)
        out.append(item)
    return out


def _pair_items(old: list[Any], new: list[Any]) -> Iterator[tuple[str, str]]:
    """(backup id, target id) of items at the same place in two trees of the same shape."""
    for a, b in zip(old, new, strict=False):
        if not (isinstance(a, dict) and isinstance(b, dict)):
            continue
        if isinstance(a.get("id"), str) and isinstance(b.get("id"), str):
            yield a["id"], b["id"]
        for key in ("item", "response"):
            if isinstance(a.get(key), list) and isinstance(b.get(key), list):
                yield from _pair_items(a[key], b[key])


def _merge_secrets(values: list[dict[str, Any]], current: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill the secret values the backup left out from the target's current ones, else empty."""
    existing = {v.get("key"): v for v in current}
    merged = []
    for variable in values:
        variable = dict(variable)
        if is_secret(variable) and "value" not in variable:
            variable["value"] = existing.get(variable.get("key"), {}).get("value", "")
        merged.append(variable)
    return merged


def _ids(answer: dict[str, Any], key: str) -> tuple[str, str]:
    """The id and uid of what a create call answered (``{"collection": {"id", "uid"}}``)."""
    created = answer.get(key) or {}
    if not created.get("id"):
        raise InvalidArgumentError(f"the server's answer to creating a {key} holds no id: {answer!r}")
    return str(created["id"]), str(created.get("uid") or created["id"])


class _Restore:
    def __init__(
        self,
        pm: Postman,
        folder: Path,
        workspace: str,
        mapping_file: Path,
        dry_run: bool,
        progress: Callable[[RestoreStep], None] | None,
    ) -> None:
        self.pm, self.folder, self.workspace, self.dry_run, self.progress = pm, folder, workspace, dry_run, progress
        self.result = RestoreResult(workspace=workspace, mapping_file=mapping_file, dry_run=dry_run)
        self.mapping = _load_mapping(mapping_file)
        self.existing: dict[str, set[str]] = {}

    def save(self) -> None:
        if not self.dry_run:
            write_atomic(self.result.mapping_file, dumps(self.mapping))

    def step(self, action: str, kind: str, name: str, source_id: str, target_id: str | None) -> None:
        step = RestoreStep(action, kind, name, source_id, target_id)
        self.result.steps.append(step)
        if self.progress is not None:
            self.progress(step)

    def files(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        folder = self.folder / kind
        if kind == "specs":
            paths = sorted(folder.glob("*/spec.json")) if folder.is_dir() else []
        else:
            paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
        return [(p.parent.name if kind == "specs" else p.stem, read_json(p)) for p in paths]

    def target(self, kind: str, source_id: str) -> str | None:
        """The mapped id of a resource, when it still exists in the target workspace."""
        mapped = self.mapping[kind].get(source_id)
        return mapped if mapped is not None and mapped in self.existing[kind] else None

    def list_target(self) -> None:
        pm, ws = self.pm, self.workspace
        self.existing = {
            "collections": {str(c.id) for c in pm.paginate(pm.collections.get_collections, workspace=ws, limit=100)},
            "environments": {str(e.id) for e in pm.environments.get_environments(workspace=ws).environments or []},
            "mocks": {str(m.id) for m in pm.mocks.get_mocks(workspace=ws).mocks or []},
            "monitors": {str(m.id) for m in pm.paginate(pm.monitors.get_monitors, workspace=ws)},
            "specs": {str(s.id) for s in pm.paginate(pm.specs.get_all_specs, workspace_id=ws)},
        }

    # --------------------------------------------------------------- kinds

    def collections(self) -> None:
        for source_id, data in self.files("collections"):
            collection = data["collection"]
            name = str(collection.get("info", {}).get("name", ""))
            target = self.target("collections", source_id)
            if self.dry_run:
                self.step("update" if target else "create", "collections", name, source_id, target)
                continue
            action = "update" if target else "create"
            body = dict(collection)
            body["info"] = {k: v for k, v in (collection.get("info") or {}).items() if k != "_postman_id"}
            body["item"] = _strip_ids(collection.get("item") or [], self.mapping["items"])
            if target:
                self.pm.collections.put_collection(target, body={"collection": body})
                uid = self.mapping["uids"].get(f"collections:{source_id}", target)
            else:
                created = self.pm.collections.create_collection(body={"collection": body}, workspace=self.workspace)
                target, uid = _ids(created.to_dict(), "collection")
            # Saved before reading it back: a restore stopped between the two updates it, not duplicates it.
            self.mapping["collections"][source_id] = target
            self.mapping["uids"][f"collections:{source_id}"] = uid
            self.save()
            fresh = self.pm.collections.get_collection(target).to_dict().get("collection") or {}
            self.mapping["items"].update(_pair_items(collection.get("item") or [], fresh.get("item") or []))
            self.save()
            self.step(action, "collections", name, source_id, target)

    def environments(self) -> None:
        for source_id, data in self.files("environments"):
            env = data["environment"]
            name = str(env.get("name", ""))
            target = self.target("environments", source_id)
            if self.dry_run:
                self.step("update" if target else "create", "environments", name, source_id, target)
                continue
            current: list[dict[str, Any]] = []
            if target:
                current = (
                    self.pm.environments.get_environment(target).to_dict().get("environment", {}).get("values") or []
                )
            body = {"name": name, "values": _merge_secrets(env.get("values") or [], current)}
            if target:
                self.pm.environments.put_environment(target, body={"environment": body})
                uid = self.mapping["uids"].get(f"environments:{source_id}", target)
                action = "update"
            else:
                created = self.pm.environments.create_environment(body={"environment": body}, workspace=self.workspace)
                (target, uid), action = _ids(created.to_dict(), "environment"), "create"
            self.mapping["environments"][source_id] = target
            self.mapping["uids"][f"environments:{source_id}"] = uid
            self.save()
            self.step(action, "environments", name, source_id, target)

    def _uid_of(self, kind: str, reference: Any) -> Any:
        """The target uid of a backup reference to a collection or environment (a uid or an id)."""
        if not isinstance(reference, str) or not reference:
            return reference
        for source_id in self.mapping[kind]:
            if reference == source_id or reference.endswith("-" + source_id):
                return self.mapping["uids"].get(f"{kind}:{source_id}", self.mapping[kind][source_id])
        return reference

    def mocks(self) -> None:
        for source_id, data in self.files("mocks"):
            name = str(data.get("name", ""))
            target = self.target("mocks", source_id)
            if self.dry_run:
                self.step("update" if target else "create", "mocks", name, source_id, target)
                continue
            mock = {
                "name": name,
                "collection": self._uid_of("collections", data.get("collection")),
                "private": not data.get("isPublic", False),
            }
            if data.get("environment"):
                mock["environment"] = self._uid_of("environments", data["environment"])
            if target:
                self.pm.mocks.update_mock(target, body={"mock": mock})
                self.step("update", "mocks", name, source_id, target)
                continue
            created = self.pm.mocks.create_mock(body={"mock": mock}, workspace=self.workspace)
            new_id = _ids(created.to_dict(), "mock")[0]
            self.mapping["mocks"][source_id] = new_id
            self.save()
            self.step("create", "mocks", name, source_id, new_id)

    def monitors(self) -> None:
        for source_id, data in self.files("monitors"):
            monitor = data["monitor"]
            name = str(monitor.get("name", ""))
            target = self.target("monitors", source_id)
            if self.dry_run:
                self.step("update" if target else "create", "monitors", name, source_id, target)
                continue
            body: dict[str, Any] = {
                "name": name,
                "schedule": {k: v for k, v in (monitor.get("schedule") or {}).items() if k in ("cron", "timezone")},
            }
            for key in ("options", "active", "notifications", "distribution", "retry", "notificationLimit"):
                if key in monitor:
                    body[key] = monitor[key]
            if target:
                # A monitor's collection and environment cannot change: the rest is updated in place.
                self.pm.monitors.update_monitor(target, body={"monitor": body})
                self.step("update", "monitors", name, source_id, target)
                continue
            body["collection"] = self._uid_of("collections", monitor.get("collectionUid"))
            if monitor.get("environmentUid"):
                body["environment"] = self._uid_of("environments", monitor["environmentUid"])
            created = self.pm.monitors.create_monitor(body={"monitor": body}, workspace=self.workspace)
            new_id = _ids(created.to_dict(), "monitor")[0]
            self.mapping["monitors"][source_id] = new_id
            self.save()
            self.step("create", "monitors", name, source_id, new_id)

    def _spec_file_contents(self, source_id: str, spec: dict[str, Any]) -> list[dict[str, Any]]:
        files = []
        for entry in spec.get("files") or []:
            path = str(entry["path"])
            content = (self.folder / "specs" / source_id / "files" / safe_relative(path, "spec file path")).read_text(
                encoding="utf-8"
            )
            files.append({"path": path, "content": content, **({"type": entry["type"]} if "type" in entry else {})})
        return files

    def specs(self) -> None:
        for source_id, data in self.files("specs"):
            spec = data["spec"]
            name = str(spec.get("name", ""))
            target = self.target("specs", source_id)
            if self.dry_run:
                self.step("update" if target else "create", "specs", name, source_id, target)
                continue
            files = self._spec_file_contents(source_id, spec)
            if target:
                self._update_spec(target, name, files)
                self.step("update", "specs", name, source_id, target)
                continue
            created = self.pm.specs.create_spec(
                body={"name": name, "type": spec["type"], "files": files}, workspace_id=self.workspace
            )
            self.mapping["specs"][source_id] = str(created.id)
            self.save()
            self.step("create", "specs", name, source_id, str(created.id))

    def _update_spec(self, target: str, name: str, files: list[dict[str, Any]]) -> None:
        """The spec's name and files made those of the backup: files changed, added, retyped, removed."""
        self.pm.specs.update_spec_properties(target, body={"name": name})
        current = {str(f.get("path")): f for f in spec_files(self.pm, target)}
        for entry in files:
            path = entry["path"]
            if path in current:
                self.pm.specs.update_spec_file(target, path, body={"content": entry["content"]})
            else:
                self.pm.specs.create_spec_file(target, body={"path": path, "content": entry["content"]})
            # One property per PATCH: the type after the contents. A new file starts as DEFAULT.
            was = current[path].get("type") if path in current else "DEFAULT"
            if "type" in entry and entry["type"] != was:
                self.pm.specs.update_spec_file(target, path, body={"type": entry["type"]})
        wanted = {entry["path"] for entry in files}
        for path in sorted(set(current) - wanted):
            self.pm.specs.delete_spec_file(target, path)

    def globals(self) -> None:
        path = self.folder / "globals.json"
        if not path.is_file():
            return
        values = read_json(path).get("values") or []
        if self.dry_run:
            self.step("update", "globals", f"{len(values)} variables", "globals", self.workspace)
            return
        current = self.pm.workspaces.get_workspace_global_variables(self.workspace).to_dict().get("values") or []
        self.pm.workspaces.update_workspace_global_variables(
            self.workspace, body={"values": _merge_secrets(values, current)}
        )
        self.step("update", "globals", f"{len(values)} variables", "globals", self.workspace)


def restore(
    pm: Postman,
    source: str | os.PathLike[str],
    *,
    workspace: str,
    mapping_file: str | os.PathLike[str] | None = None,
    dry_run: bool = False,
    progress: Callable[[RestoreStep], None] | None = None,
) -> RestoreResult:
    """Recreate the backup in ``source`` (a workspace's folder, or a backup folder holding one) in ``workspace``.

    ``mapping_file`` (default: ``restore-<workspace>.map.json`` next to the workspace's folder)
    records which target id each backup id became; with ``dry_run`` nothing is written or
    sent except reads, and the result's steps are the plan.
    """
    folder = find_workspace_folder(Path(source))
    if not workspace or not workspace.strip():
        raise InvalidArgumentError("workspace is empty: name the workspace to restore into (its id)")
    mapping_path = Path(mapping_file) if mapping_file else folder.parent / f"restore-{workspace}.map.json"
    job = _Restore(pm, folder, workspace, mapping_path, dry_run, progress)
    try:
        job.list_target()
    except NotFoundError as error:
        raise InvalidArgumentError(f"workspace {workspace!r} was not found with this key: {error}") from error
    source_ws = read_json(folder / "workspace.json").get("id")
    if isinstance(source_ws, str):
        job.mapping["workspaces"][source_ws] = workspace
    job.collections()
    job.environments()
    job.mocks()
    job.monitors()
    job.specs()
    job.globals()
    job.save()
    return job.result
