"""scripts/spec_diff.py finds each kind of change on small specs and says rightly whether it breaks clients."""

from __future__ import annotations

import copy
import functools
import http.server
import json
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import regenerate, spec_diff

BASE = yaml.safe_load(
    """
openapi: 3.1.0
info: {title: Things, version: '1.0'}
paths:
  /things/{thingId}:
    get:
      operationId: getThing
      tags: [Things]
      parameters:
        - {name: thingId, in: path, required: true, schema: {type: string}}
        - {name: workspace, in: query, required: true, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
        - {name: sort, in: query, schema: {type: string, enum: [name, date]}}
      responses:
        '200':
          description: The thing.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
        '404': {description: No such thing.}
  /things:
    post:
      operationId: createThing
      tags: [Things]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                size: {type: integer}
                kind: {type: string, enum: [small, large]}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
components:
  schemas:
    Thing:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        score: {type: integer}
        ratio: {type: number}
        state: {type: string, enum: [active, archived]}
        owner: {type: [string, 'null']}
        createdAt: {type: string, format: date-time}
"""
)

GET = ("paths", "/things/{thingId}", "get")
POST = ("paths", "/things", "post")
THING = ("components", "schemas", "Thing")
BODY = (*POST, "requestBody", "content", "application/json", "schema")


def at(document: dict[str, Any], *keys: str | int) -> Any:
    node: Any = document
    for key in keys:
        node = node[key]
    return node


def changes(old: dict[str, Any], new: dict[str, Any]) -> set[tuple[str, str, str, bool]]:
    """(operationId, kind, where, breaking) of every change found."""
    result = spec_diff.diff_documents(old, new)
    return {(op.operation_id, c.kind, c.where, c.breaking) for op in result.operations for c in op.changes}


def param(document: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in at(document, *GET, "parameters") if p["name"] == name)


# Each case edits a copy of BASE and names every change that must be found, with its verdict.
Edit = Callable[[dict[str, Any]], None]
CASES: list[tuple[str, Edit, set[tuple[str, str, str, bool]]]] = []


def case(*expected: tuple[str, str, str, bool]) -> Callable[[Edit], Edit]:
    def register(edit: Edit) -> Edit:
        CASES.append((edit.__name__, edit, set(expected)))
        return edit

    return register


@case(("listOthers", "operation-added", "", False))
def operation_added(d: dict[str, Any]) -> None:
    d["paths"]["/others"] = {"get": {"operationId": "listOthers", "tags": ["Things"], "responses": {}}}


@case(("createThing", "operation-removed", "", True))
def operation_removed(d: dict[str, Any]) -> None:
    del d["paths"]["/things"]


@case(("createThing", "operation-moved", "", True))
def path_changed(d: dict[str, Any]) -> None:
    d["paths"]["/items"] = d["paths"].pop("/things")


@case(("createThing", "operation-moved", "", True))
def method_changed(d: dict[str, Any]) -> None:
    d["paths"]["/things"]["put"] = d["paths"]["/things"].pop("post")


@case(("getThing", "operation-id-changed", "", True))
def operation_id_changed(d: dict[str, Any]) -> None:
    at(d, *GET)["operationId"] = "fetchThing"


@case(("getThing", "operation-id-changed", "", False))
def operation_id_changed_with_alias(d: dict[str, Any]) -> None:
    at(d, *GET)["operationId"] = "fetchThing"
    at(d, *GET)["x-deprecated-aliases"] = [{"operationId": "getThing", "since": "0.2.0", "removeIn": "0.3.0"}]


@case(("createThing", "operation-removed", "", False))
def operation_removed_with_alias(d: dict[str, Any]) -> None:
    del d["paths"]["/things"]
    at(d, *GET)["x-deprecated-aliases"] = [{"operationId": "createThing", "since": "0.2.0", "removeIn": "0.3.0"}]


@case(("getThing", "operation-tag-changed", "", True))
def tag_changed(d: dict[str, Any]) -> None:
    at(d, *GET)["tags"] = ["Items"]


@case(("getThing", "operation-deprecated", "", False))
def operation_deprecated(d: dict[str, Any]) -> None:
    at(d, *GET)["deprecated"] = True


