"""``backup``: a workspace (or every workspace the key sees) to files, one file per resource.

Layout, under the output folder::

    <workspace id>/workspace.json                 id, name, type, about
    <workspace id>/globals.json                   the workspace's global variables
    <workspace id>/collections/<id>.json          Collection Format v2.1, as getCollection gives it
    <workspace id>/environments/<id>.json
    <workspace id>/mocks/<id>.json
    <workspace id>/monitors/<id>.json
    <workspace id>/specs/<id>/spec.json           name, type and the list of files
    <workspace id>/specs/<id>/files/<file path>   each file's content, as it is
    <workspace id>/index.json                     the ``updatedAt`` of each file's resource

Every JSON file is written in one form (sorted keys, two-space indent, final newline), and
fields that change without the resource changing (``createdAt``, ``updatedAt``, ``owner``,
``uid``, a monitor's ``lastRun`` and next run time) are left out: two backups of an unchanged
workspace are byte-identical, and a backup folder in git shows real changes only. Values of
secret variables (type ``secret``) are left out unless ``include_secrets=True``.

Incremental and resumable: ``index.json`` records, for each file, the ``updatedAt`` of the
version it holds. A file is replaced atomically, then its entry is written (atomically too),
so the index never claims a version a file does not hold. A resource whose file exists and
whose index entry is its current ``updatedAt`` is not fetched again: a backup stopped at any
point (Ctrl-C, a crash, a spent quota) continues where it stopped, a second backup fetches only
what changed, and so does the first backup into a folder cloned from git, which keeps the
index but not modification times. The index is deterministic (sorted, only the resources
that exist), so an unchanged workspace still backs up byte-identical. A folder written before
the index existed is read by its files' modification times once (they were the resource's
``updatedAt``). (Monitors and global variables carry no ``updatedAt`` in their listings and
are always read.) Files of resources deleted from the workspace are removed once a backup
completes.

The fetches run in a thread pool sharing the one client, whose rate limiter paces them.
The API key appears in no path, file or log line: folders and files are named by ids.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..client import Postman
from ..errors import InvalidArgumentError, NotFoundError
from ._files import dumps, read_json, safe_name, safe_relative, timestamp_ns, write_atomic
from ._specs import spec_files

__all__ = ["BackupProgress", "BackupResult", "backup", "is_secret", "strip_volatile"]

#: Fields that change without the resource changing; left out of backup files.
VOLATILE = frozenset({"createdAt", "updatedAt", "owner", "uid", "lastUpdatedBy", "createdBy", "updatedBy"})
KINDS = ("collections", "environments", "mocks", "monitors", "specs")
INDEX = "index.json"


@dataclass(frozen=True)
class BackupProgress:
    """What a backup reports to its ``progress`` callback.

    ``kind`` is ``"plan"`` once per workspace, when it knows how many resources it will fetch
    (``total``) and how many are unchanged (``skipped``), then ``"fetched"`` after each one.
    """

    kind: str
    workspace: str
    total: int = 0
    skipped: int = 0
    path: str = ""


@dataclass
class BackupResult:
    """What a backup did: the workspaces, and the files fetched, skipped as unchanged and removed."""

    out: Path
    workspaces: list[str] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": str(self.out),
            "workspaces": self.workspaces,
            "fetched": sorted(self.fetched),
            "skipped": sorted(self.skipped),
            "removed": sorted(self.removed),
        }


def is_secret(variable: dict[str, Any]) -> bool:
    """Whether an environment or global variable is a secret one."""
    return variable.get("type") == "secret" or variable.get("secret") is True


def _variables(values: Iterable[dict[str, Any]], include_secrets: bool) -> list[dict[str, Any]]:
    kept = []
    for variable in values:
        entry = dict(variable)
        if is_secret(entry) and not include_secrets:
            entry.pop("value", None)
        kept.append(entry)
    return kept


def strip_volatile(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the fields of :data:`VOLATILE` (top level only)."""
    return {key: value for key, value in data.items() if key not in VOLATILE}


