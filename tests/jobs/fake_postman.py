"""A stateful fake of the Postman API for the jobs: a real HTTP server on 127.0.0.1.

Workspaces hold collections (with items), environments, mocks, monitors, specs (with files)
and global variables, all in memory. Answers have the shapes of our spec (spec/paths/*.yaml),
so the client reads them typed. Every answer carries Postman's rate-limit headers
(``X-RateLimit-Limit``/``-Remaining``/``-Reset``, ``RateLimit-Policy``, and the monthly
``X-RateLimit-Limit-Month``/``-Remaining-Month``); past the window's limit the answer is a 429
``rateLimited`` with ``Retry-After``, past the monthly allowance a 429 ``serviceLimitExhausted``.
``latency`` delays every answer (the server is threaded, so concurrent requests overlap).

    with FakePostman(latency=0.3, rate_limit=300, window=60) as api:
        ws = api.add_workspace("Team APIs")
        api.add_collection(ws, {"info": {"name": "Orders"}, "item": [...]})
        ... Postman(api_key=FAKE_KEY, base_url=api.url) ...
        api.requests            # every (method, path) served
        api.rate_limited        # how many 429 rateLimited answers it gave

Ids are deterministic (a counter), and so are timestamps (a logical clock that moves one
second per change), so two runs that make the same changes see the same data.
"""

from __future__ import annotations

import copy
import json
import math
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAKE_KEY = "PMAK-0123456789abcdef01234567-fake"
OWNER = "12345678"
SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
_EPOCH = datetime(2024, 1, 1, tzinfo=timezone.utc)