@case(("getThing", "parameter-added", "query parameter 'q'", False))
def optional_parameter_added(d: dict[str, Any]) -> None:
    at(d, *GET, "parameters").append({"name": "q", "in": "query", "schema": {"type": "string"}})


@case(("getThing", "parameter-added", "header parameter 'X-Team'", True))
def required_parameter_added(d: dict[str, Any]) -> None:
    at(d, *GET, "parameters").append({"name": "X-Team", "in": "header", "required": True, "schema": {"type": "string"}})


@case(("getThing", "parameter-removed", "query parameter 'limit'", True))
def parameter_removed(d: dict[str, Any]) -> None:
    at(d, *GET)["parameters"] = [p for p in at(d, *GET, "parameters") if p["name"] != "limit"]


@case(("getThing", "parameter-now-required", "query parameter 'limit'", True))
def parameter_now_required(d: dict[str, Any]) -> None:
    param(d, "limit")["required"] = True


@case(("getThing", "parameter-now-optional", "query parameter 'workspace'", False))
def parameter_now_optional(d: dict[str, Any]) -> None:
    param(d, "workspace")["required"] = False


@case(("getThing", "parameter-type-changed", "query parameter 'limit'", True))
def parameter_type_changed(d: dict[str, Any]) -> None:
    param(d, "limit")["schema"] = {"type": "string"}


@case(("getThing", "parameter-type-changed", "query parameter 'limit'", False))
def parameter_type_widened(d: dict[str, Any]) -> None:
    param(d, "limit")["schema"] = {"type": "number"}


@case(("getThing", "parameter-enum-value-added", "query parameter 'sort'", False))
def parameter_enum_value_added(d: dict[str, Any]) -> None:
    param(d, "sort")["schema"]["enum"].append("size")


@case(("getThing", "parameter-enum-value-removed", "query parameter 'sort'", True))
def parameter_enum_value_removed(d: dict[str, Any]) -> None:
    param(d, "sort")["schema"]["enum"].remove("date")


@case(("getThing", "parameter-renamed", "path parameter 'id'", True))
def path_parameter_renamed(d: dict[str, Any]) -> None:
    param(d, "thingId")["name"] = "id"
    d["paths"]["/things/{id}"] = d["paths"].pop("/things/{thingId}")


@case(("createThing", "request-field-added", "request body field 'color'", False))
def optional_request_field_added(d: dict[str, Any]) -> None:
    at(d, *BODY, "properties")["color"] = {"type": "string"}


@case(("createThing", "request-field-added", "request body field 'color'", True))
def required_request_field_added(d: dict[str, Any]) -> None:
    at(d, *BODY, "properties")["color"] = {"type": "string"}
    at(d, *BODY, "required").append("color")


@case(("createThing", "request-field-removed", "request body field 'size'", True))
def request_field_removed(d: dict[str, Any]) -> None:
    del at(d, *BODY, "properties")["size"]


@case(("createThing", "request-field-now-required", "request body field 'size'", True))
def request_field_now_required(d: dict[str, Any]) -> None:
    at(d, *BODY, "required").append("size")


@case(("createThing", "request-field-now-optional", "request body field 'name'", False))
def request_field_now_optional(d: dict[str, Any]) -> None:
    at(d, *BODY)["required"] = []


@case(("createThing", "request-field-type-changed", "request body field 'size'", True))
def request_field_type_changed(d: dict[str, Any]) -> None:
    at(d, *BODY, "properties", "size")["type"] = "string"


@case(("createThing", "request-field-enum-value-removed", "request body field 'kind'", True))
def request_enum_value_removed(d: dict[str, Any]) -> None:
    at(d, *BODY, "properties", "kind", "enum").remove("large")


@case(("createThing", "request-field-enum-value-added", "request body field 'kind'", False))
def request_enum_value_added(d: dict[str, Any]) -> None:
    at(d, *BODY, "properties", "kind", "enum").append("medium")


@case(("createThing", "request-field-enum-added", "request body field 'name'", True))
def request_field_restricted_to_an_enum(d: dict[str, Any]) -> None:
    at(d, *BODY, "properties", "name")["enum"] = ["a", "b"]


