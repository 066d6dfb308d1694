"""In responses, spec/ is no stricter than Postman's definition (issue 11, item 4).

For every operation and every 2xx JSON response, our bundled schema is read next to the
reference's schema for the same operationId and status, field by field, with the reader of
scripts/spec_diff.py: objects, array items (``[]``), map values (``{}``), ``allOf`` merged, and a
``oneOf``/``anyOf`` read as the union of its members (a field is required when every object member
requires it). A field is then reported when

- we require it, and the reference does not require it, or one of the reference's examples
  leaves it out where its parent is present;
- we read it as a date-time (or date), and the reference declares neither format and shows no
  date-time example value there, or one of its example values there is not a date-time.

Where the definition and its examples disagree, the examples win: a real answer must get through.
The collection format itself (``components/collection-format.yaml``) follows Postman's collection
schema, not this definition, and is left out. The reference is read in place, never copied.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from scripts.bundle_spec import ROOT, SPEC_DIR, load_yaml
from scripts.spec_diff import HTTP_METHODS, Document, Field, SchemaReader, load

REFERENCE = ROOT.parent / "shared" / "reference" / "postman-api-1.45.0.yaml"
# What an example value must look like to show a date-time (or a date) at its place.
SHOWS = {
    "date-time": re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"),
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}([T ].*)?$"),
}
SEGMENT = re.compile(r"\[\]|\{\}|\.?([^.\[\]{}]+)")


@dataclass(frozen=True)
class Response:
    """One 2xx JSON response of one document: its schema and its example bodies."""

    schema: Any
    examples: list[Any]


def responses(document: Document) -> dict[tuple[str, str], Response]:
    """(operationId, status) -> the 2xx JSON response, for every operation of ``document``."""
    found = {}
    for item in document.data.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                content = document.resolve(response)[0].get("content") or {}
                media = next((body for name, body in content.items() if "json" in name), None)
                if not str(status).startswith("2") or not media or "schema" not in media:
                    continue
                examples = [media["example"]] if "example" in media else []
                for example in (media.get("examples") or {}).values():
                    example = document.resolve(example)[0]
                    if "value" in example:
                        examples.append(example["value"])
                found[(operation["operationId"], str(status))] = Response(media["schema"], examples)
    return found


def schema_examples(document: Document, schema: Any) -> list[tuple[str, Any]]:
    """(field path, value) for every ``example`` written on a schema node under ``schema``."""
    found: list[tuple[str, Any]] = []

    def walk(node: Any, path: str, open_refs: frozenset[str]) -> None:
        node, refs = document.resolve(node)
        if not isinstance(node, dict) or refs & open_refs or path.count(".") > 30:
            return
        open_refs |= refs
        if "example" in node:
            found.append((path, node["example"]))
        for name, child in (node.get("properties") or {}).items():
            walk(child, f"{path}.{name}" if path else name, open_refs)
        if isinstance(node.get("items"), dict):
            walk(node["items"], f"{path}[]", open_refs)
        if isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"], f"{path}{{}}", open_refs)
        for key in ("allOf", "oneOf", "anyOf"):
            for member in node.get(key) or []:
                walk(member, path, open_refs)

    walk(schema, "", frozenset())
    return found


def values_at(value: Any, path: str) -> Iterator[Any]:
    """Every value found at ``path`` in a JSON value (``[]``: each item, ``{}``: each map value)."""
    if not path:
        yield value
        return
    match = SEGMENT.match(path)
    assert match, path
    rest = path[match.end() :]
    if match.group(0) == "[]":
        children = value if isinstance(value, list) else []
    elif match.group(0) == "{}":
        children = list(value.values()) if isinstance(value, dict) else []
    else:
        name = match.group(1)
        children = [value[name]] if isinstance(value, dict) and name in value else []
    for child in children:
        yield from values_at(child, rest)


def parent_and_name(path: str) -> tuple[str, str]:
    head, dot, name = path.rpartition(".")
    return (head, name) if dot else ("", path)


class ReferenceResponse:
    """What the reference says about one response: its fields and the example values at each."""

    def __init__(self, document: Document, reader: SchemaReader, response: Response) -> None:
        self.fields = reader.fields(response.schema)
        self.examples: list[tuple[str, Any]] = [("", body) for body in response.examples]
        self.examples += schema_examples(document, response.schema)

    def values(self, path: str) -> list[Any]:
        found = []
        for anchor, example in self.examples:
            if path == anchor or (path.startswith(anchor) and (not anchor or path[len(anchor)] in ".[{")):
                found.extend(values_at(example, path[len(anchor) :].lstrip(".")))
        return found

    def omitted_by_an_example(self, path: str) -> bool:
        parent, name = parent_and_name(path)
        return any(isinstance(value, dict) and name not in value for value in self.values(parent))


def date_format(declared: Field) -> str | None:
    return next(
        (kind.partition(":")[2] for kind in declared.types if kind in ("string:date-time", "string:date")), None
    )


def differences(spec: dict[str, Any], reference: dict[str, Any]) -> tuple[list[str], dict[str, int]]:
    """Every place where ``spec`` is stricter than ``reference`` in a response, and counts."""
    ours, theirs = Document(spec), Document(reference)
    our_reader, their_reader = SchemaReader(ours), SchemaReader(theirs)
    their_responses = responses(theirs)
    problems: list[str] = []
    counts: dict[str, int] = defaultdict(int)
    counts["responses in the reference"] = len(their_responses)
    for (operation_id, status), response in sorted(responses(ours).items()):
        if (operation_id, status) not in their_responses:
            continue
        counts["responses"] += 1
        reference_response = ReferenceResponse(theirs, their_reader, their_responses[(operation_id, status)])
        where = f"{operation_id} {status}"
        for path, field in our_reader.fields(response.schema).items():
            if not path:
                continue
            counts["fields"] += 1
            known = reference_response.fields.get(path)
            counts["fields also in the reference"] += known is not None
            if field.required and not path.endswith(("[]", "{}")):  # an array's items are not fields
                counts["required"] += 1
                if known is None or not known.required:
                    problems.append(f"{where}: {path} is required; the reference does not require it")
                elif reference_response.omitted_by_an_example(path):
                    problems.append(f"{where}: {path} is required; an example of the reference leaves it out")
            ours_format = date_format(field)
            if ours_format is None:
                continue
            counts[ours_format] += 1
            strings = [value for value in reference_response.values(path) if isinstance(value, str)]
            wrong = [value for value in strings if not SHOWS[ours_format].match(value)]
            if wrong:
                problems.append(f"{where}: {path} is a {ours_format}; the reference's example has {wrong[0]!r}")
            elif (known is None or date_format(known) is None) and not strings:
                what = "has no such field" if known is None else f"has {'/'.join(sorted(known.types))}"
                problems.append(f"{where}: {path} is a {ours_format}; the reference {what} and no date example")
    return problems, dict(counts)


def without_collection_format(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with the collection format read as an unconstrained object (see the module doc)."""
    names = set(load_yaml(SPEC_DIR / "components" / "collection-format.yaml")["components"]["schemas"])
    schemas = {
        name: {"type": "object"} if name in names else schema for name, schema in spec["components"]["schemas"].items()
    }
    return {**spec, "components": {**spec["components"], "schemas": schemas}}


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    if not REFERENCE.is_file():
        pytest.fail(f"Postman's definition is read from {REFERENCE}; put the shared reference folder there")
    return load(str(REFERENCE))


