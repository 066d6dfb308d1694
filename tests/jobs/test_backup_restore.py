"""backup and restore over the stateful fake: layout, determinism, increments, resumption, round trip."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from fake_postman import FAKE_KEY, FakePostman, seed_workspace
from jobs_support import fake_and_client, remap, tree

from postman_ext import InvalidArgumentError, Postman, QuotaExceededError
from postman_ext.jobs import backup, restore

HERE = Path(__file__).resolve().parent


def test_backup_writes_one_file_per_resource(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=2, environments=2)
        result = backup(pm, tmp_path, workspace=ws)
    files = tree(tmp_path / ws)
    kinds = sorted({path.split("/", 1)[0] for path in files})
    expected = [
        "collections",
        "environments",
        "globals.json",
        "index.json",
        "mocks",
        "monitors",
        "specs",
        "workspace.json",
    ]
    assert kinds == expected
    assert sum(path.startswith("collections/") for path in files) == 2
    assert sum(path.startswith("environments/") for path in files) == 2
    spec_files = sorted(path.split("/files/", 1)[1] for path in files if "/files/" in path)
    assert spec_files == ["components/schemas.yaml", "index.yaml"]
    collection = json.loads(next(data for path, data in files.items() if path.startswith("collections/")))
    assert collection["collection"]["info"]["name"] == "Collection 000"
    assert "updatedAt" not in collection["collection"]["info"] and "uid" not in collection["collection"]["info"]
    assert len(result.fetched) == 2 + 2 + 1 + 1 + 1  # collections, environments, monitor, spec, globals


def test_secret_values_are_left_out_unless_asked_for(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake)
        backup(pm, tmp_path / "plain", workspace=ws)
        backup(pm, tmp_path / "secrets", workspace=ws, include_secrets=True)
    plain = b"".join(tree(tmp_path / "plain").values())
    secrets = b"".join(tree(tmp_path / "secrets").values())
    for secret in (b"s3cr3t-0", b"s3cr3t-1", b"g1obal-secret"):
        assert secret not in plain
        assert secret in secrets
    assert b"env0.example.com" in plain  # a default variable keeps its value


def test_the_key_is_in_no_path_file_or_log_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake)
        backup(pm, tmp_path / "b", workspace=ws, include_secrets=True)
        restore(pm, tmp_path / "b", workspace=fake.add_workspace("Copy"))
    secret_part = FAKE_KEY.split("-", 1)[1][:12]
    for path in tmp_path.rglob("*"):
        assert secret_part not in str(path)
        if path.is_file():
            assert secret_part.encode() not in path.read_bytes()
    assert secret_part not in caplog.text


def test_two_backups_of_an_unchanged_workspace_are_byte_identical(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=4)
        backup(pm, tmp_path / "one", workspace=ws)
        backup(pm, tmp_path / "two", workspace=ws)
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_a_second_backup_fetches_only_what_changed(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=4, environments=3)
        backup(pm, tmp_path, workspace=ws)
        before = len(fake.requests)
        again = backup(pm, tmp_path, workspace=ws)
        assert fake.count("GET", r"/collections/[^/]+") == 4 and fake.count("GET", r"/environments/[^/]+") == 3
        assert sorted(p.split("/")[1] for p in again.fetched) == ["globals.json", "monitors"]
        changed = next(iter(fake.workspaces[ws].collections))
        pm.collections.put_collection(changed, body={"collection": {"info": {"name": "Renamed"}, "item": []}})
        deleted = list(fake.workspaces[ws].environments)[1]
        del fake.workspaces[ws].environments[deleted]
        third = backup(pm, tmp_path, workspace=ws)
    assert len(fake.requests) > before
    assert [p for p in third.fetched if "/collections/" in p] == [f"{ws}/collections/{changed}.json"]
    assert not [p for p in third.fetched if "/environments/" in p]
    assert third.removed == [f"{ws}/environments/{deleted}.json"]
    assert not (tmp_path / ws / "environments" / f"{deleted}.json").exists()
    assert json.loads((tmp_path / ws / "collections" / f"{changed}.json").read_text())["collection"]["info"][
        "name"
    ] == ("Renamed")


def test_round_trip_backup_restore_backup_is_identical_apart_from_mapped_ids(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        source = seed_workspace(fake, collections=3, environments=2)
        backup(pm, tmp_path / "a", workspace=source)
        target = fake.add_workspace("Team APIs")
        mapping_file = tmp_path / "map.json"
        plan = restore(pm, tmp_path / "a", workspace=target, mapping_file=mapping_file, dry_run=True)
        assert not fake.workspaces[target].collections and not mapping_file.exists()
        assert [s.action for s in plan.steps].count("create") == 3 + 2 + 1 + 1 + 1
        restore(pm, tmp_path / "a", workspace=target, mapping_file=mapping_file)
        backup(pm, tmp_path / "b", workspace=target)
        # A second restore with the mapping updates in place: no duplicates, item ids kept.
        items_before = json.dumps([c["body"] for c in fake.workspaces[target].collections.values()], sort_keys=True)
        again = restore(pm, tmp_path / "a", workspace=target, mapping_file=mapping_file)
        items_after = json.dumps([c["body"] for c in fake.workspaces[target].collections.values()], sort_keys=True)
        counts = {
            kind: len(getattr(fake.workspaces[target], kind)) for kind in ("collections", "environments", "mocks")
        }
    assert counts == {"collections": 3, "environments": 2, "mocks": 1}
    assert items_after == items_before
    assert {s.action for s in again.steps} == {"update"}
    mapping = json.loads(mapping_file.read_text())
    ids = {
        old: new
        for kind in ("workspaces", "collections", "environments", "mocks", "monitors", "specs", "items")
        for old, new in mapping[kind].items()
    }
    # index.json holds each resource's updatedAt, which differs between the two workspaces.
    first, second = tree(tmp_path / "a" / source), tree(tmp_path / "b" / target)
    assert set(json.loads(first.pop("index.json"))["updatedAt"]) == {
        path for path in first if path.startswith(("collections/", "environments/")) or path.endswith("spec.json")
    }
    del second["index.json"]
    assert first != second  # the ids differ...
    assert remap(first, ids) == second  # ...and only the ids


def test_restore_refuses_a_folder_without_a_backup(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm), pytest.raises(InvalidArgumentError, match="holds no backup"):
        restore(pm, tmp_path, workspace=fake.add_workspace("x"))


def test_a_spent_monthly_allowance_stops_the_backup_and_a_rerun_finishes_it(tmp_path: Path) -> None:
    with FakePostman(monthly_limit=12) as fake:
        ws = seed_workspace(fake, collections=10, environments=2)
        with (
            Postman(api_key=FAKE_KEY, base_url=fake.url, load_entry_points=False) as pm,
            pytest.raises(QuotaExceededError),
        ):
            backup(pm, tmp_path / "b", workspace=ws, workers=1)
        assert fake.quota_refused == 1  # stopped at once: never retried into the spent quota
        written = {p for p in tree(tmp_path / "b") if "/collections/" in p}
        fake.monthly_limit = 1000  # the next month, run again (a new process: a new client)
        start = len(fake.requests)
        with Postman(api_key=FAKE_KEY, base_url=fake.url, load_entry_points=False) as pm:
            backup(pm, tmp_path / "b", workspace=ws, workers=2)
            refetched = [path for method, path in fake.requests[start:] if method == "GET"]
            backup(pm, tmp_path / "whole", workspace=ws)
    assert written, "some collections were written before the allowance ran out"
    for path in written:
        collection_id = path.rsplit("/", 1)[1].removesuffix(".json")
        assert f"/collections/{collection_id}" not in refetched
    assert tree(tmp_path / "b") == tree(tmp_path / "whole")


KILLED_BACKUP = textwrap.dedent(
    """
    import sys
    from postman_ext import Postman
    from postman_ext.jobs import backup
    with Postman(api_key=sys.argv[1], base_url=sys.argv[2], load_entry_points=False) as pm:
        backup(pm, sys.argv[3], workspace=sys.argv[4], workers=3)
    """
)


def test_a_killed_backup_resumes_refetches_nothing_written_and_ends_identical(tmp_path: Path) -> None:
    with FakePostman(latency=0.05) as fake:
        ws = seed_workspace(fake, collections=30, environments=10)
        process = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, FAKE_KEY, fake.url, str(tmp_path / "b"), ws])
        deadline = time.monotonic() + 60
        while fake.count("GET", r"/collections/[^/]+") < 10 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        written = {
            p for p in tree(tmp_path / "b") if ("/collections/" in p or "/environments/" in p) and ".tmp-" not in p
        }
        assert 0 < len(written) < 40, "the backup was killed half way"
        start = len(fake.requests)
        with Postman(api_key=FAKE_KEY, base_url=fake.url, load_entry_points=False) as pm:
            backup(pm, tmp_path / "b", workspace=ws)
            resumed = [path.split("?", 1)[0] for method, path in fake.requests[start:] if method == "GET"]
            backup(pm, tmp_path / "whole", workspace=ws)
    for path in written:
        kind, name = path.split("/")[-2:]
        assert f"/{kind}/{name.removesuffix('.json')}" not in resumed
    assert tree(tmp_path / "b") == tree(tmp_path / "whole")


def test_without_a_workspace_every_workspace_the_key_sees_is_backed_up(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        first, second = seed_workspace(fake, "One"), seed_workspace(fake, "Two", collections=1)
        result = backup(pm, tmp_path)
    assert result.workspaces == [first, second]
    assert json.loads((tmp_path / second / "workspace.json").read_text())["name"] == "Two"
    assert len(list((tmp_path / second / "collections").iterdir())) == 1


@pytest.mark.parametrize("path", ["../../outside.yaml", "/etc/evil.yaml", "a/../../b.yaml"])
def test_a_spec_file_path_cannot_write_outside_the_backup(tmp_path: Path, path: str) -> None:
    with fake_and_client() as (fake, pm):
        ws = fake.add_workspace("W")
        fake.add_spec(ws, "Evil", "OPENAPI:3.0", [{"path": path, "content": "x: 1\n"}])
        with pytest.raises(InvalidArgumentError, match="not a plain relative path"):
            backup(pm, tmp_path / "b", workspace=ws)
    assert sorted(p.name for p in tmp_path.rglob("*.yaml")) == []


@pytest.mark.parametrize("allowed", [6, 7, 8, 9])  # the allowance runs out after a create, or after its read
def test_a_restore_stopped_by_a_spent_allowance_continues_without_duplicates(tmp_path: Path, allowed: int) -> None:
    with FakePostman() as fake:
        source = seed_workspace(fake, collections=4, environments=2)
        target = fake.add_workspace("Copy")
        with Postman(api_key=FAKE_KEY, base_url=fake.url, load_entry_points=False) as pm:
            backup(pm, tmp_path / "b", workspace=source)
        fake.monthly_limit = fake.monthly_usage + allowed
        with (
            Postman(api_key=FAKE_KEY, base_url=fake.url, load_entry_points=False) as pm,
            pytest.raises(QuotaExceededError),
        ):
            restore(pm, tmp_path / "b", workspace=target)
        assert 0 < len(fake.workspaces[target].collections) < 4
        fake.monthly_limit = None
        with Postman(api_key=FAKE_KEY, base_url=fake.url, load_entry_points=False) as pm:
            restore(pm, tmp_path / "b", workspace=target)
        copied = fake.workspaces[target]
        counts = [len(copied.collections), len(copied.environments), len(copied.mocks), len(copied.monitors)]
    assert counts == [4, 2, 1, 1]


def test_a_second_restore_updates_mocks_monitors_and_specs_in_place(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        source = seed_workspace(fake, collections=2, environments=1)
        backup(pm, tmp_path / "b", workspace=source)
        target = fake.add_workspace("Copy")
        mapping_file = tmp_path / "map.json"
        restore(pm, tmp_path / "b", workspace=target, mapping_file=mapping_file)
        copied = fake.workspaces[target]
        mock_id, monitor_id, spec_id = next(iter(copied.mocks)), next(iter(copied.monitors)), next(iter(copied.specs))
        # The backup changes: a renamed public mock, a paused monitor on another schedule, a spec
        # renamed with a changed file, a new file made the root, and a file removed.
        ws_dir = tmp_path / "b" / source
        mock_file = next((ws_dir / "mocks").glob("*.json"))
        mock = json.loads(mock_file.read_text())
        mock.update(name="Orders mock (v2)", isPublic=True)
        mock_file.write_text(json.dumps(mock))
        monitor_file = next((ws_dir / "monitors").glob("*.json"))
        monitor = json.loads(monitor_file.read_text())
        monitor["monitor"].update(name="Hourly smoke", active=False, schedule={"cron": "0 * * * *", "timezone": "UTC"})
        monitor_file.write_text(json.dumps(monitor))
        spec_dir = next((ws_dir / "specs").iterdir())
        spec = json.loads((spec_dir / "spec.json").read_text())
        spec["spec"]["name"] = "Orders API v2"
        spec["spec"]["files"] = [
            {"path": "components/schemas.yaml", "type": "DEFAULT"},
            {"path": "openapi.yaml", "type": "ROOT"},
        ]
        (spec_dir / "spec.json").write_text(json.dumps(spec))
        (spec_dir / "files" / "components" / "schemas.yaml").write_text("Order:\n  type: string\n")
        (spec_dir / "files" / "openapi.yaml").write_text("openapi: 3.1.0\n")

        plan = restore(pm, tmp_path / "b", workspace=target, mapping_file=mapping_file, dry_run=True)
        assert {(s.kind, s.action, s.target_id) for s in plan.steps if s.kind in ("mocks", "monitors", "specs")} == {
            ("mocks", "update", mock_id),
            ("monitors", "update", monitor_id),
            ("specs", "update", spec_id),
        }
        assert copied.mocks[mock_id]["name"] == "Orders mock"  # a dry run changes nothing
        restore(pm, tmp_path / "b", workspace=target, mapping_file=mapping_file)
        counts = [len(copied.mocks), len(copied.monitors), len(copied.specs)]
        mock_after, monitor_after = copied.mocks[mock_id], copied.monitors[monitor_id]
        spec_after = copied.specs[spec_id]
    assert counts == [1, 1, 1]  # updated, not duplicated
    assert (mock_after["name"], mock_after["isPublic"]) == ("Orders mock (v2)", True)
    assert (monitor_after["name"], monitor_after["active"], monitor_after["schedule"]["cron"]) == (
        "Hourly smoke",
        False,
        "0 * * * *",
    )
    assert spec_after["name"] == "Orders API v2"
    files = {f["path"]: (f["type"], f["content"]) for f in spec_after["files"]}
    assert files == {
        "components/schemas.yaml": ("DEFAULT", "Order:\n  type: string\n"),
        "openapi.yaml": ("ROOT", "openapi: 3.1.0\n"),
    }


def test_a_backup_cloned_from_git_is_incremental_at_once(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=4, environments=3)
        backup(pm, tmp_path / "original", workspace=ws)
        shutil.copytree(tmp_path / "original", tmp_path / "clone")
        later = time.time_ns() + 5_000_000_000
        for path in (tmp_path / "clone").rglob("*"):
            os.utime(path, ns=(later, later))  # git sets no modification times: every file is "new"
        start = len(fake.requests)
        again = backup(pm, tmp_path / "clone", workspace=ws)
        fetched = [path.split("?", 1)[0] for method, path in fake.requests[start:] if method == "GET"]
    refetched = [p for p in fetched if re.fullmatch(r"/(collections|environments)/[^/]+|/specs/[^/]+/files.*", p)]
    assert refetched == []
    assert sorted(p.split("/")[1] for p in again.fetched) == ["globals.json", "monitors"]
    assert tree(tmp_path / "clone") == tree(tmp_path / "original")


def test_a_spec_of_more_files_than_one_page_is_backed_up_whole(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = fake.add_workspace("W")
        files = [{"path": f"paths/p{n:02d}.yaml", "content": f"n: {n}\n"} for n in range(5)]
        spec = fake.add_spec(ws, "Big", "OPENAPI:3.0", files)
        fake.spec_files_page = 2
        backup(pm, tmp_path / "b", workspace=ws)
        pages = [path for method, path in fake.requests if method == "GET" and path.startswith(f"/specs/{spec}/files")]
    written = sorted(p.name for p in (tmp_path / "b" / ws / "specs" / spec).rglob("p*.yaml"))
    assert written == [f"p{n:02d}.yaml" for n in range(5)]  # all five, over three pages
    assert len([p for p in pages if "?" in p or p.endswith("/files")]) >= 3


def test_a_backup_folder_from_before_the_index_is_read_by_modification_time_once(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=3, environments=2)
        backup(pm, tmp_path, workspace=ws)
        (tmp_path / ws / "index.json").unlink()  # as a backup of the version before the index left it
        start = len(fake.requests)
        again = backup(pm, tmp_path, workspace=ws)
        fetched = [path for method, path in fake.requests[start:] if method == "GET"]
    assert not [p for p in fetched if re.fullmatch(r"/(collections|environments)/[^/?]+", p)]
    assert sorted(p.split("/")[1] for p in again.fetched) == ["globals.json", "monitors"]
    assert set(json.loads((tmp_path / ws / "index.json").read_text())["updatedAt"]) == {
        p.split("/", 1)[1] for p in again.skipped
    }
