"""Postman's own examples, whole and mutated, read through our parsers on every supported Python.

The examples of Postman's API definition (see reference_examples.py) are answers nobody on this
project wrote. Each one must read without a single field that does not fit, and give itself
back from ``to_dict()``. Then each example is mutated one change at a time, the way a real
answer drifts from any spec: each field removed, each set to null, each enum given a value no
spec lists, each date-time written in each shape the API and collections use. No mutation may
fail the call or any field other than the one changed, and ``to_dict()`` must give back the
mutated JSON exactly. ``pytest -s tests/spec/test_reference_examples.py`` prints the counts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from postman_raw.types import JSONDate, JSONDateTime
from tests.model_types import assert_typed
from tests.operation_calls import resolve, spec
from tests.reference_examples import Example, as_json, normalised, parse, read_every_field, reference, success_examples
from tests.reference_examples import _resolve as reference_resolve

EXAMPLES = list(success_examples())

DATE_TIME_SHAPES = [
    "2023-06-16T20:21:13Z",
    "2023-06-16T20:21:13.000Z",
    "2023-06-16T20:21:13.123456789Z",
    "2023-06-16T20:21:13.5+02:00",
    "2023-06-16T20:21:13-0530",
    "2023-06-16T20:21:13+02",
    "2023-06-16 20:21:13",
    "2023-06-16",
]
NOT_A_DATE_TIME = "last Tuesday"
UNKNOWN_ENUM_VALUE = "a-value-no-spec-lists"

Path = tuple[Any, ...]


def test_the_reference_has_examples_for_most_operations() -> None:
    assert len(EXAMPLES) >= 250
    assert len({example.operation_id for example in EXAMPLES}) >= 150


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.id for example in EXAMPLES])
def test_every_success_example_reads_whole_and_gives_itself_back(example: Example) -> None:
    result = parse(example.operation_id, example.status, _body(example.value))
    assert result is not None
    assert read_every_field(result) == []  # every field of every model reads, none raises
    for model in result if isinstance(result, list) else [result]:
        if not isinstance(model, str):  # a spec's definition is text
            assert_typed(model)  # every value read has the type of its annotation
    assert as_json(result) == example.value


def _body(value: Any) -> bytes:
    """The bytes an example stands for: a string example is a text body (a spec's definition)."""
    return value.encode() if isinstance(value, str) else json.dumps(value).encode()


def _our_schema(example: Example) -> Any:
    return resolve(_response_schema(spec(), resolve, example))


def _reference_schema(example: Example) -> Any:
    return _response_schema(reference(), reference_resolve, example)


def _response_schema(document: Any, resolve: Any, example: Example) -> Any:
    """The JSON schema ``document`` gives the example's operation and status."""
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == example.operation_id:
                response = resolve(operation["responses"][str(example.status)])
                content = response.get("content") or {}
                media = next((m for m in content if m.endswith("json")), None)
                return content[media].get("schema", {}) if media else {}
    raise LookupError(example.operation_id)


def _typed_places(
    schema: Any, value: Any, path: Path, enums: set[Path], dates: set[Path], resolve: Any = resolve
) -> None:
    """Where a spec says an enum or a date-time is, among the places the example has."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return
    if isinstance(value, str):
        if "enum" in schema:
            enums.add(path)
        if schema.get("format") in ("date-time", "date"):
            dates.add(path)
    for key in ("allOf", "oneOf", "anyOf"):
        for variant in schema.get(key, []):
            _typed_places(variant, value, path, enums, dates, resolve)
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for name, element in value.items():
            inner = properties.get(name, extra if isinstance(extra, dict) else None)
            if inner is not None:
                _typed_places(inner, element, (*path, name), enums, dates, resolve)
    elif isinstance(value, list) and value and "items" in schema:
        _typed_places(schema["items"], value[0], (*path, 0), enums, dates, resolve)


def _keys(value: Any, path: Path = ()) -> Iterator[Path]:
    """Every key of every object in ``value``; of a list, only its first element's."""
    if isinstance(value, dict):
        for name, element in value.items():
            yield (*path, name)
            yield from _keys(element, (*path, name))
    elif isinstance(value, list) and value:
        yield from _keys(value[0], (*path, 0))


_REMOVE = object()


def _changed(original: str, path: Path, new: Any) -> Any:
    data = json.loads(original)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if new is _REMOVE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return data


def _value_at(result: Any, path: Path) -> Any:
    """The value a model hands out at a JSON path of its answer."""
    current = result
    for step, wanted in zip(path, normalised(path), strict=True):
        if isinstance(step, int) or isinstance(current, dict):
            current = current[step]
            continue
        model_class = getattr(type(current), "_model_class", type(current))
        names = [f.name for f in model_class.__attrs_attrs__ if normalised((f.name,)) == (wanted,)]
        current = getattr(current, names[0]) if names else current[step]  # else an additional property
    return current


def test_no_mutation_of_an_example_fails_the_call_or_another_field(capsys: pytest.CaptureFixture[str]) -> None:
    counts: Counter[str] = Counter()
    failures: list[str] = []
    for example in EXAMPLES:
        original = json.dumps(example.value)
        baseline = set(read_every_field(parse(example.operation_id, example.status, original.encode())))
        enums: set[Path] = set()
        dates: set[Path] = set()
        _typed_places(_our_schema(example), example.value, (), enums, dates)
        _typed_places(_reference_schema(example), example.value, (), enums, dates, reference_resolve)  # Postman's
        changes: list[tuple[str, Path, Any]] = []
        for path in _keys(example.value):
            changes += [("removed", path, _REMOVE), ("null", path, None)]
        changes += [("unknown enum value", path, UNKNOWN_ENUM_VALUE) for path in sorted(enums, key=repr)]
        for path in sorted(dates, key=repr):
            changes += [("date-time shape", path, shape) for shape in [*DATE_TIME_SHAPES, NOT_A_DATE_TIME]]
        for kind, path, new in changes:
            mutated = _changed(original, path, new)
            where = f"{example.id} {kind} at {'/'.join(map(str, path))} = {new if new is not _REMOVE else '-'}"
            counts[kind] += 1
            try:
                result = parse(example.operation_id, example.status, json.dumps(mutated).encode())
                flaws = set(read_every_field(result))
                given_back = as_json(result)
            except Exception as error:  # the one thing this test forbids
                failures.append(f"{where}: {type(error).__name__}: {error}")
                continue
            counts["calls that returned"] += 1
            if given_back != mutated:
                failures.append(f"{where}: to_dict() differs from the JSON received")
            strays = sorted(flaw for flaw in flaws - baseline if not _within(flaw, path, kind))
            if strays:
                failures.append(f"{where}: other fields fail too: {strays[:3]}")
            counts["fields that became flaws"] += len(flaws - baseline)
            if kind == "unknown enum value" and not flaws - baseline:
                counts["unknown enum values kept as strings"] += 1
            if kind == "date-time shape" and new != NOT_A_DATE_TIME:
                read = _value_at(result, path)
                if isinstance(read, (JSONDateTime, JSONDate)):
                    counts["date-time shapes read as dates"] += 1
                elif flaws - baseline:
                    failures.append(f"{where}: a date-time shape did not read")
    with capsys.disabled():
        print("\nmutations of Postman's examples:", dict(sorted(counts.items())))
    total = sum(v for k, v in counts.items() if k in {"removed", "null", "unknown enum value", "date-time shape"})
    assert failures == [], f"{len(failures)} of {total} mutations failed:\n" + "\n".join(failures[:40])
    assert counts["calls that returned"] == total > 5000
    assert counts["unknown enum value"] > 20 and counts["date-time shapes read as dates"] > 1000


def _within(flaw: Path, path: Path, kind: str) -> bool:
    """Whether a flaw is the changed field itself or a field that holds it (a union that no longer
    fits any variant once the change is made). A removed key may also change which variant of a
    union the object that held it reads as (a folder without ``item`` is a request item, which
    lacks ``request``): then a flaw among its siblings is that variant's."""
    flaw, path = normalised(flaw), normalised(path)
    if flaw == path[: len(flaw)]:
        return True
    return kind == "removed" and flaw[: len(path) - 1] == path[:-1] and len(flaw) == len(path)