@case(("createThing", "request-field-now-nullable", "request body field 'name'", False))
def request_field_now_nullable(d: dict[str, Any]) -> None:
    at(d, *BODY, "properties", "name")["type"] = ["string", "null"]


@case(("createThing", "request-body-now-optional", "request body", False))
def request_body_now_optional(d: dict[str, Any]) -> None:
    at(d, *POST, "requestBody")["required"] = False


@case(("createThing", "request-body-removed", "request body", True))
def request_body_removed(d: dict[str, Any]) -> None:
    del at(d, *POST)["requestBody"]


@case(("getThing", "request-body-added", "request body", True))
def required_request_body_added(d: dict[str, Any]) -> None:
    at(d, *GET)["requestBody"] = {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}


@case(
    ("createThing", "request-media-type-removed", "request body", True),
    ("createThing", "request-media-type-added", "request body", False),
)
def request_media_type_changed(d: dict[str, Any]) -> None:
    content = at(d, *POST, "requestBody", "content")
    content["application/merge-patch+json"] = content.pop("application/json")


@case(("getThing", "response-field-added", "response 200 field 'color'", False))
def response_field_added(d: dict[str, Any]) -> None:
    at(d, *THING, "properties")["color"] = {"type": "string"}


@case(("getThing", "response-field-removed", "response 200 field 'score'", True))
def response_field_removed(d: dict[str, Any]) -> None:
    del at(d, *THING, "properties")["score"]


@case(("getThing", "response-field-type-changed", "response 200 field 'score'", True))
def response_field_widened(d: dict[str, Any]) -> None:
    at(d, *THING, "properties", "score")["type"] = "number"


@case(("getThing", "response-field-type-changed", "response 200 field 'ratio'", False))
def response_field_narrowed(d: dict[str, Any]) -> None:
    at(d, *THING, "properties", "ratio")["type"] = "integer"


@case(("getThing", "response-field-type-changed", "response 200 field 'createdAt'", True))
def response_field_lost_its_date_time_format(d: dict[str, Any]) -> None:
    del at(d, *THING, "properties", "createdAt")["format"]


@case(("getThing", "response-field-enum-value-added", "response 200 field 'state'", True))
def response_enum_value_added(d: dict[str, Any]) -> None:
    at(d, *THING, "properties", "state", "enum").append("deleted")


@case(("getThing", "response-field-enum-value-removed", "response 200 field 'state'", False))
def response_enum_value_removed(d: dict[str, Any]) -> None:
    at(d, *THING, "properties", "state", "enum").remove("archived")


@case(("getThing", "response-field-enum-removed", "response 200 field 'state'", True))
def response_enum_lifted(d: dict[str, Any]) -> None:
    del at(d, *THING, "properties", "state")["enum"]


@case(("getThing", "response-field-now-optional", "response 200 field 'name'", True))
def response_field_now_optional(d: dict[str, Any]) -> None:
    at(d, *THING)["required"] = ["id"]


@case(("getThing", "response-field-now-required", "response 200 field 'score'", False))
def response_field_now_required(d: dict[str, Any]) -> None:
    at(d, *THING, "required").append("score")


@case(("getThing", "response-field-now-nullable", "response 200 field 'name'", True))
def response_field_now_nullable(d: dict[str, Any]) -> None:
    at(d, *THING, "properties", "name")["type"] = ["string", "null"]


@case(("getThing", "response-field-no-longer-nullable", "response 200 field 'owner'", False))
def response_field_no_longer_nullable(d: dict[str, Any]) -> None:
    at(d, *THING, "properties", "owner")["type"] = "string"


@case(("getThing", "response-body-type-changed", "response 200", True))
def response_body_type_changed(d: dict[str, Any]) -> None:
    at(d, *GET, "responses", "200", "content", "application/json")["schema"] = {"type": "string"}


@case(
    ("getThing", "response-removed", "response 200", True),
    ("getThing", "response-added", "response 202", False),
)
def success_status_changed(d: dict[str, Any]) -> None:
    responses = at(d, *GET, "responses")
    responses["202"] = responses.pop("200")