def test_responses_are_no_stricter_than_the_reference(spec: dict[str, Any], reference: dict[str, Any]) -> None:
    problems, counts = differences(without_collection_format(spec), reference)
    print(f"compared: {counts}")
    # A walker that compared nothing would pass: make sure it read the whole spec.
    assert counts["responses"] == counts["responses in the reference"] >= 180
    assert counts["fields also in the reference"] >= 1500
    assert problems == [], f"{len(problems)} response fields stricter than Postman's definition:\n" + "\n".join(
        problems
    )


def document(schema: dict[str, Any], example: Any = None) -> dict[str, Any]:
    """A one-operation OpenAPI document whose 200 answer has ``schema`` (and ``example``)."""
    media: dict[str, Any] = {"schema": schema}
    if example is not None:
        media["example"] = example
    operation = {"operationId": "getThing", "responses": {"200": {"content": {"application/json": media}}}}
    return {"openapi": "3.1.0", "paths": {"/thing": {"get": operation}}, "components": {}}


def thing(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


STRING, DATE_TIME = {"type": "string"}, {"type": "string", "format": "date-time"}


@pytest.mark.parametrize(
    ("ours", "theirs", "example", "expected"),
    [
        (thing(["id"], id=STRING), thing([], id=STRING), None, "getThing 200: id is required; the reference does not"),
        (thing(["id"], id=STRING), thing([]), None, "getThing 200: id is required; the reference does not"),
        (thing(["id"], id=STRING), thing(["id"], id=STRING), {"name": "x"}, "id is required; an example of the"),
        (thing([], at=DATE_TIME), thing([], at=STRING), None, "at is a date-time; the reference has string and no"),
        (thing([], at=DATE_TIME), thing([]), None, "at is a date-time; the reference has no such field"),
        (thing([], at=DATE_TIME), thing([], at=DATE_TIME), {"at": "soon"}, "the reference's example has 'soon'"),
        (
            thing([], items={"type": "array", "items": thing(["at"], at=DATE_TIME)}),
            thing([], items={"type": "array", "items": thing([], at=STRING)}),
            None,
            "items[].at is required",
        ),
    ],
)
def test_the_walker_finds_each_kind_of_difference(ours: Any, theirs: Any, example: Any, expected: str) -> None:
    problems, _ = differences(document(ours), document(theirs, example))
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("ours", "theirs", "example"),
    [
        (thing(["id"], id=STRING), thing(["id"], id=STRING), {"id": "1"}),
        (thing([], at=DATE_TIME), thing([], at=STRING), {"at": "2024-05-03T16:02:45.000Z"}),
        (thing([], at={"type": "string", "format": "date"}), thing([], at=STRING), {"at": "2024-05-03"}),
        # In a oneOf a field is required only when every object member requires it.
        ({"oneOf": [thing(["a"], a=STRING), thing(["b"], b=STRING)]}, thing([], a=STRING, b=STRING), None),
    ],
)
def test_the_walker_accepts_what_the_reference_allows(ours: Any, theirs: Any, example: Any) -> None:
    problems, counts = differences(document(ours), document(theirs, example))
    assert problems == []
    assert counts["fields"] >= 1