def _strip_items(items: list[Any]) -> list[Any]:
    cleaned = []
    for item in items:
        if isinstance(item, dict):
            item = {key: value for key, value in item.items() if key != "uid"}
            if isinstance(item.get("item"), list):
                item["item"] = _strip_items(item["item"])
            if isinstance(item.get("response"), list):
                item["response"] = _strip_items(item["response"])
        cleaned.append(item)
    return cleaned


def collection_file(collection: dict[str, Any]) -> dict[str, Any]:
    """The backup form of a ``getCollection`` body's ``collection``."""
    data = dict(collection)
    data["info"] = strip_volatile(data.get("info") or {})
    if isinstance(data.get("item"), list):
        data["item"] = _strip_items(data["item"])
    return {"collection": data}


class _Job:
    def __init__(
        self,
        pm: Postman,
        out: Path,
        include_secrets: bool,
        workers: int,
        progress: Callable[[BackupProgress], None] | None,
    ) -> None:
        self.pm, self.out, self.include_secrets, self.workers = pm, out, include_secrets, workers
        self.progress = progress
        self.result = BackupResult(out=out)
        self.lock = threading.Lock()

    def report(self, event: BackupProgress) -> None:
        if self.progress is not None:
            self.progress(event)

    def run(self, workspace_id: str) -> None:
        ws_dir = self.out / safe_name(workspace_id, "workspace id")
        info = self.pm.workspaces.get_workspace(workspace_id).to_dict().get("workspace") or {}
        write_atomic(
            ws_dir / "workspace.json",
            dumps({key: info[key] for key in ("id", "name", "type", "about") if key in info}),
        )
        tasks: list[tuple[str, Callable[[], None]]] = []
        keep: set[str] = set()
        skipped: list[str] = []
        index = _Index(ws_dir / INDEX, self.lock)

        def plan(relative: str, updated_at: str | None, fetch: Callable[[], None]) -> None:
            keep.add(relative)
            target = ws_dir / relative
            if updated_at and target.exists() and index.holds(relative, updated_at, target):
                skipped.append(f"{workspace_id}/{relative}")
            elif updated_at:
                tasks.append((relative, _then_record(fetch, index, relative, updated_at)))
            else:
                tasks.append((relative, fetch))

        for entry in self.pm.paginate(self.pm.collections.get_collections, workspace=workspace_id, limit=100):
            data = entry.to_dict()
            cid = safe_name(str(data["id"]), "collection id")
            plan(f"collections/{cid}.json", data.get("updatedAt"), self._collection(ws_dir, cid, data.get("updatedAt")))
        for entry in self.pm.environments.get_environments(workspace=workspace_id).environments or []:
            data = entry.to_dict()
            eid = safe_name(str(data["id"]), "environment id")
            plan(
                f"environments/{eid}.json", data.get("updatedAt"), self._environment(ws_dir, eid, data.get("updatedAt"))
            )
        for entry in self.pm.mocks.get_mocks(workspace=workspace_id).mocks or []:
            data = entry.to_dict()  # the listing holds the whole mock: nothing to fetch
            mid = safe_name(str(data["id"]), "mock id")
            keep.add(f"mocks/{mid}.json")
            write_atomic(ws_dir / "mocks" / f"{mid}.json", dumps(strip_volatile(data)))
        for entry in self.pm.paginate(self.pm.monitors.get_monitors, workspace=workspace_id):
            data = entry.to_dict()
            mid = safe_name(str(data["id"]), "monitor id")
            plan(f"monitors/{mid}.json", None, self._monitor(ws_dir, mid))
        for entry in self.pm.paginate(self.pm.specs.get_all_specs, workspace_id=workspace_id):
            data = entry.to_dict()
            sid = safe_name(str(data["id"]), "spec id")
            plan(f"specs/{sid}/spec.json", data.get("updatedAt"), self._spec(ws_dir, sid, data))
        plan("globals.json", None, self._globals(ws_dir, workspace_id))

        self.result.skipped.extend(skipped)
        self.report(BackupProgress("plan", workspace_id, total=len(tasks), skipped=len(skipped)))
        self._run_all(workspace_id, tasks)
        self._remove_deleted(ws_dir, workspace_id, keep)
        index.keep_only(keep)

    def _run_all(self, workspace_id: str, tasks: list[tuple[str, Callable[[], None]]]) -> None:
        stop = threading.Event()

        def one(relative: str, fetch: Callable[[], None]) -> None:
            if stop.is_set():
                return  # another fetch failed (a spent quota, say): start nothing more
            try:
                fetch()
            except NotFoundError:
                return  # deleted since it was listed: nothing to back up
            except BaseException:
                stop.set()
                raise
            with self.lock:
                self.result.fetched.append(f"{workspace_id}/{relative}")
            self.report(BackupProgress("fetched", workspace_id, path=f"{workspace_id}/{relative}"))

        pool = ThreadPoolExecutor(max_workers=max(1, self.workers), thread_name_prefix="postman-backup")
        try:
            futures: list[Future[None]] = [pool.submit(one, relative, fetch) for relative, fetch in tasks]
            done, _ = wait(futures, return_when=FIRST_EXCEPTION)
            for future in done:
                error = future.exception()
                if error is not None:
                    raise error
        finally:
            # On an error or Ctrl-C, nothing more starts; what is running finishes its file.
            pool.shutdown(wait=True, cancel_futures=True)

    def _remove_deleted(self, ws_dir: Path, workspace_id: str, keep: set[str]) -> None:
        for kind in KINDS:
            folder = ws_dir / kind
            if not folder.is_dir():
                continue
            for child in sorted(folder.iterdir()):
                relative = f"{kind}/{child.name}" if kind != "specs" else f"specs/{child.name}/spec.json"
                if child.name.startswith(".tmp-"):
                    child.unlink()  # left by a backup that was killed while writing
                elif relative not in keep:
                    if child.is_dir():
                        shutil.rmtree(child)
                    else:
                        child.unlink()
                    self.result.removed.append(f"{workspace_id}/{kind}/{child.name}")

    # --------------------------------------------------------------- fetchers

    def _collection(self, ws_dir: Path, cid: str, updated_at: str | None) -> Callable[[], None]:
        def fetch() -> None:
            body = self.pm.collections.get_collection(cid).to_dict().get("collection") or {}
            write_atomic(ws_dir / "collections" / f"{cid}.json", dumps(collection_file(body)), mtime_ns=_ns(updated_at))

        return fetch

    def _environment(self, ws_dir: Path, eid: str, updated_at: str | None) -> Callable[[], None]:
        def fetch() -> None:
            env = strip_volatile(self.pm.environments.get_environment(eid).to_dict().get("environment") or {})
            env["values"] = _variables(env.get("values") or [], self.include_secrets)
            write_atomic(ws_dir / "environments" / f"{eid}.json", dumps({"environment": env}), mtime_ns=_ns(updated_at))

        return fetch

    def _monitor(self, ws_dir: Path, mid: str) -> Callable[[], None]:
        def fetch() -> None:
            monitor = strip_volatile(self.pm.monitors.get_monitor(mid).to_dict().get("monitor") or {})
            monitor.pop("lastRun", None)
            monitor.pop("jobId", None)
            if isinstance(monitor.get("schedule"), dict):
                monitor["schedule"] = {k: v for k, v in monitor["schedule"].items() if k != "nextRun"}
            write_atomic(ws_dir / "monitors" / f"{mid}.json", dumps({"monitor": monitor}))

        return fetch

    def _spec(self, ws_dir: Path, sid: str, listed: dict[str, Any]) -> Callable[[], None]:
        def fetch() -> None:
            folder = ws_dir / "specs" / sid
            files = []
            for entry in self._spec_files(sid):
                path = str(entry.get("path", ""))
                safe_relative(path, f"file path of spec {sid}")
                content = self.pm.specs.get_spec_file(sid, path).to_dict().get("content") or ""
                write_atomic(folder / "files" / path, content.encode("utf-8"))
                files.append({key: entry[key] for key in ("path", "type") if key in entry})
            files.sort(key=lambda f: str(f["path"]))
            spec: dict[str, Any] = {key: listed[key] for key in ("id", "name", "type") if key in listed}
            spec["files"] = files
            _remove_stale_files(folder / "files", {f["path"] for f in files})
            write_atomic(folder / "spec.json", dumps({"spec": spec}), mtime_ns=_ns(listed.get("updatedAt")))

        return fetch

    def _spec_files(self, sid: str) -> list[dict[str, Any]]:
        return spec_files(self.pm, sid)

    def _globals(self, ws_dir: Path, workspace_id: str) -> Callable[[], None]:
        def fetch() -> None:
            values = self.pm.workspaces.get_workspace_global_variables(workspace_id).to_dict().get("values") or []
            write_atomic(ws_dir / "globals.json", dumps({"values": _variables(values, self.include_secrets)}))

        return fetch