@case(("getThing", "response-removed", "response 404", False), ("getThing", "response-added", "response 429", False))
def error_statuses_changed(d: dict[str, Any]) -> None:
    responses = at(d, *GET, "responses")
    del responses["404"]
    responses["429"] = {"description": "Slow down."}


@case(
    ("getThing", "response-media-type-removed", "response 200", True),
    ("getThing", "response-media-type-added", "response 200", False),
)
def response_media_type_changed(d: dict[str, Any]) -> None:
    content = at(d, *GET, "responses", "200", "content")
    content["application/xml"] = content.pop("application/json")


@pytest.mark.parametrize(("edit", "expected"), [(e, x) for _, e, x in CASES], ids=[name for name, _, _ in CASES])
def test_each_kind_of_change_is_found_and_judged(edit: Edit, expected: set[tuple[str, str, str, bool]]) -> None:
    new = copy.deepcopy(BASE)
    edit(new)
    assert changes(BASE, new) == expected


REVERSED = {
    # the same edits read from NEW to OLD: the opposite verdicts
    request_field_now_nullable: ("createThing", "request-field-no-longer-nullable", "request body field 'name'", True),
    request_body_now_optional: ("createThing", "request-body-now-required", "request body", True),
    request_body_removed: ("createThing", "request-body-added", "request body", True),
    parameter_now_optional: ("getThing", "parameter-now-required", "query parameter 'workspace'", True),
    response_field_no_longer_nullable: ("getThing", "response-field-now-nullable", "response 200 field 'owner'", True),
    operation_added: ("listOthers", "operation-removed", "", True),
}


@pytest.mark.parametrize(("edit", "expected"), REVERSED.items(), ids=[edit.__name__ for edit in REVERSED])
def test_changes_read_backwards_get_the_opposite_verdict(edit: Edit, expected: tuple[str, str, str, bool]) -> None:
    new = copy.deepcopy(BASE)
    edit(new)
    assert changes(new, BASE) == {expected}


