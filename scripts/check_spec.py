#!/usr/bin/env python3
"""Check spec/ against OpenAPI 3.1 and against our own rules (spec/CONVENTIONS.md).

    python scripts/check_spec.py                    # the whole spec
    python scripts/check_spec.py --only mocks.yaml  # components plus one group

Exits 1 and lists every problem found.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as `python scripts/<name>.py`: make the package `scripts` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.bundle_spec import SpecError, bundle

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
FORBIDDEN_SCHEMA_KEYS = {
    "title": "renames the generated class and collides",
    "default": "makes the generated model report or send a value that was not there",
    "discriminator": "is ignored by the generator",
    "nullable": "is OpenAPI 3.0; use type: [..., 'null'] in 3.1",
}


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (method, path, operation) for every operation of the document."""
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def _schema_nodes(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield every schema object under node (a schema), with a readable location."""
    if not isinstance(node, dict):
        return
    yield where, node
    for key in ("properties", "patternProperties"):
        for name, child in (node.get(key) or {}).items():
            yield from _schema_nodes(child, f"{where}.{name}")
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            yield from _schema_nodes(node[key], f"{where}[{key}]")
    for key in ("oneOf", "anyOf", "allOf"):
        for index, child in enumerate(node.get(key) or []):
            yield from _schema_nodes(child, f"{where}.{key}[{index}]")


def _all_schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    components = document.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield from _schema_nodes(schema, f"schemas/{name}")
    for name, response in components.get("responses", {}).items():
        for media, content in (response.get("content") or {}).items():
            yield from _schema_nodes(content.get("schema"), f"responses/{name}[{media}]")
    for method, path, operation in operations(document):
        label = f"{method.upper()} {path}"
        for parameter in operation.get("parameters", []):
            yield from _schema_nodes(parameter.get("schema"), f"{label} parameter {parameter.get('name')}")
        body = operation.get("requestBody") or {}
        for media, content in (body.get("content") or {}).items():
            yield from _schema_nodes(content.get("schema"), f"{label} body[{media}]")
        for status, response in operation.get("responses", {}).items():
            for media, content in (response.get("content") or {}).items():
                yield from _schema_nodes(content.get("schema"), f"{label} {status}[{media}]")


def rule_problems(document: dict[str, Any]) -> list[str]:
    """Problems with our own rules, one line each."""
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    for method, path, operation in operations(document):
        label = f"{method.upper()} {path}"
        operation_id = operation.get("operationId")
        if not operation_id:
            problems.append(f"{label}: no operationId")
        elif operation_id in seen_ids:
            problems.append(f"{label}: operationId {operation_id} is also used by {seen_ids[operation_id]}")
        else:
            seen_ids[operation_id] = label
        tags = operation.get("tags") or []
        if len(tags) != 1:
            problems.append(f"{label}: list exactly one tag (the reference's first), found {tags}")
        responses = operation.get("responses", {})
        if responses.get("429", {}).get("$ref") != "#/components/responses/TooManyRequests":
            problems.append(f"{label}: 429 must be $ref '#/components/responses/TooManyRequests'")
        for status, response in responses.items():
            if "$ref" not in response and not response.get("description"):
                problems.append(f"{label} {status}: response without description")
    for where, schema in _all_schemas(document):
        for key, reason in FORBIDDEN_SCHEMA_KEYS.items():
            if key in schema:
                problems.append(f"{where}: '{key}' {reason}")
    return problems


def validation_problems(document: dict[str, Any]) -> list[str]:
    """Problems openapi-spec-validator finds."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    validator = OpenAPIV31SpecValidator(document)
    return [
        f"OpenAPI: {error.message} (at {'/'.join(map(str, error.absolute_path))})" for error in validator.iter_errors()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", metavar="FILE", help="include only these files of spec/paths/")
    args = parser.parse_args(argv)
    try:
        document = bundle(only=args.only)
    except SpecError as error:
        print(f"check_spec: {error}", file=sys.stderr)
        return 1
    problems = validation_problems(document) + rule_problems(document)
    for problem in problems:
        print(problem)
    count = sum(1 for _ in operations(document))
    if problems:
        print(f"{len(problems)} problem(s) in {count} operations.")
        return 1
    print(f"spec is valid: {count} operations, {len(document['components'].get('schemas', {}))} schemas.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