class _Index:
    """``index.json``: the ``updatedAt`` of the version each file holds, kept in the backup so git keeps it."""

    def __init__(self, path: Path, lock: threading.Lock) -> None:
        self.path, self.lock = path, lock
        data = read_json(path) if path.is_file() else {}
        entries = data.get("updatedAt") if isinstance(data, dict) else None
        self.entries: dict[str, str] = {str(k): str(v) for k, v in (entries or {}).items() if isinstance(v, str)}

    def holds(self, relative: str, updated_at: str, target: Path) -> bool:
        """Whether the file ``target`` holds the version updated at ``updated_at``."""
        recorded = self.entries.get(relative)
        if recorded is not None:
            return recorded == updated_at
        # A folder backed up before the index existed: its files' modification times say it.
        if target.stat().st_mtime_ns == timestamp_ns(updated_at):
            self.entries[relative] = updated_at
            return True
        return False

    def record(self, relative: str, updated_at: str) -> None:
        """After the file was written: it holds the version ``updated_at``."""
        with self.lock:
            self.entries[relative] = updated_at
            self._write()

    def keep_only(self, keep: set[str]) -> None:
        """Once the backup completed: entries of the resources that exist only."""
        with self.lock:
            self.entries = {k: v for k, v in self.entries.items() if k in keep}
            self._write()

    def _write(self) -> None:
        write_atomic(self.path, dumps({"updatedAt": self.entries}))


