"""publish, diff, env set and monitor run over the stateful fake."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from fake_postman import sample_collection, seed_workspace
from jobs_support import fake_and_client

from postman_ext import InvalidArgumentError
from postman_ext.jobs.diff import diff_collections
from postman_ext.jobs.environments import parse_assignments, set_variables
from postman_ext.jobs.monitors import run_monitor
from postman_ext.jobs.publish import publish


def _ids(items: list[dict[str, Any]]) -> dict[str, str]:
    """Item names (and "<item>/<example>" for saved examples) and their ids."""
    found = {}
    for item in items:
        found[item["name"]] = item["id"]
        found.update({f"{item['name']}/{r['name']}": r["id"] for r in item.get("response", [])})
        found.update(_ids(item.get("item", [])))
    return found


def fake_ws(fake: Any) -> str:
    return next(iter(fake.workspaces))


def test_publish_updates_by_name_and_keeps_the_ids_of_items_that_exist(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=1)
        cid = next(iter(fake.workspaces[ws].collections))
        before = _ids(fake.workspaces[ws].collections[cid]["body"]["item"])
        # An export: the server's ids, one request changed and one added.
        edited = copy.deepcopy(fake.workspaces[ws].collections[cid]["body"])
        edited["item"][0]["item"][1]["request"]["method"] = "PATCH"
        edited["item"][0]["item"].append({"name": "Request 9", "request": {"method": "GET", "url": "/x"}})
        (tmp_path / "c.json").write_text(json.dumps({"collection": edited}))
        result = publish(pm, tmp_path / "c.json", workspace=ws)
        after = _ids(fake.workspaces[ws].collections[cid]["body"]["item"])
        assert len(fake.workspaces[ws].collections) == 1  # updated, not duplicated
    assert "Request 0/200 OK" in before  # a saved example, whose id is kept too
    assert result.action == "updated" and result.new_items == 1
    assert {name: after[name] for name in before} == before
    assert "Request 9" in after


def test_publish_matches_items_of_a_file_without_ids_by_path(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=1)
        cid = next(iter(fake.workspaces[ws].collections))
        items = fake.workspaces[ws].collections[cid]["body"]["item"]
        before = {k: v for k, v in _ids(items).items() if "/" not in k}
        result = publish(pm, sample_collection(0), workspace=ws)  # no ids at all
        after = _ids(fake.workspaces[ws].collections[cid]["body"]["item"])
    assert result.kept_ids == len(before) and result.new_items == 0
    assert {name: after[name] for name in before} == before


def test_publish_creates_when_nothing_matches_and_refuses_without_a_workspace(tmp_path: Path) -> None:
    (tmp_path / "c.json").write_text(json.dumps(sample_collection(7)))
    with fake_and_client() as (fake, pm):
        ws = fake.add_workspace("Empty")
        with pytest.raises(InvalidArgumentError, match="pass --workspace"):
            publish(pm, tmp_path / "c.json")
        created = publish(pm, tmp_path / "c.json", workspace=ws)
        again = publish(pm, tmp_path / "c.json", workspace=ws)
        assert len(fake.workspaces[ws].collections) == 1
    assert created.action == "created" and again.action == "updated"


def test_a_large_collection_goes_through_the_asynchronous_update_and_its_task(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=1)
        cid = next(iter(fake.workspaces[ws].collections))
        result = publish(pm, sample_collection(0), collection=cid, async_from=100, poll_interval=0.01)
        puts = [path for method, path in fake.requests if method == "PUT"]
        polls = fake.count("GET", r"/collection-updates-tasks/[^/]+")
    assert result.asynchronous and len(puts) == 1
    assert polls == 2  # in-progress, then completed


def test_a_collection_over_the_size_limit_is_refused_before_sending(tmp_path: Path) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, collections=1)
        with pytest.raises(InvalidArgumentError, match=r"over the limit of 0.25 MB Postman accepts"):
            publish(pm, sample_collection(0, requests=2000), workspace=ws, size_limit=256 * 1024)
        assert not fake.requests


def test_diff_matches_by_id_then_by_path_and_ignores_volatile_fields() -> None:
    a = {
        "info": {"name": "C", "_postman_id": "x", "updatedAt": "2024-01-01"},
        "item": [
            {
                "id": "1",
                "name": "Folder",
                "item": [{"id": "2", "name": "Get", "request": {"method": "GET", "url": "/a"}}],
            },
            {"name": "Loose", "request": {"method": "GET", "url": "/l"}},
            {"name": "Gone", "request": {"method": "GET", "url": "/g"}},
        ],
    }
    b = {
        "info": {"name": "C", "_postman_id": "y", "updatedAt": "2025-01-01"},
        "item": [
            {"id": "1", "name": "Folder", "item": []},
            {"id": "2", "name": "Get", "request": {"method": "POST", "url": "/a"}},
            {"id": "77", "name": "Loose", "request": {"method": "GET", "url": "/l"}},
            {"name": "New", "request": {"method": "GET", "url": "/n"}},
        ],
    }
    assert diff_collections(a, copy.deepcopy(a)).same
    lines = str(diff_collections({"collection": a}, b)).splitlines()
    assert lines == ["> Get: from Folder/Get", '~ Get: request.method "GET" -> "POST"', "- Gone", "+ New"]


def test_env_set_changes_only_the_named_variables_and_keeps_secret_types() -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake, environments=1)
        eid = next(iter(fake.workspaces[ws].environments))
        result = set_variables(pm, eid, parse_assignments(["token=n3w", "extra=a=b"]), secret=["extra"])
        values = {v["key"]: v for v in fake.workspaces[ws].environments[eid]["values"]}
    assert result.changed == ["token"] and result.added == ["extra"]
    assert values["token"] == {"key": "token", "value": "n3w", "enabled": True, "type": "secret"}
    assert values["host"]["value"] == "env0.example.com"  # untouched
    assert values["extra"]["value"] == "a=b" and values["extra"]["type"] == "secret"


@pytest.mark.parametrize("bad", ["novalue", "=x"])
def test_env_set_refuses_what_is_not_name_equals_value(bad: str) -> None:
    with pytest.raises(InvalidArgumentError, match="NAME=VALUE"):
        parse_assignments([bad])


@pytest.mark.parametrize("outcome", ["success", "failed"])
def test_monitor_run_reports_the_outcome(outcome: str) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake)
        mid = next(iter(fake.workspaces[ws].monitors))
        fake.monitor_outcomes[mid] = outcome
        result = run_monitor(pm, mid)
    assert result.passed is (outcome == "success")
    assert result.failed_assertions == (1 if outcome == "failed" else 0)
