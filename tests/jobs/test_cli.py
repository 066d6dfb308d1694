"""The installed ``postman-ext`` console script, run in a subprocess against the stateful fake."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_postman import FAKE_KEY, FakePostman, sample_collection, seed_workspace
from jobs_support import tree

SCRIPT = Path(sys.executable).parent / ("postman-ext.exe" if os.name == "nt" else "postman-ext")
SECRET_PART = FAKE_KEY.split("-", 1)[1][:12]


@pytest.fixture
def fake() -> Iterator[FakePostman]:
    with FakePostman() as server:
        yield server


def run(
    fake: FakePostman, *args: str, key: str | None = FAKE_KEY, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTMAN_")}
    env.update({"POSTMAN_BASE_URL": fake.url, "COLUMNS": "120"})
    if key is not None:
        env["POSTMAN_API_KEY"] = key
    done = subprocess.run([str(SCRIPT), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert SECRET_PART not in done.stdout + done.stderr, "the API key was printed"
    return done


def test_the_console_script_is_installed() -> None:
    assert SCRIPT.exists(), f"{SCRIPT} is missing: pip install -e '.[cli]'"


def test_whoami_and_quota(fake: FakePostman) -> None:
    fake.monthly_limit, fake.monthly_usage = 1000, 950
    who = run(fake, "whoami", "--json")
    assert who.returncode == 0, who.stderr
    assert json.loads(who.stdout)["username"] == "fake-user"
    table = run(fake, "quota")
    assert table.returncode == 0 and "api_usage" in table.stdout
    assert "warning: api_usage is 95% used" in table.stderr
    allowances = json.loads(run(fake, "quota", "--json").stdout)
    assert {a["name"]: a["nearly_spent"] for a in allowances} == {"api_usage": True, "mock_usage": False}


def test_backup_restore_and_dry_run(fake: FakePostman, tmp_path: Path) -> None:
    ws = seed_workspace(fake)
    target = fake.add_workspace("Copy")
    first = run(fake, "backup", "--workspace", ws, "--out", str(tmp_path / "b"), "--json")
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)["fetched"]) == 8
    again = run(fake, "backup", "--workspace", ws, "--out", str(tmp_path / "b"))
    assert again.returncode == 0 and "2 fetched, 6 unchanged" in again.stdout
    plan = run(fake, "restore", str(tmp_path / "b"), "--workspace", target, "--dry-run", "--json")
    assert plan.returncode == 0 and not fake.workspaces[target].collections
    assert [s["action"] for s in json.loads(plan.stdout)["steps"]].count("create") == 8
    done = run(fake, "restore", str(tmp_path / "b"), "--workspace", target)
    assert done.returncode == 0, done.stderr
    assert "8 created, 1 updated" in done.stdout and len(fake.workspaces[target].collections) == 3


def test_an_interrupted_backup_exits_130_and_the_next_run_finishes_it(tmp_path: Path) -> None:
    with FakePostman(latency=0.05) as fake:
        ws = seed_workspace(fake, collections=30)
        env = {**os.environ, "POSTMAN_BASE_URL": fake.url, "POSTMAN_API_KEY": FAKE_KEY}
        args = [str(SCRIPT), "backup", "--workspace", ws, "--out", str(tmp_path / "b"), "--workers", "3"]
        process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while fake.count("GET", r"/collections/[^/]+") < 8 and time.monotonic() < deadline:
            time.sleep(0.01)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        assert process.returncode == 130, err
        assert "run the same command again to continue" in err
        written = [p for p in tree(tmp_path / "b") if "/collections/" in p]
        assert 0 < len(written) < 30
        start = len(fake.requests)
        resumed = run(fake, "backup", "--workspace", ws, "--out", str(tmp_path / "b"))
        assert resumed.returncode == 0, resumed.stderr
        refetched = [p for m, p in fake.requests[start:] if m == "GET"]
        assert not [p for p in written if f"/collections/{p.rsplit('/', 1)[1][:-5]}" in refetched]
        whole = run(fake, "backup", "--workspace", ws, "--out", str(tmp_path / "whole"))
        assert whole.returncode == 0
    assert tree(tmp_path / "b") == tree(tmp_path / "whole")


def test_diff_publish_env_and_monitor_exit_codes(fake: FakePostman, tmp_path: Path) -> None:
    ws = seed_workspace(fake, collections=1)
    cid = next(iter(fake.workspaces[ws].collections))
    edited = sample_collection(0)
    edited["item"][0]["item"][0]["request"]["method"] = "DELETE"
    (tmp_path / "edited.json").write_text(json.dumps(edited))
    differ = run(fake, "diff", str(tmp_path / "edited.json"), fake.uid(cid))
    assert differ.returncode == 1 and 'request.method "DELETE" -> "GET"' in differ.stdout
    published = run(fake, "publish", str(tmp_path / "edited.json"), "--workspace", ws, "--json")
    assert published.returncode == 0, published.stderr
    assert json.loads(published.stdout)["action"] == "updated"
    same = run(fake, "diff", str(tmp_path / "edited.json"), fake.uid(cid))
    assert (same.returncode, same.stdout.strip()) == (0, "no differences")

    eid = next(iter(fake.workspaces[ws].environments))
    changed = run(fake, "env", "set", eid, "token=x", "new=1", "--json")
    assert changed.returncode == 0 and json.loads(changed.stdout)["added"] == ["new"]
    bad = run(fake, "env", "set", eid, "oops")
    assert bad.returncode == 2 and "NAME=VALUE" in bad.stderr

    mid = next(iter(fake.workspaces[ws].monitors))
    assert run(fake, "monitor", "run", mid, "--wait").returncode == 0
    fake.monitor_outcomes[mid] = "failed"
    failed = run(fake, "monitor", "run", mid, "--wait")
    assert failed.returncode == 1 and "failed" in failed.stdout and "expected 500 to equal 200" in failed.stdout


def test_a_spent_allowance_exits_4_an_api_error_3_and_no_key_2(fake: FakePostman, tmp_path: Path) -> None:
    ws = seed_workspace(fake)
    missing = run(fake, "backup", "--workspace", "no-such-workspace", "--out", str(tmp_path / "c"))
    assert missing.returncode == 3 and "HTTP 404 [workspaceNotFound]: Workspace 'no-such-workspace'" in missing.stderr
    region = run(fake, "whoami", "--region", "eu")  # POSTMAN_BASE_URL wins, with one warning line
    assert region.returncode == 0 and region.stderr.startswith("warning: POSTMAN_BASE_URL=")
    assert "region='eu' is ignored" in region.stderr and "with Postman(" not in region.stderr
    fake.monthly_limit, fake.monthly_usage = 100, 100
    spent = run(fake, "backup", "--workspace", ws, "--out", str(tmp_path / "b"))
    assert spent.returncode == 4 and "monthly" in spent.stderr
    assert fake.quota_refused == 1  # the first request said so; nothing was retried
    nokey = run(fake, "whoami", key=None)
    assert nokey.returncode == 2 and "POSTMAN_API_KEY" in nokey.stderr


def test_the_readme_commands_run_as_written(fake: FakePostman, tmp_path: Path) -> None:
    from tests.conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- jobs-commands -->", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.startswith("postman-ext ")]
    assert len(commands) == 9
    ws = seed_workspace(fake)
    collection_id = next(iter(fake.workspaces[ws].collections))
    variables = {
        "WORKSPACE": ws,
        "TARGET_WORKSPACE": fake.add_workspace("Copy"),
        "COLLECTION_ID": collection_id,
        "COLLECTION_UID": fake.uid(collection_id),
        "ENVIRONMENT": next(iter(fake.workspaces[ws].environments)),
        "MONITOR": next(iter(fake.workspaces[ws].monitors)),
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTMAN_")}
    env.update(
        variables, POSTMAN_API_KEY=FAKE_KEY, POSTMAN_BASE_URL=fake.url, PATH=f"{SCRIPT.parent}{os.pathsep}{env['PATH']}"
    )
    for command in commands:
        done = subprocess.run(
            ["bash", "-c", command], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        assert SECRET_PART not in done.stdout + done.stderr


def test_errors_have_their_exit_code_and_under_json_a_json_error(fake: FakePostman, tmp_path: Path) -> None:
    ws = seed_workspace(fake, collections=1)
    (tmp_path / "a-file").write_text("not a folder")
    unwritable = str(tmp_path / "a-file" / "backup")
    files = run(fake, "backup", "--workspace", ws, "--out", unwritable)
    assert files.returncode == 5, files.stderr
    assert "Traceback" not in files.stderr
    assert files.stderr.startswith("error: could not read or write") and "check the path" in files.stderr
    as_json = run(fake, "backup", "--workspace", ws, "--out", unwritable, "--json")
    assert as_json.returncode == 5
    assert json.loads(as_json.stdout)["error"]["exit_code"] == 5
    missing = run(fake, "monitor", "run", "no-such-monitor", "--wait", "--json")
    error = json.loads(missing.stdout)["error"]
    assert (missing.returncode, error["exit_code"]) == (3, 3) and "HTTP 404" in error["message"]
    fake.monthly_limit, fake.monthly_usage = 10, 10
    spent = run(fake, "restore", str(tmp_path), "--workspace", ws, "--json")
    assert (spent.returncode, json.loads(spent.stdout)["error"]["exit_code"]) == (4, 4)
    fake.monthly_limit = None
    usage = run(fake, "env", "set", "some-env", "oops", "--json")
    assert (usage.returncode, json.loads(usage.stdout)["error"]["exit_code"]) == (2, 2)
