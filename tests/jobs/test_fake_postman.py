"""The fake's answers have the shapes of our spec: the client reads every one typed, strictly."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

import pytest
from fake_postman import FAKE_KEY, seed_workspace
from jobs_support import fake_and_client

from postman_ext import Postman, QuotaExceededError, RateLimitError, materialize


def calls(ws: str, ids: dict[str, str]) -> list[tuple[str, Callable[[Postman], Any]]]:
    return [
        ("me", lambda pm: pm.users.get_authenticated_user()),
        ("workspaces", lambda pm: pm.workspaces.get_workspaces()),
        ("workspace", lambda pm: pm.workspaces.get_workspace(ws)),
        ("globals", lambda pm: pm.workspaces.get_workspace_global_variables(ws)),
        ("collections", lambda pm: pm.collections.get_collections(workspace=ws, limit=2)),
        ("collection", lambda pm: pm.collections.get_collection(ids["collection"])),
        ("environments", lambda pm: pm.environments.get_environments(workspace=ws)),
        ("environment", lambda pm: pm.environments.get_environment(ids["environment"])),
        ("mocks", lambda pm: pm.mocks.get_mocks(workspace=ws)),
        ("mock", lambda pm: pm.mocks.get_mock(ids["mock"])),
        ("monitors", lambda pm: pm.monitors.get_monitors(workspace=ws)),
        ("monitor", lambda pm: pm.monitors.get_monitor(ids["monitor"])),
        ("run", lambda pm: pm.monitors.run_monitor(ids["monitor"])),
        ("specs", lambda pm: pm.specs.get_all_specs(workspace_id=ws)),
        ("spec", lambda pm: pm.specs.get_spec(ids["spec"])),
        ("spec files", lambda pm: pm.specs.get_spec_files(ids["spec"])),
        ("spec file", lambda pm: pm.specs.get_spec_file(ids["spec"], "components/schemas.yaml")),
        ("update mock", lambda pm: pm.mocks.update_mock(ids["mock"], body={"mock": {"name": "M", "private": False}})),
        ("update monitor", lambda pm: pm.monitors.update_monitor(ids["monitor"], body={"monitor": {"active": False}})),
        ("rename spec", lambda pm: pm.specs.update_spec_properties(ids["spec"], body={"name": "Renamed"})),
        ("add spec file", lambda pm: pm.specs.create_spec_file(ids["spec"], body={"path": "a/b.yaml", "content": "x"})),
        (
            "change spec file",
            lambda pm: pm.specs.update_spec_file(ids["spec"], "components/schemas.yaml", body={"type": "ROOT"}),
        ),
    ]


@pytest.mark.parametrize("name", [name for name, _ in calls("", {})])
def test_every_answer_reads_strictly_typed(name: str) -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake)
        space = fake.workspaces[ws]
        ids = {
            kind: next(iter(getattr(space, kind + "s")))
            for kind in ("collection", "environment", "mock", "monitor", "spec")
        }
        call = dict(calls(ws, ids))[name]
        model = call(pm)
        materialize(model, deep=True, strict=True)
    assert model.to_dict()


def test_past_the_window_the_fake_answers_429_with_postman_headers() -> None:
    with fake_and_client(rate_limit=2, window=3600) as (fake, pm):
        pm.users.get_authenticated_user()
        assert pm.rate_limit.limit == 2 and pm.rate_limit.remaining == 1
        pm.users.get_authenticated_user()
        request = urllib.request.Request(fake.url + "/me", headers={"X-Api-Key": FAKE_KEY})
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=10)
        with pytest.raises(RateLimitError, match="longer than max_retry_wait"):
            pm.users.get_authenticated_user()  # the client knows, and does not send
    assert caught.value.code == 429 and caught.value.headers["X-RateLimit-Remaining"] == "0"
    assert int(caught.value.headers["Retry-After"]) > 0
    assert json.loads(caught.value.read())["error"] == "rateLimited"
    assert fake.rate_limited == 1


def test_a_spent_monthly_allowance_answers_service_limit_exhausted() -> None:
    with fake_and_client(monthly_limit=1) as (fake, pm):
        assert pm.users.get_authenticated_user().operations[0].name == "api_usage"
        with pytest.raises(QuotaExceededError) as caught:
            pm.users.get_authenticated_user()
    assert caught.value.error_name == "serviceLimitExhausted" and fake.quota_refused == 1


def test_a_deleted_spec_file_is_gone() -> None:
    with fake_and_client() as (fake, pm):
        ws = seed_workspace(fake)
        spec = next(iter(fake.workspaces[ws].specs))
        pm.specs.delete_spec_file(spec, "components/schemas.yaml")
        paths = [f.path for f in pm.specs.get_spec_files(spec).files or []]
    assert paths == ["index.yaml"]