def test_an_optional_request_body_added_is_not_breaking() -> None:
    new = copy.deepcopy(BASE)
    at(new, *GET)["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}
    assert changes(BASE, new) == {("getThing", "request-body-added", "request body", False)}


def test_identical_documents_have_no_changes() -> None:
    assert spec_diff.diff_documents(BASE, copy.deepcopy(BASE)).operations == []


def test_breaking_changes_come_first_and_are_counted() -> None:
    new = copy.deepcopy(BASE)
    at(new, *THING, "properties")["color"] = {"type": "string"}  # not breaking
    del at(new, *BODY, "properties")["size"]  # breaking
    result = spec_diff.diff_documents(BASE, new)
    ordered = [change.breaking for _, change in result.changes()]
    assert ordered == [True, False]
    assert result.summary()["breaking_changes"] == 1 and result.summary()["operations_changed"] == 2
    text = result.to_text()
    assert text.index("Breaking changes:") < text.index("request body field 'size'") < text.index("Other changes:")


# --- OpenAPI 3.0 against 3.1, $refs, recursion -------------------------------------------------

OWNER_30 = {"allOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": True}
OWNER_31 = {"oneOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]}


def with_owner(version: str, owner: dict[str, Any], note: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(BASE)
    document["openapi"] = version
    properties = at(document, *THING, "properties")
    properties["owner"] = owner
    properties["note"] = note
    at(document, "components", "schemas")["Owner"] = {"type": "object", "properties": {"id": {"type": "integer"}}}
    return document


def test_nullability_written_the_30_or_the_31_way_is_the_same() -> None:
    old = with_owner("3.0.3", OWNER_30, {"type": "string", "nullable": True})
    new = with_owner("3.1.0", OWNER_31, {"type": ["string", "null"]})
    assert changes(old, new) == set()
    assert changes(new, old) == set()


def test_a_real_nullability_change_is_still_reported() -> None:
    old = with_owner("3.0.3", OWNER_30, {"type": "string"})
    new = with_owner("3.1.0", OWNER_31, {"type": ["string", "null"]})
    assert changes(old, new) == {("getThing", "response-field-now-nullable", "response 200 field 'note'", True)}


def test_refs_and_inline_schemas_compare_by_content() -> None:
    inline = copy.deepcopy(BASE)
    at(inline, *GET, "responses", "200", "content", "application/json")["schema"] = copy.deepcopy(at(BASE, *THING))
    shared = copy.deepcopy(BASE)
    at(shared, "components")["parameters"] = {"Limit": param(shared, "limit")}
    at(shared, *GET)["parameters"] = [
        {"$ref": "#/components/parameters/Limit"} if p["name"] == "limit" else p for p in at(shared, *GET, "parameters")
    ]
    assert changes(BASE, inline) == set()
    assert changes(BASE, shared) == set()


def folders(document: dict[str, Any]) -> dict[str, Any]:
    """A recursive collection: a folder holds folders and requests."""
    schemas = at(document, "components", "schemas")
    schemas["Folder"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "item": {
                "type": "array",
                "items": {"oneOf": [{"$ref": "#/components/schemas/Folder"}, {"$ref": "#/components/schemas/Request"}]},
            },
        },
    }
    schemas["Request"] = {
        "type": "object",
        "required": ["name", "method"],
        "properties": {"name": {"type": "string"}, "method": {"type": "string"}},
    }
    at(document, *GET, "responses", "200", "content", "application/json")["schema"] = {
        "$ref": "#/components/schemas/Folder"
    }
    return document


def test_recursive_schemas_are_walked_once_per_branch() -> None:
    old, new = folders(copy.deepcopy(BASE)), folders(copy.deepcopy(BASE))
    assert changes(old, new) == set()
    reader = spec_diff.SchemaReader(spec_diff.Document(old))
    walked = reader.fields({"$ref": "#/components/schemas/Folder"})
    # A folder inside a folder is the same Folder again: the walk stops there.
    assert set(walked) == {"", "name", "item", "item[]", "item[].name", "item[].method"}
    del at(new, "components", "schemas", "Request", "properties")["method"]
    assert changes(old, new) == {("getThing", "response-field-removed", "response 200 field 'item[].method'", True)}


def test_a_whole_removed_object_is_reported_once() -> None:
    new = copy.deepcopy(BASE)
    at(new, *GET, "responses", "200", "content", "application/json")["schema"] = {
        "type": "object",
        "properties": {"thing": {"$ref": "#/components/schemas/Thing"}},
    }
    old = copy.deepcopy(new)
    del at(new, *GET, "responses", "200", "content", "application/json", "schema", "properties")["thing"]
    assert changes(old, new) == {("getThing", "response-field-removed", "response 200 field 'thing'", True)}


def test_our_spec_compared_with_itself_has_no_changes(spec: dict[str, Any]) -> None:
    """The real spec, with its recursive collection format, walks to the end and finds nothing."""
    assert spec_diff.diff_documents(spec, copy.deepcopy(spec)).operations == []


# --- sources: spec directory, files, URLs, git -------------------------------------------------


def write_spec_dir(root: Path, document: dict[str, Any]) -> Path:
    """Lay a document out like spec/: openapi.yaml plus one file under paths/."""
    spec_dir = root / "spec"
    (spec_dir / "paths").mkdir(parents=True)
    top = {key: value for key, value in document.items() if key not in ("paths", "components")}
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(top), encoding="utf-8")
    part = {"paths": document["paths"], "components": document["components"]}
    (spec_dir / "paths" / "things.yaml").write_text(yaml.safe_dump(part), encoding="utf-8")
    return spec_dir


def test_a_spec_directory_is_bundled(tmp_path: Path) -> None:
    old_dir = write_spec_dir(tmp_path / "old", BASE)
    new = copy.deepcopy(BASE)
    del new["paths"]["/things"]
    new_file = tmp_path / "new.json"
    new_file.write_text(json.dumps(new), encoding="utf-8")
    result = spec_diff.diff_sources(str(old_dir), str(new_file))
    assert [(op.operation_id, op.status) for op in result.operations] == [("createThing", "removed")]


def test_yaml_timestamps_stay_strings(tmp_path: Path) -> None:
    source = tmp_path / "dated.yaml"
    text = yaml.safe_dump(BASE) + "x-released: 2024-05-03T16:02:45Z\n"
    source.write_text(text, encoding="utf-8")
    document = spec_diff.load(str(source))
    assert document["x-released"] == "2024-05-03T16:02:45Z"
    json.dumps(document)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving tmp_path."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_documents_load_from_urls(tmp_path: Path, served: str) -> None:
    new = copy.deepcopy(BASE)
    at(new, *GET)["deprecated"] = True
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(BASE), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    result = spec_diff.diff_sources(f"{served}/old.yaml", f"{served}/new.json")
    assert [(op.operation_id, c.kind) for op, c in result.changes()] == [("getThing", "operation-deprecated")]
    with pytest.raises(spec_diff.SpecDiffError, match="cannot download"):
        spec_diff.load(f"{served}/missing.yaml")


def test_command_line_text_json_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    edited = copy.deepcopy(BASE)
    param(edited, "limit")["required"] = True  # breaking
    at(edited, *THING, "properties")["color"] = {"type": "string"}  # not breaking
    new.write_text(yaml.safe_dump(edited), encoding="utf-8")

    assert spec_diff.main([str(old), str(new)]) == 0
    text = capsys.readouterr().out
    assert "operations: 0 added, 0 removed, 1 changed; changes: 1 breaking, 1 other" in text
    assert "! query parameter 'limit': now required" in text

    assert spec_diff.main([str(old), str(new), "--fail-on-breaking"]) == 1
    capsys.readouterr()
    assert spec_diff.main([str(old), str(old), "--fail-on-breaking"]) == 0
    capsys.readouterr()

    assert spec_diff.main([str(old), str(new), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["breaking_changes"] == 1
    assert [(c["kind"], c["breaking"]) for c in report["changes"]] == [
        ("parameter-now-required", True),
        ("response-field-added", False),
    ]

    assert spec_diff.main([str(old), str(tmp_path / "absent.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err


# --- the summary regenerate.py prints ----------------------------------------------------------


def git(root: Path, *args: str) -> None:
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", *identity, "-C", str(root), *args], check=True, capture_output=True)


def test_regenerate_summary_lists_breaking_changes_first(tmp_path: Path) -> None:
    spec_dir = write_spec_dir(tmp_path, BASE)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "spec")
    git(tmp_path, "commit", "-q", "-m", "spec")
    assert regenerate.change_summary(tmp_path, spec_dir) == ["Spec changes against HEAD: none (spec/ is as committed)."]
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump({**BASE, "paths": {}, "components": {}}), encoding="utf-8")
    assert regenerate.change_summary(tmp_path, spec_dir) == ["Spec changes against HEAD: none in operations."]

    changed = copy.deepcopy(BASE)
    changed["paths"]["/others"] = {"get": {"operationId": "listOthers", "tags": ["Things"], "responses": {}}}
    del changed["paths"]["/things"]
    (spec_dir / "paths" / "things.yaml").write_text(
        yaml.safe_dump({"paths": changed["paths"], "components": changed["components"]}), encoding="utf-8"
    )
    lines = regenerate.change_summary(tmp_path, spec_dir)
    assert lines == [
        "Spec changes against HEAD: operations: 1 added, 1 removed, 0 changed; changes: 1 breaking, 1 other",
        "  BREAKING POST /things (createThing): operation removed",
        "  GET /others (listOthers): operation added",
    ]


def test_regenerate_summary_without_git_is_one_line(tmp_path: Path) -> None:
    spec_dir = write_spec_dir(tmp_path, BASE)
    (lines,) = regenerate.change_summary(tmp_path, spec_dir)
    assert lines.startswith("Spec changes against HEAD: unknown (")


def test_regenerate_summary_works_for_a_project_inside_a_larger_repository(tmp_path: Path) -> None:
    project = tmp_path / "clients" / "postman"
    spec_dir = write_spec_dir(project, BASE)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "spec")
    edited = copy.deepcopy(BASE)
    at(edited, *GET)["deprecated"] = True
    (spec_dir / "paths" / "things.yaml").write_text(
        yaml.safe_dump({"paths": edited["paths"], "components": edited["components"]}), encoding="utf-8"
    )
    assert regenerate.change_summary(project, spec_dir)[1:] == ["  GET /things/{thingId} (getThing): now deprecated"]