def _then_record(fetch: Callable[[], None], index: _Index, relative: str, updated_at: str) -> Callable[[], None]:
    def fetch_and_record() -> None:
        fetch()
        index.record(relative, updated_at)

    return fetch_and_record


def _ns(updated_at: str | None) -> int | None:
    return timestamp_ns(updated_at) if updated_at else None


def _remove_stale_files(folder: Path, keep: set[str]) -> None:
    if not folder.is_dir():
        return
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            if path.relative_to(folder).as_posix() not in keep:
                path.unlink()


def workspace_ids(pm: Postman) -> list[str]:
    """The ids of every workspace the key sees."""
    return [str(ws.id) for ws in pm.paginate(pm.workspaces.get_workspaces)]


def backup(
    pm: Postman,
    out: str | os.PathLike[str],
    *,
    workspace: str | None = None,
    include_secrets: bool = False,
    workers: int = 8,
    progress: Callable[[BackupProgress], None] | None = None,
) -> BackupResult:
    """Back up ``workspace`` (or every workspace the key sees) into the folder ``out``.

    See the module's documentation for the layout and for how the backup is deterministic,
    incremental and resumable. ``workers`` fetches run at once, paced by the client's rate
    limiter. A :class:`~postman_ext.QuotaExceededError` (monthly allowance spent) stops the
    backup at once, with every file written so far kept: run it again once the allowance allows.
    """
    if workers < 1:
        raise InvalidArgumentError(f"workers={workers!r}: a backup needs at least one worker")
    target = Path(out)
    if target.exists() and not target.is_dir():
        raise InvalidArgumentError(f"the backup folder {str(target)!r} is a file: name a folder")
    job = _Job(pm, target, include_secrets, workers, progress)
    ids = [workspace] if workspace else workspace_ids(pm)
    for workspace_id in ids:
        job.result.workspaces.append(workspace_id)
        job.run(workspace_id)
    return job.result
