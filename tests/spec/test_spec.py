"""spec/ is valid OpenAPI, follows our rules, and holds exactly the Postman operations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts.bundle_spec import SpecError, bundle
from scripts.check_spec import operations, rule_problems, validation_problems

DATA = Path(__file__).resolve().parent.parent / "data"
# The issues whose operations spec/ must hold by now: "foundation" (115), "remaining" (86).
REQUIRED_SCOPES = {"foundation", "remaining"}


def expected_operations() -> dict[str, tuple[str, str, str, str]]:
    """operationId -> (first tag, METHOD, path, scope), from tests/data/operations.tsv."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    for line in (DATA / "operations.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            tag, method, path, operation_id, scope = line.split("\t")
            rows[operation_id] = (tag, method, path, scope)
    return rows


def test_reference_list_is_complete() -> None:
    rows = expected_operations()
    assert len(rows) == 201
    scopes = [scope for *_, scope in rows.values()]
    assert scopes.count("foundation") == 115
    assert scopes.count("remaining") == 86


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    assert validation_problems(spec) == []


def test_spec_follows_our_rules(spec: dict[str, Any]) -> None:
    assert rule_problems(spec) == []


def test_every_operation_matches_the_reference(spec: dict[str, Any]) -> None:
    expected = expected_operations()
    found = {op["operationId"]: (op["tags"][0], method.upper(), path) for method, path, op in operations(spec)}
    unknown = sorted(set(found) - set(expected))
    assert unknown == [], f"operations not in Postman's definition: {unknown}"
    wrong = {
        operation_id: (got, expected[operation_id][:3])
        for operation_id, got in found.items()
        if got != expected[operation_id][:3]
    }
    assert wrong == {}, "operations whose tag, method or path differ from the reference"
    missing = sorted(
        operation_id
        for operation_id, (*_, scope) in expected.items()
        if scope in REQUIRED_SCOPES and operation_id not in found
    )
    assert missing == [], f"operations spec/ still lacks: {missing}"


def test_operation_count(spec: dict[str, Any]) -> None:
    expected = expected_operations()
    required = sum(1 for *_, scope in expected.values() if scope in REQUIRED_SCOPES)
    assert sum(1 for _ in operations(spec)) >= required


def test_both_servers_and_the_key_scheme(spec: dict[str, Any]) -> None:
    urls = [server["url"] for server in spec["servers"]]
    assert urls == ["https://api.getpostman.com", "https://api.eu.postman.com"]
    scheme = spec["components"]["securitySchemes"]["ApiKeyHeader"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "X-Api-Key")
    assert spec["security"] == [{"ApiKeyHeader": []}]


def test_429_response_declares_every_rate_limit_header(spec: dict[str, Any]) -> None:
    headers = set(spec["components"]["responses"]["TooManyRequests"]["headers"])
    assert {
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
        "X-RateLimit-RetryAfter",
        "Retry-After",
        "RateLimit",
        "RateLimit-Policy",
    } <= headers


def test_error_body_accepts_both_postman_shapes(spec: dict[str, Any]) -> None:
    members = spec["components"]["schemas"]["ErrorBody"]["oneOf"]
    assert [member["$ref"].rsplit("/", 1)[1] for member in members] == [
        "ErrorEnvelope",
        "ErrorNameMessage",
        "ProblemDetail",
    ]


def test_folders_nest_recursively(spec: dict[str, Any]) -> None:
    folder = spec["components"]["schemas"]["CollectionFolder"]
    members = {member["$ref"] for member in folder["properties"]["item"]["items"]["oneOf"]}
    assert "#/components/schemas/CollectionFolder" in members


def test_no_timestamp_is_read_as_a_datetime(spec: dict[str, Any]) -> None:
    import json

    json.dumps(spec)  # raises TypeError on a datetime that PyYAML made of an unquoted timestamp


def test_bundler_refuses_a_name_defined_twice(tmp_path: Path) -> None:
    (tmp_path / "components").mkdir()
    (tmp_path / "paths").mkdir()
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    part = "components:\n  schemas:\n    Thing: {type: object}\n"
    (tmp_path / "paths" / "a.yaml").write_text(part)
    (tmp_path / "paths" / "b.yaml").write_text(part)
    with pytest.raises(SpecError, match=r"b\.yaml: components/schemas/Thing is already defined in paths/a\.yaml"):
        bundle(tmp_path)


def test_rules_catch_a_missing_429_and_a_title() -> None:
    document = {
        "paths": {"/x": {"get": {"operationId": "getX", "tags": ["X"], "responses": {"200": {"description": "ok"}}}}},
        "components": {"schemas": {"X": {"type": "object", "title": "Successful Response"}}},
    }
    problems = rule_problems(document)
    assert any("429" in problem for problem in problems)
    assert any("'title'" in problem for problem in problems)