class ApiError(Exception):
    def __init__(self, status: int, name: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.name, self.message, self.headers = status, name, message, headers or {}


@dataclass
class Workspace:
    id: str
    name: str
    type: str = "team"
    about: str = ""
    collections: dict[str, dict[str, Any]] = field(default_factory=dict)
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    mocks: dict[str, dict[str, Any]] = field(default_factory=dict)
    monitors: dict[str, dict[str, Any]] = field(default_factory=dict)
    specs: dict[str, dict[str, Any]] = field(default_factory=dict)
    globals: list[dict[str, Any]] = field(default_factory=list)


class FakePostman:
    """The server and its state; see the module docstring."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        rate_limit: int = 1_000_000,
        window: float = 60.0,
        monthly_limit: int | None = None,
        monthly_usage: int = 0,
        max_body: int = 100 * 1024 * 1024,
        api_key: str = FAKE_KEY,
    ) -> None:
        self.latency, self.rate_limit, self.window = latency, rate_limit, window
        self.monthly_limit, self.monthly_usage, self.max_body = monthly_limit, monthly_usage, max_body
        self.api_key = api_key
        self.spec_files_page = 100  # files per page of GET /specs/{id}/files (cursor pages)
        self.workspaces: dict[str, Workspace] = {}
        self.monitor_outcomes: dict[str, str] = {}  # monitor id -> "success" / "failed"
        self.requests: list[tuple[str, str]] = []
        self.rate_limited = 0
        self.quota_refused = 0
        self.lock = threading.RLock()
        self._ids = 0
        self._clock = 0
        self._window_used: dict[float, int] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    # ------------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakePostman:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------------ seeding (also used by the handlers)

    def new_id(self) -> str:
        with self.lock:
            self._ids += 1
            n = self._ids
        return f"{n:08x}-0000-4000-8000-{n:012x}"

    def now(self) -> str:
        with self.lock:
            self._clock += 1
            moment = _EPOCH + timedelta(seconds=self._clock)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def add_workspace(self, name: str, type_: str = "team", about: str = "") -> str:
        ws = Workspace(self.new_id(), name, type_, about)
        self.workspaces[ws.id] = ws
        return ws.id

    def add_collection(self, workspace: str, collection: dict[str, Any]) -> str:
        """Store a collection (``{"info": ..., "item": [...]}``) with fresh ids; return its id."""
        cid = self.new_id()
        stamp = self.now()
        body = copy.deepcopy(collection)
        info = body.setdefault("info", {})
        for volatile in ("_postman_id", "uid", "createdAt", "updatedAt", "lastUpdatedBy"):
            info.pop(volatile, None)
        info.setdefault("schema", SCHEMA)
        body["item"] = [self._fresh_item(item, keep=set()) for item in body.get("item", [])]
        self.workspaces[workspace].collections[cid] = {"id": cid, "body": body, "createdAt": stamp, "updatedAt": stamp}
        return cid

    def add_environment(self, workspace: str, name: str, values: list[dict[str, Any]]) -> str:
        eid, stamp = self.new_id(), self.now()
        self.workspaces[workspace].environments[eid] = {
            "id": eid,
            "name": name,
            "values": copy.deepcopy(values),
            "createdAt": stamp,
            "updatedAt": stamp,
        }
        return eid

    def add_mock(self, workspace: str, name: str, collection_uid: str, environment_uid: str = "") -> str:
        mid, stamp = self.new_id(), self.now()
        self.workspaces[workspace].mocks[mid] = {
            "id": mid,
            "name": name,
            "collection": collection_uid,
            "environment": environment_uid,
            "isPublic": False,
            "createdAt": stamp,
            "updatedAt": stamp,
        }
        return mid

    def add_monitor(
        self, workspace: str, name: str, collection_uid: str, environment_uid: str = "", cron: str = "0 0 * * *"
    ) -> str:
        mid = self.new_id()
        self.workspaces[workspace].monitors[mid] = {
            "id": mid,
            "name": name,
            "active": True,
            "collectionUid": collection_uid,
            "environmentUid": environment_uid,
            "schedule": {"cron": cron, "timezone": "UTC"},
            "options": {"followRedirects": True, "strictSSL": True, "requestTimeout": 5000, "requestDelay": 1},
        }
        return mid

    def add_spec(self, workspace: str, name: str, type_: str, files: list[dict[str, Any]]) -> str:
        sid, stamp = self.new_id(), self.now()
        stored = [
            {
                "id": self.new_id(),
                "path": f["path"],
                "content": f["content"],
                "type": f.get("type", "DEFAULT"),
                "createdAt": stamp,
                "updatedAt": stamp,
            }
            for f in files
        ]
        self.workspaces[workspace].specs[sid] = {
            "id": sid,
            "name": name,
            "type": type_,
            "files": stored,
            "createdAt": stamp,
            "updatedAt": stamp,
        }
        return sid

    def uid(self, resource_id: str) -> str:
        return f"{OWNER}-{resource_id}"

    def count(self, method: str, pattern: str) -> int:
        """How many requests matched ``method`` and the regular expression ``pattern`` (on the path)."""
        return sum(1 for m, p in self.requests if m == method and re.fullmatch(pattern, p.split("?", 1)[0]))

    # ------------------------------------------------------------------ helpers

    def _fresh_item(self, item: dict[str, Any], keep: set[str]) -> dict[str, Any]:
        item = dict(item)
        item.pop("uid", None)
        if item.get("id") not in keep:
            item["id"] = self.new_id()
        item.pop("_postman_id", None)
        if "item" in item:
            item["item"] = [self._fresh_item(child, keep) for child in item["item"]]
        if "response" in item:
            item["response"] = [
                {**{k: v for k, v in r.items() if k != "uid"}, "id": r["id"] if r.get("id") in keep else self.new_id()}
                for r in item["response"]
            ]
        return item

    def _item_ids(self, items: list[dict[str, Any]]) -> set[str]:
        found: set[str] = set()
        for item in items:
            if "id" in item:
                found.add(item["id"])
            found |= {r["id"] for r in item.get("response", []) if "id" in r}
            found |= self._item_ids(item.get("item", []))
        return found

    def _with_uids(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for item in items:
            item = dict(item)
            item["uid"] = self.uid(item["id"])
            if "item" in item:
                item["item"] = self._with_uids(item["item"])
            if "response" in item:
                item["response"] = [{**r, "uid": self.uid(r["id"])} for r in item["response"]]
            out.append(item)
        return out

    def _find(self, kind: str, ref: str) -> tuple[Workspace, dict[str, Any]]:
        rid = ref[len(OWNER) + 1 :] if ref.startswith(OWNER + "-") else ref
        for ws in self.workspaces.values():
            found = getattr(ws, kind).get(rid)
            if found is not None:
                return ws, found
        raise ApiError(404, "instanceNotFoundError", f"We could not find the {kind[:-1]} you are looking for")

    def _workspace(self, wid: str | None) -> Workspace:
        if not wid or wid not in self.workspaces:
            raise ApiError(404, "workspaceNotFound", f"Workspace {wid!r} not found")
        return self.workspaces[wid]

    def _scoped(
        self, query: dict[str, str], kind: str, name: str = "workspace"
    ) -> list[tuple[Workspace, dict[str, Any]]]:
        wid = query.get(name)
        spaces = [self.workspaces[wid]] if wid in self.workspaces else ([] if wid else list(self.workspaces.values()))
        return [(ws, item) for ws in spaces for item in getattr(ws, kind).values()]

    # ------------------------------------------------------------------ metering

    def admit(self, key: str) -> dict[str, str]:
        """Count a request against the window and the month; raise the 429s Postman gives."""
        now = time.time()
        start = math.floor(now / self.window) * self.window
        reset = start + self.window
        with self.lock:
            if key != self.api_key:
                raise ApiError(401, "AuthenticationError", "Invalid API Key. Every request requires a valid API Key.")
            used = self._window_used.get(start, 0)
            headers = {
                "X-RateLimit-Limit": str(self.rate_limit),
                "X-RateLimit-Reset": f"{reset:.0f}",
                "RateLimit-Policy": f"{self.rate_limit};w={self.window:g}",
            }
            if self.monthly_limit is not None:
                headers["X-RateLimit-Limit-Month"] = str(self.monthly_limit)
            if used >= self.rate_limit:
                self.rate_limited += 1
                headers["X-RateLimit-Remaining"] = "0"
                headers["Retry-After"] = str(max(1, math.ceil(reset - now)))
                raise ApiError(429, "rateLimited", "Rate limit exceeded. Please retry after some time.", headers)
            if self.monthly_limit is not None and self.monthly_usage >= self.monthly_limit:
                self.quota_refused += 1
                headers["X-RateLimit-Remaining"] = str(self.rate_limit - used)
                headers["X-RateLimit-Remaining-Month"] = "0"
                raise ApiError(429, "serviceLimitExhausted", "You've reached your monthly API usage limit.", headers)
            self._window_used[start] = used + 1
            self.monthly_usage += 1
            headers["X-RateLimit-Remaining"] = str(self.rate_limit - used - 1)
            if self.monthly_limit is not None:
                headers["X-RateLimit-Remaining-Month"] = str(max(0, self.monthly_limit - self.monthly_usage))
            return headers

    # ------------------------------------------------------------------ routing

    def handle(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: Any
    ) -> tuple[int, Any]:
        parts = [urllib.parse.unquote(p) for p in path.strip("/").split("/")]
        with self.lock:
            for pattern, verb, handler in _ROUTES:
                if verb != method or len(pattern) != len(parts):
                    continue
                args = []
                for want, got in zip(pattern, parts, strict=False):
                    if want == "*":
                        args.append(got)
                    elif want != got:
                        break
                else:
                    result: tuple[int, Any] = handler(self, *args, query=query, headers=headers, body=body)
                    return result
        raise ApiError(404, "notFound", f"No route {method} {path}")

    # users
    def get_me(self, **_: Any) -> tuple[int, Any]:
        user = {
            "id": int(OWNER),
            "username": "fake-user",
            "email": "fake@example.com",
            "fullName": "Fake User",
            "avatar": None,
            "isPublic": False,
            "teamId": 4242,
            "teamName": "Fake Team",
            "teamDomain": "fake-team",
            "roles": ["user"],
        }
        ops = []
        if self.monthly_limit is not None:
            ops.append({"name": "api_usage", "limit": self.monthly_limit, "usage": self.monthly_usage, "overage": 0})
        ops.append({"name": "mock_usage", "limit": 1000, "usage": 3, "overage": 0})
        return 200, {"user": user, "operations": ops}

    # workspaces
    def list_workspaces(self, **_: Any) -> tuple[int, Any]:
        spaces = [{"id": w.id, "name": w.name, "type": w.type, "visibility": w.type} for w in self.workspaces.values()]
        return 200, {"workspaces": spaces, "meta": {"nextCursor": None}}

    def create_workspace(self, *, body: Any, **_: Any) -> tuple[int, Any]:
        wid = self.add_workspace(
            body["workspace"]["name"], body["workspace"]["type"], body["workspace"].get("about", "")
        )
        return 200, {"workspace": {"id": wid, "name": body["workspace"]["name"]}}

    def get_workspace(self, wid: str, **_: Any) -> tuple[int, Any]:
        ws = self._workspace(wid)

        def short(kind: str, key: str = "name") -> list[dict[str, Any]]:
            entries = []
            for rid, res in getattr(ws, kind).items():
                name = res["body"]["info"]["name"] if kind == "collections" else res[key]
                entries.append({"id": rid, "name": name, "uid": self.uid(rid)})
            return entries

        workspace = {
            "id": ws.id,
            "name": ws.name,
            "type": ws.type,
            "visibility": ws.type,
            "about": ws.about,
            "collections": short("collections"),
            "environments": short("environments"),
            "mocks": short("mocks"),
            "monitors": short("monitors"),
            "specs": short("specs"),
        }
        return 200, {"workspace": workspace}

    def get_globals(self, wid: str, **_: Any) -> tuple[int, Any]:
        return 200, {"values": copy.deepcopy(self._workspace(wid).globals)}

    def put_globals(self, wid: str, *, body: Any, **_: Any) -> tuple[int, Any]:
        self._workspace(wid).globals = copy.deepcopy(body["values"])
        return 200, {"values": copy.deepcopy(body["values"])}

    # collections
    def list_collections(self, *, query: dict[str, str], **_: Any) -> tuple[int, Any]:
        entries = [
            {
                "id": rid,
                "name": c["body"]["info"]["name"],
                "owner": OWNER,
                "createdAt": c["createdAt"],
                "updatedAt": c["updatedAt"],
                "uid": self.uid(rid),
                "isPublic": False,
            }
            for ws, c in self._scoped(query, "collections")
            for rid in [c["id"]]
        ]
        offset, limit = int(query.get("offset", 0)), int(query.get("limit", 0) or len(entries) or 1)
        page = entries[offset : offset + limit]
        return 200, {"collections": page, "meta": {"total": len(entries), "offset": offset, "limit": limit}}

    def _collection_answer(self, cid: str, c: dict[str, Any]) -> dict[str, Any]:
        body = copy.deepcopy(c["body"])
        body["info"] = {
            "_postman_id": cid,
            **body["info"],
            "updatedAt": c["updatedAt"],
            "createdAt": c["createdAt"],
            "lastUpdatedBy": OWNER,
            "uid": self.uid(cid),
        }
        body["item"] = self._with_uids(body.get("item", []))
        return {"collection": body}

    def get_collection(self, ref: str, **_: Any) -> tuple[int, Any]:
        _ws, c = self._find("collections", ref)
        return 200, self._collection_answer(c["id"], c)

    def create_collection(self, *, query: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        ws = self._workspace(query.get("workspace") or next(iter(self.workspaces), None))
        cid = self.add_collection(ws.id, body["collection"])
        return 200, {"collection": {"id": cid, "name": body["collection"]["info"]["name"], "uid": self.uid(cid)}}

    def put_collection(self, ref: str, *, headers: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        _ws, c = self._find("collections", ref)
        keep = self._item_ids(c["body"].get("item", []))
        new = copy.deepcopy(body["collection"])
        info = new.setdefault("info", {})
        for volatile in ("_postman_id", "uid", "createdAt", "updatedAt", "lastUpdatedBy"):
            info.pop(volatile, None)
        info.setdefault("schema", SCHEMA)
        new["item"] = [self._fresh_item(item, keep) for item in new.get("item", [])]
        if new != c["body"]:
            c["body"], c["updatedAt"] = new, self.now()
        answer = {"id": c["id"], "name": info.get("name"), "uid": self.uid(c["id"])}
        if "respond-async" in headers.get("prefer", ""):
            task = self.new_id()
            self.tasks[task] = 0
            return 202, {"task": {"id": task, "status": "in-progress"}}
        return 200, {"collection": answer}

    tasks: dict[str, int]  # task id -> polls so far; the first poll says in-progress, the next completed

    def get_task(self, task: str, **_: Any) -> tuple[int, Any]:
        if task not in self.tasks:
            raise ApiError(404, "taskNotFound", "Task not found")
        self.tasks[task] += 1
        return 200, {"id": task, "status": "in-progress" if self.tasks[task] == 1 else "completed"}

    def delete_collection(self, ref: str, **_: Any) -> tuple[int, Any]:
        ws, c = self._find("collections", ref)
        del ws.collections[c["id"]]
        return 200, {"collection": {"id": c["id"], "uid": self.uid(c["id"])}}

    # environments
    def _env_answer(self, e: dict[str, Any], full: bool) -> dict[str, Any]:
        out = {
            "id": e["id"],
            "name": e["name"],
            "owner": OWNER,
            "createdAt": e["createdAt"],
            "updatedAt": e["updatedAt"],
            "uid": self.uid(e["id"]),
            "isPublic": False,
        }
        if full:
            out["values"] = copy.deepcopy(e["values"])
        return out

    def list_environments(self, *, query: dict[str, str], **_: Any) -> tuple[int, Any]:
        return 200, {"environments": [self._env_answer(e, False) for _, e in self._scoped(query, "environments")]}

    def get_environment(self, ref: str, **_: Any) -> tuple[int, Any]:
        return 200, {"environment": self._env_answer(self._find("environments", ref)[1], True)}

    def create_environment(self, *, query: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        ws = self._workspace(query.get("workspace"))
        env = body["environment"]
        eid = self.add_environment(ws.id, env["name"], env.get("values", []))
        return 200, {"environment": {"id": eid, "name": env["name"], "uid": self.uid(eid)}}

    def put_environment(self, ref: str, *, body: Any, **_: Any) -> tuple[int, Any]:
        _, e = self._find("environments", ref)
        env = body["environment"]
        changed = {"name": env.get("name", e["name"]), "values": copy.deepcopy(env.get("values", e["values"]))}
        if any(e[k] != v for k, v in changed.items()):
            e.update(changed, updatedAt=self.now())
        return 200, {"environment": {"id": e["id"], "name": e["name"], "uid": self.uid(e["id"])}}

    # mocks
    def _mock_answer(self, m: dict[str, Any]) -> dict[str, Any]:
        return {
            **{k: v for k, v in m.items()},
            "owner": OWNER,
            "uid": self.uid(m["id"]),
            "mockUrl": f"https://{m['id']}.mock.pstmn.io",
            "config": {
                "headers": [],
                "matchBody": False,
                "matchQueryParams": True,
                "matchWildcards": True,
                "delay": None,
                "serverResponseId": None,
            },
            "deactivated": False,
        }

    def list_mocks(self, *, query: dict[str, str], **_: Any) -> tuple[int, Any]:
        return 200, {"mocks": [self._mock_answer(m) for _, m in self._scoped(query, "mocks")]}

    def get_mock(self, ref: str, **_: Any) -> tuple[int, Any]:
        return 200, {"mock": self._mock_answer(self._find("mocks", ref)[1])}

    def create_mock(self, *, query: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        ws = self._workspace(query.get("workspace"))
        mock = body["mock"]
        self._find("collections", mock["collection"])  # 404 for an unknown collection, as Postman
        mid = self.add_mock(ws.id, mock.get("name", ""), mock["collection"], mock.get("environment", ""))
        ws.mocks[mid]["isPublic"] = not mock.get("private", True)
        return 200, {"mock": self._mock_answer(ws.mocks[mid])}

    def update_mock(self, ref: str, *, body: Any, **_: Any) -> tuple[int, Any]:
        _, m = self._find("mocks", ref)
        changes = body["mock"]
        new = dict(m)
        for key in ("name", "collection", "environment"):
            if key in changes:
                new[key] = changes[key]
        if "private" in changes:
            new["isPublic"] = not changes["private"]
        if new != m:
            m.update(new, updatedAt=self.now())
        return 200, {"mock": self._mock_answer(m)}

    # monitors
    def _monitor_short(self, m: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": m["id"],
            "name": m["name"],
            "active": m["active"],
            "uid": self.uid(m["id"]),
            "owner": int(OWNER),
            "collectionUid": m["collectionUid"],
            "environmentUid": m["environmentUid"],
        }

    def list_monitors(self, *, query: dict[str, str], **_: Any) -> tuple[int, Any]:
        monitors = [self._monitor_short(m) for _, m in self._scoped(query, "monitors")]
        return 200, {"monitors": monitors, "meta": {"nextCursor": None, "limit": len(monitors)}}

    def get_monitor(self, ref: str, **_: Any) -> tuple[int, Any]:
        _, m = self._find("monitors", ref)
        full = {
            **self._monitor_short(m),
            "schedule": {**m["schedule"], "nextRun": self.now()},
            "options": m["options"],
            "notificationLimit": 10,
            "jobId": self.new_id(),
            "lastRun": {"status": self.monitor_outcomes.get(m["id"], "success"), "startedAt": self.now()},
        }
        return 200, {"monitor": full}

    def create_monitor(self, *, query: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        ws = self._workspace(query.get("workspace"))
        mon = body["monitor"]
        mid = self.add_monitor(
            ws.id,
            mon["name"],
            mon["collection"],
            mon.get("environment", ""),
            mon.get("schedule", {}).get("cron", "0 0 * * *"),
        )
        if "options" in mon:
            ws.monitors[mid]["options"] = mon["options"]
        ws.monitors[mid]["active"] = mon.get("active", True)
        return 200, {"monitor": {"id": mid, "name": mon["name"], "active": True, "uid": self.uid(mid)}}

    def update_monitor(self, ref: str, *, body: Any, **_: Any) -> tuple[int, Any]:
        _, m = self._find("monitors", ref)
        changes = body["monitor"]
        for key in ("name", "active", "options"):
            if key in changes:
                m[key] = copy.deepcopy(changes[key])
        if "schedule" in changes:
            m["schedule"] = {k: v for k, v in changes["schedule"].items() if k in ("cron", "timezone")}
        return 200, {"monitor": {"id": m["id"], "name": m["name"], "active": m["active"], "uid": self.uid(m["id"])}}

    def run_monitor(self, ref: str, *, query: dict[str, str], **_: Any) -> tuple[int, Any]:
        _, m = self._find("monitors", ref)
        if query.get("async") == "true":
            return 202, {"run": {"info": {"jobId": self.new_id(), "monitorId": m["id"], "status": "pending"}}}
        status = self.monitor_outcomes.get(m["id"], "success")
        failed = 1 if status == "failed" else 0
        info = {
            "jobId": self.new_id(),
            "monitorId": m["id"],
            "name": m["name"],
            "collectionUid": m["collectionUid"],
            "environmentUid": m["environmentUid"],
            "status": status,
            "startedAt": self.now(),
            "finishedAt": self.now(),
        }
        stats = {"assertions": {"total": 4, "failed": failed}, "requests": {"total": 2, "failed": 0}}
        failures = [{"name": "AssertionError", "message": "expected 500 to equal 200"}] if failed else []
        return 200, {"run": {"info": info, "stats": stats, "executions": [], "failures": failures}}

    # specs
    def _spec_short(self, s: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": s["id"],
            "name": s["name"],
            "type": s["type"],
            "createdBy": int(OWNER),
            "updatedBy": int(OWNER),
            "createdAt": s["createdAt"],
            "updatedAt": s["updatedAt"],
        }

    def list_specs(self, *, query: dict[str, str], **_: Any) -> tuple[int, Any]:
        return 200, {
            "specs": [self._spec_short(s) for _, s in self._scoped(query, "specs", "workspaceId")],
            "meta": {"nextCursor": None},
        }

    def get_spec(self, ref: str, **_: Any) -> tuple[int, Any]:
        return 200, self._spec_short(self._find("specs", ref)[1])

    def _file(self, f: dict[str, Any], content: bool) -> dict[str, Any]:
        out = {
            "id": f["id"],
            "name": f["path"].rsplit("/", 1)[-1],
            "path": f["path"],
            "type": f["type"],
            "createdBy": int(OWNER),
            "updatedBy": int(OWNER),
            "createdAt": f["createdAt"],
            "updatedAt": f["updatedAt"],
        }
        if content:
            out["content"] = f["content"]
        return out

    def get_spec_files(self, ref: str, *, query: dict[str, str], **_: Any) -> tuple[int, Any]:
        _, s = self._find("specs", ref)
        start = int(query.get("cursor") or 0)  # a real cursor is opaque; here it is the next file's index
        end = start + self.spec_files_page
        page = [self._file(f, False) for f in s["files"][start:end]]
        return 200, {"files": page, "meta": {"nextCursor": str(end) if end < len(s["files"]) else None}}

    def _spec_changed(self, s: dict[str, Any], f: dict[str, Any] | None = None) -> None:
        stamp = self.now()
        s["updatedAt"] = stamp
        if f is not None:
            f["updatedAt"] = stamp

    def update_spec(self, ref: str, *, body: Any, **_: Any) -> tuple[int, Any]:
        _, s = self._find("specs", ref)
        if body.get("name") != s["name"]:
            s["name"] = body["name"]
            self._spec_changed(s)
        return 200, self._spec_short(s)

    def create_spec_file(self, ref: str, *, body: Any, **_: Any) -> tuple[int, Any]:
        _, s = self._find("specs", ref)
        if any(f["path"] == body["path"] for f in s["files"]):
            raise ApiError(400, "fileAlreadyExists", f"File {body['path']!r} already exists")
        stamp = self.now()
        f = {
            "id": self.new_id(),
            "path": body["path"],
            "content": body["content"],
            "type": "DEFAULT",
            "createdAt": stamp,
            "updatedAt": stamp,
        }
        s["files"].append(f)
        self._spec_changed(s, f)
        return 201, self._file(f, False)

    def update_spec_file(self, ref: str, path: str, *, body: Any, **_: Any) -> tuple[int, Any]:
        _, s = self._find("specs", ref)
        if len(body) != 1 or next(iter(body)) not in ("content", "name", "type"):
            raise ApiError(400, "invalidParamsError", "Send exactly one of content, name or type")
        f = self._spec_file(s, path)
        key, value = next(iter(body.items()))
        if key == "name":
            key, value = "path", f["path"].rsplit("/", 1)[0] + "/" + value if "/" in f["path"] else value
        if f[key] != value:
            if key == "type" and value == "ROOT":
                for other in s["files"]:
                    if other["type"] == "ROOT":
                        other["type"] = "DEFAULT"
            f[key] = value
            self._spec_changed(s, f)
        return 200, self._file(f, False)

    def delete_spec_file(self, ref: str, path: str, **_: Any) -> tuple[int, Any]:
        _, s = self._find("specs", ref)
        s["files"].remove(self._spec_file(s, path))
        self._spec_changed(s)
        return 204, None

    def _spec_file(self, s: dict[str, Any], path: str) -> dict[str, Any]:
        for f in s["files"]:
            if f["path"] == path:
                return f
        raise ApiError(404, "fileNotFound", f"File {path!r} not found")

    def get_spec_file(self, ref: str, path: str, **_: Any) -> tuple[int, Any]:
        _, s = self._find("specs", ref)
        for f in s["files"]:
            if f["path"] == path:
                return 200, self._file(f, True)
        raise ApiError(404, "fileNotFound", f"File {path!r} not found")

    def create_spec(self, *, query: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        ws = self._workspace(query.get("workspaceId"))
        sid = self.add_spec(ws.id, body["name"], body["type"], body["files"])
        return 201, self._spec_short(ws.specs[sid])


# (path segments, method, handler); "*" is a path parameter.
_ROUTES: list[tuple[list[str], str, Any]] = [
    (["me"], "GET", FakePostman.get_me),
    (["workspaces"], "GET", FakePostman.list_workspaces),
    (["workspaces"], "POST", FakePostman.create_workspace),
    (["workspaces", "*"], "GET", FakePostman.get_workspace),
    (["workspaces", "*", "global-variables"], "GET", FakePostman.get_globals),
    (["workspaces", "*", "global-variables"], "PUT", FakePostman.put_globals),
    (["collections"], "GET", FakePostman.list_collections),
    (["collections"], "POST", FakePostman.create_collection),
    (["collections", "*"], "GET", FakePostman.get_collection),
    (["collections", "*"], "PUT", FakePostman.put_collection),
    (["collections", "*"], "DELETE", FakePostman.delete_collection),
    (["collection-updates-tasks", "*"], "GET", FakePostman.get_task),
    (["environments"], "GET", FakePostman.list_environments),
    (["environments"], "POST", FakePostman.create_environment),
    (["environments", "*"], "GET", FakePostman.get_environment),
    (["environments", "*"], "PUT", FakePostman.put_environment),
    (["mocks"], "GET", FakePostman.list_mocks),
    (["mocks"], "POST", FakePostman.create_mock),
    (["mocks", "*"], "GET", FakePostman.get_mock),
    (["mocks", "*"], "PUT", FakePostman.update_mock),
    (["monitors"], "GET", FakePostman.list_monitors),
    (["monitors"], "POST", FakePostman.create_monitor),
    (["monitors", "*"], "GET", FakePostman.get_monitor),
    (["monitors", "*"], "PUT", FakePostman.update_monitor),
    (["monitors", "*", "run"], "POST", FakePostman.run_monitor),
    (["specs"], "GET", FakePostman.list_specs),
    (["specs"], "POST", FakePostman.create_spec),
    (["specs", "*"], "GET", FakePostman.get_spec),
    (["specs", "*"], "PATCH", FakePostman.update_spec),
    (["specs", "*", "files"], "GET", FakePostman.get_spec_files),
    (["specs", "*", "files"], "POST", FakePostman.create_spec_file),
    (["specs", "*", "files", "*"], "GET", FakePostman.get_spec_file),
    (["specs", "*", "files", "*"], "PATCH", FakePostman.update_spec_file),
    (["specs", "*", "files", "*"], "DELETE", FakePostman.delete_spec_file),
]


def _handler(api: FakePostman) -> type[BaseHTTPRequestHandler]:
    api.tasks = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            split = urllib.parse.urlsplit(self.path)
            # Path parameters are matched on the escaped path: a %2F stays inside its segment.
            path = split.path
            query = dict(urllib.parse.parse_qsl(split.query))
            headers = {name.lower(): value for name, value in self.headers.items()}
            with api.lock:
                api.requests.append((self.command, self.path))
            rate_headers: dict[str, str] = {}
            try:
                try:
                    # Counted when it arrives, as Postman counts; the latency is the time to answer.
                    rate_headers = api.admit(headers.get("x-api-key", ""))
                finally:
                    if api.latency:
                        time.sleep(api.latency)
                if length > api.max_body:
                    raise ApiError(413, "requestEntityTooLarge", f"The request body is over {api.max_body} bytes")
                body = json.loads(raw) if raw else None
                status, answer = api.handle(self.command, path, query, headers, body)
            except ApiError as error:
                status, rate_headers = error.status, {**rate_headers, **error.headers}
                answer = {"error": {"name": error.name, "message": error.message}}
                if error.status == 429:
                    answer = {"error": error.name, "message": error.message}
            payload = b"" if status == 204 else json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            for name, value in rate_headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    return Handler


def sample_collection(number: int, requests: int = 3) -> dict[str, Any]:
    """A small collection: a folder of ``requests`` requests (one with a saved example), and a variable."""
    items = []
    for index in range(requests):
        item: dict[str, Any] = {
            "name": f"Request {index}",
            "request": {
                "method": ("GET", "POST")[index % 2],
                "header": [{"key": "Accept", "value": "application/json"}],
                "url": {
                    "raw": "{{baseUrl}}/things/" + str(index),
                    "host": ["{{baseUrl}}"],
                    "path": ["things", str(index)],
                },
            },
            "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": ["pm.test('ok', () => {});"]}}],
        }
        if index == 0:
            item["response"] = [{"name": "200 OK", "code": 200, "status": "OK", "body": '{"ok": true}'}]
        items.append(item)
    return {
        "info": {
            "name": f"Collection {number:03d}",
            "description": f"Sample collection number {number}.",
            "schema": SCHEMA,
        },
        "item": [
            {"name": "Things", "item": items},
            {"name": "Ping", "request": {"method": "GET", "url": "{{baseUrl}}/ping"}},
        ],
        "variable": [{"key": "baseUrl", "value": "https://api.example.com"}],
    }


def seed_workspace(
    api: FakePostman, name: str = "Team APIs", *, collections: int = 3, environments: int = 2, requests: int = 3
) -> str:
    """A workspace with every kind of resource the backup reads; returns its id."""
    ws = api.add_workspace(name)
    collection_ids = [api.add_collection(ws, sample_collection(n, requests)) for n in range(collections)]
    environment_ids = [
        api.add_environment(
            ws,
            f"Environment {n:03d}",
            [
                {"key": "host", "value": f"env{n}.example.com", "enabled": True, "type": "default"},
                {"key": "token", "value": f"s3cr3t-{n}", "enabled": True, "type": "secret"},
            ],
        )
        for n in range(environments)
    ]
    if collection_ids:
        env_uid = api.uid(environment_ids[0]) if environment_ids else ""
        api.add_mock(ws, "Orders mock", api.uid(collection_ids[0]), env_uid)
        api.add_monitor(ws, "Nightly smoke", api.uid(collection_ids[0]), env_uid)
    api.add_spec(
        ws,
        "Orders API",
        "OPENAPI:3.0",
        [
            {
                "path": "index.yaml",
                "content": "openapi: 3.0.0\ninfo:\n  title: Orders\n  version: 1.0.0\npaths: {}\n",
                "type": "ROOT",
            },
            {"path": "components/schemas.yaml", "content": "Order:\n  type: object\n"},
        ],
    )
    api.workspaces[ws].globals = [
        {"key": "region", "value": "eu", "type": "default", "enabled": True},
        {"key": "signingKey", "value": "g1obal-secret", "type": "secret", "enabled": True},
    ]
    return ws
