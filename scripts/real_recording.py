"""Recording cassettes against the real Postman API (``record_cassettes.py --real``).

A scenario makes a scratch workspace, fills it (a collection with a folder, a request and a
saved response, a comment, an environment, a mock server with a server response), exercises
the operations that work on such resources, and deletes everything it made, even when a step
fails. Requests are paced (1.5 s apart by default: Postman allows 300 a minute, and 10 per
10 seconds on its tighter list endpoints).

Each exchange is saved through the same scrubber as the test suite. The replayed tests call
operations with placeholder ids (tests/operation_calls.py), so the recorded request is
rewritten to the URL the test will send; the response stays what Postman answered. An
operation whose call fails keeps the cassette it had.

Operations outside the scenario (Enterprise-only ones, monitors and webhooks that would run
on a schedule, forks and merges across accounts, ...) are reported as not recorded.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as `python scripts/real_recording.py`: import `tests` and `scripts`
    sys.path.insert(0, str(ROOT))

from postman_ext import Postman, PostmanError  # noqa: E402
from tests.cassette_safety import ScrubbingPersister  # noqa: E402
from tests.operation_calls import all_calls, build_body, endpoint_module  # noqa: E402

CASSETTES = ROOT / "tests" / "client" / "cassettes" / "test_operations"


@dataclass
class Context:
    """Ids of what the scenario made, filled in as steps run."""

    ids: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.ids[name]


def _model(operation_id: str, data: Any) -> Any:
    """Build the body model the operation takes, from plain data (with the builder the tests use)."""
    return build_body(all_calls()[operation_id], data)


Step = tuple[str, Callable[[Context], dict[str, Any]], Callable[[Context, Any], None] | None]


def _keep(name: str, read: Callable[[Any], Any]) -> Callable[[Context, Any], None]:
    def capture(context: Context, result: Any) -> None:
        context.ids[name] = read(result)

    return capture


def scenario(stamp: str) -> list[Step]:
    """The ordered steps: (operationId, arguments from the context, what to remember of the result)."""
    collection_doc = {
        "info": {
            "name": f"postman-ext recording {stamp}",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        },
        "item": [
            {
                "name": "Payments",
                "item": [
                    {
                        "name": "Refunds",
                        "item": [
                            {"name": "List refunds", "request": {"method": "GET", "url": "https://example.com/refunds"}}
                        ],
                    },
                ],
            }
        ],
    }
    environment = {
        "name": f"postman-ext recording {stamp}",
        "values": [{"key": "baseUrl", "value": "https://example.com", "enabled": True}],
    }
    return [
        ("getAuthenticatedUser", lambda c: {}, _keep("user", lambda r: r.user.id)),
        (
            "createWorkspace",
            lambda c: {
                "body": _model(
                    "createWorkspace",
                    {
                        "workspace": {
                            "name": f"postman-ext recording {stamp}",
                            "type": "personal",
                            "description": "Scratch space of scripts/record_cassettes.py --real; deleted at the end.",
                        }
                    },
                )
            },
            _keep("workspace", lambda r: r.workspace.id),
        ),
        ("getWorkspaces", lambda c: {}, None),
        ("getWorkspace", lambda c: {"workspace_id": c["workspace"]}, None),
        (
            "updateWorkspace",
            lambda c: {
                "workspace_id": c["workspace"],
                "body": _model("updateWorkspace", {"workspace": {"name": f"postman-ext recording {stamp} (renamed)"}}),
            },
            None,
        ),
        ("getWorkspaceGlobalVariables", lambda c: {"workspace_id": c["workspace"]}, None),
        (
            "updateWorkspaceGlobalVariables",
            lambda c: {
                "workspace_id": c["workspace"],
                "body": _model(
                    "updateWorkspaceGlobalVariables",
                    {"values": [{"key": "region", "value": "eu", "type": "default", "enabled": True}]},
                ),
            },
            None,
        ),
        (
            "createCollection",
            lambda c: {"workspace": c["workspace"], "body": _model("createCollection", {"collection": collection_doc})},
            lambda c, r: c.ids.update(collection=r.collection.id, collection_uid=r.collection.uid),
        ),
        ("getCollections", lambda c: {"workspace": c["workspace"]}, None),
        (
            "getCollection",
            lambda c: {"collection_id": c["collection_uid"]},
            _keep("collection_doc", lambda r: r.collection.to_dict()),
        ),
        (
            "patchCollection",
            lambda c: {
                "collection_id": c["collection"],
                "body": _model(
                    "patchCollection", {"collection": {"info": {"name": f"postman-ext recording {stamp} (patched)"}}}
                ),
            },
            None,
        ),
        (
            "putCollection",
            lambda c: {
                "collection_id": c["collection"],
                "body": _model("putCollection", {"collection": c["collection_doc"]}),
            },
            None,
        ),
        (
            "createCollectionFolder",
            lambda c: {"collection_id": c["collection"], "body": _model("createCollectionFolder", {"name": "Payouts"})},
            _keep("folder", lambda r: r.data.id),
        ),
        ("getCollectionFolder", lambda c: {"collection_id": c["collection"], "folder_id": c["folder"]}, None),
        (
            "updateCollectionFolder",
            lambda c: {
                "collection_id": c["collection"],
                "folder_id": c["folder"],
                "body": _model("updateCollectionFolder", {"name": "Payouts (v2)"}),
            },
            None,
        ),
        (
            "createCollectionRequest",
            lambda c: {
                "collection_id": c["collection"],
                "folder_id": c["folder"],
                "body": _model(
                    "createCollectionRequest",
                    {"name": "List payouts", "method": "GET", "url": "https://example.com/payouts"},
                ),
            },
            _keep("request", lambda r: r.data.id),
        ),
        ("getCollectionRequest", lambda c: {"collection_id": c["collection"], "request_id": c["request"]}, None),
        (
            "updateCollectionRequest",
            lambda c: {
                "collection_id": c["collection"],
                "request_id": c["request"],
                "body": _model("updateCollectionRequest", {"name": "List recent payouts"}),
            },
            None,
        ),
        (
            "createCollectionResponse",
            lambda c: {
                "collection_id": c["collection"],
                "request": c["request"],
                "body": _model(
                    "createCollectionResponse",
                    {"name": "Two payouts", "responseCode": {"code": 200, "name": "OK"}, "text": "[]"},
                ),
            },
            _keep("response", lambda r: r.data.id),
        ),
        ("getCollectionResponse", lambda c: {"collection_id": c["collection"], "response_id": c["response"]}, None),
        (
            "updateCollectionResponse",
            lambda c: {
                "collection_id": c["collection"],
                "response_id": c["response"],
                "body": _model("updateCollectionResponse", {"name": "No payouts"}),
            },
            None,
        ),
        (
            "createCollectionComment",
            lambda c: {
                "collection_id": c["collection_uid"],
                "body": _model("createCollectionComment", {"body": "Recorded by postman-ext."}),
            },
            _keep("comment", lambda r: r.data.id),
        ),
        ("getCollectionComments", lambda c: {"collection_id": c["collection_uid"]}, None),
        (
            "updateCollectionComment",
            lambda c: {
                "collection_id": c["collection_uid"],
                "comment_id": c["comment"],
                "body": _model("updateCollectionComment", {"body": "Recorded by postman-ext (edited)."}),
            },
            None,
        ),
        ("deleteCollectionComment", lambda c: {"collection_id": c["collection_uid"], "comment_id": c["comment"]}, None),
        ("getCollectionTags", lambda c: {"collection_id": c["collection_uid"]}, None),
        (
            "createEnvironment",
            lambda c: {"workspace": c["workspace"], "body": _model("createEnvironment", {"environment": environment})},
            lambda c, r: c.ids.update(environment=r.environment.id, environment_uid=r.environment.uid),
        ),
        ("getEnvironments", lambda c: {"workspace": c["workspace"]}, None),
        ("getEnvironment", lambda c: {"environment_id": c["environment"]}, None),
        (
            "putEnvironment",
            lambda c: {
                "environment_id": c["environment"],
                "body": _model(
                    "putEnvironment", {"environment": {**environment, "name": environment["name"] + " (replaced)"}}
                ),
            },
            None,
        ),
        (
            "patchEnvironment",
            lambda c: {
                "environment_id": c["environment"],
                "body": _model(
                    "patchEnvironment",
                    [{"op": "replace", "path": "/values/0/value", "value": "https://eu.example.com"}],
                ),
            },
            None,
        ),
        (
            "createMock",
            lambda c: {
                "workspace": c["workspace"],
                "body": _model(
                    "createMock",
                    {
                        "mock": {
                            "collection": c["collection_uid"],
                            "environment": c["environment_uid"],
                            "name": f"postman-ext recording {stamp}",
                            "private": True,
                        }
                    },
                ),
            },
            _keep("mock", lambda r: r.mock.id),
        ),
        ("getMocks", lambda c: {"workspace": c["workspace"]}, None),
        ("getMock", lambda c: {"mock_id": c["mock"]}, None),
        (
            "updateMock",
            lambda c: {
                "mock_id": c["mock"],
                "body": _model("updateMock", {"mock": {"name": f"postman-ext recording {stamp} (renamed)"}}),
            },
            None,
        ),
        ("getMockCallLogs", lambda c: {"mock_id": c["mock"]}, None),
        (
            "createMockServerResponse",
            lambda c: {
                "mock_id": c["mock"],
                "body": _model(
                    "createMockServerResponse", {"serverResponse": {"name": "Down", "statusCode": 503, "body": "{}"}}
                ),
            },
            _keep("server_response", lambda r: r.id),
        ),
        ("getMockServerResponses", lambda c: {"mock_id": c["mock"]}, None),
        ("getMockServerResponse", lambda c: {"mock_id": c["mock"], "server_response_id": c["server_response"]}, None),
        (
            "updateMockServerResponse",
            lambda c: {
                "mock_id": c["mock"],
                "server_response_id": c["server_response"],
                "body": _model("updateMockServerResponse", {"serverResponse": {"statusCode": 502}}),
            },
            None,
        ),
        (
            "deleteMockServerResponse",
            lambda c: {"mock_id": c["mock"], "server_response_id": c["server_response"]},
            None,
        ),
    ]


# What the scenario made, and how to delete it, newest first: (operationId, id it needs, arguments).
TEARDOWN: list[tuple[str, str, Callable[[Context], dict[str, Any]]]] = [
    ("deleteMock", "mock", lambda c: {"mock_id": c["mock"]}),
    ("deleteEnvironment", "environment", lambda c: {"environment_id": c["environment"]}),
    (
        "deleteCollectionResponse",
        "response",
        lambda c: {"collection_id": c["collection"], "response_id": c["response"]},
    ),
    ("deleteCollectionRequest", "request", lambda c: {"collection_id": c["collection"], "request_id": c["request"]}),
    ("deleteCollectionFolder", "folder", lambda c: {"collection_id": c["collection"], "folder_id": c["folder"]}),
    ("deleteCollection", "collection", lambda c: {"collection_id": c["collection"]}),
    ("deleteWorkspace", "workspace", lambda c: {"workspace_id": c["workspace"]}),
]


def _test_uri(operation_id: str) -> str:
    """The URL the replayed test sends for this operation."""
    call = all_calls()[operation_id]
    kwargs = endpoint_module(call)._get_kwargs(**call.arguments)
    request = httpx.Request(kwargs["method"], "https://api.getpostman.com" + kwargs["url"], params=kwargs.get("params"))
    return str(request.url)


def _save(recorded: Path, operation_id: str) -> None:
    data = yaml.safe_load(recorded.read_text(encoding="utf-8"))
    last = data["interactions"][-1]  # after any retry, the answer that counted
    last["request"]["uri"] = _test_uri(operation_id)
    data["interactions"] = [last]
    target = CASSETTES / f"test_operation[{operation_id}].yaml"
    target.write_text(yaml.safe_dump(data, sort_keys=True, allow_unicode=True), encoding="utf-8")


def record_real(api_key: str, base_url: str, wanted: set[str], pace: float) -> int:
    """Run the scenario; record the wanted operations it covers. Returns the number of failures."""
    import vcr  # a test dependency: only the recorder needs it

    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    recorder = vcr.VCR(
        record_mode="all", decode_compressed_response=True, filter_headers=["x-api-key", "authorization", "cookie"]
    )
    recorder.register_persister(ScrubbingPersister)
    context, recorded, failed = Context(), [], []
    steps = scenario(stamp)
    teardown_ops = {op for op, _, _ in TEARDOWN}
    covered = {op for op, _, _ in steps} | teardown_ops
    with (
        Postman(api_key, base_url=base_url, load_entry_points=False, max_retry_wait=90) as pm,
        tempfile.TemporaryDirectory() as tmp,
    ):

        def run(operation_id: str, arguments: dict[str, Any]) -> Any:
            call = all_calls()[operation_id]
            method = getattr(getattr(pm, call.namespace), call.method_name)
            time.sleep(pace)
            cassette = Path(tmp) / f"{operation_id}.yaml"
            with recorder.use_cassette(str(cassette)):
                result = method(**arguments)
            if operation_id in wanted:
                _save(cassette, operation_id)
                recorded.append(operation_id)
            return result

        try:
            for operation_id, arguments, capture in steps:
                try:
                    result = run(operation_id, arguments(context))
                except (PostmanError, KeyError, ValueError, AttributeError) as error:
                    failed.append(f"{operation_id}: {error}")
                    continue
                if capture is not None:
                    capture(context, result)
        finally:
            for operation_id, name, arguments in TEARDOWN:
                if name in context.ids:
                    try:
                        run(operation_id, arguments(context))
                    except Exception as error:  # clean up the rest whatever went wrong here
                        failed.append(f"{operation_id} (clean-up of {context[name]}): {error}")
    print(f"recorded {len(recorded)} cassette(s) from {base_url}:")
    for operation_id in recorded:
        print(f"  test_operation[{operation_id}].yaml")
    for line in failed:
        print(f"  FAILED {line}")
    not_covered = sorted(wanted - covered)
    if not_covered:
        print(f"not recorded ({len(not_covered)} operations outside the scenario; their cassettes are unchanged):")
        print("  " + ", ".join(not_covered))
    return len(failed)
