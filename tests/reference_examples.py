"""The success examples of Postman's own API definition, and how to read one through our parsers.

Postman's definition (``../shared/reference/postman-api-1.45.0.yaml``, read-only, never copied
into the project) holds examples nobody on this project wrote: they are the nearest thing to
real answers that can be tested offline. This module finds every JSON example of a 2xx response,
reads it through the parser our generated code has for that operation and status, and reads
every field of the result.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import yaml

from postman_raw.client import Client
from postman_raw.types import Model, ModelDataError
from scripts.bundle_spec import _SpecLoader
from tests.operation_calls import all_calls, endpoint_module, resolve_in

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "postman-api-1.45.0.yaml"


@dataclass(frozen=True)
class Example:
    operation_id: str
    status: int
    name: str
    value: Any

    @property
    def id(self) -> str:
        return f"{self.operation_id}-{self.status}-{self.name}"


@cache
def reference() -> dict[str, Any]:
    with REFERENCE.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=_SpecLoader)  # type: ignore[no-any-return]  # timestamps stay strings


def _resolve(node: Any) -> Any:
    return resolve_in(reference(), node)


def success_examples() -> Iterator[Example]:
    """Every JSON example of every 2xx response of the reference, by operation."""
    for item in reference()["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for status, response in operation.get("responses", {}).items():
                if not str(status).startswith("2"):
                    continue
                for media, content in (_resolve(response).get("content") or {}).items():
                    if not media.endswith("json"):
                        continue
                    if "example" in content:
                        yield Example(operation["operationId"], int(status), "example", content["example"])
                    for name, example in (content.get("examples") or {}).items():
                        value = _resolve(example).get("value")
                        if value is not None:
                            yield Example(operation["operationId"], int(status), name, value)


class _Answer:
    """What a generated ``_parse_response`` reads of an HTTP response."""

    def __init__(self, status: int, content: bytes) -> None:
        self.status_code = status
        self.content = content

    @property
    def text(self) -> str:
        return self.content.decode()


_CLIENT = Client(base_url="https://api.getpostman.com")


def parse(operation_id: str, status: int, body: bytes) -> Any:
    """The body read by the parser our generated code has for this operation and status."""
    module = endpoint_module(all_calls()[operation_id])
    return module._parse_response(client=_CLIENT, response=_Answer(status, body))


def as_json(value: Any) -> Any:
    """A parsed body as JSON data again: models through ``to_dict()``, lists item by item."""
    if isinstance(value, list):
        return [as_json(element) for element in value]
    return value.to_dict() if isinstance(value, Model) else value


def read_every_field(value: Any) -> list[tuple[Any, ...]]:
    """Read every field of every model reachable from ``value``; return where reading raised.

    A field that raises ModelDataError is one whose value did not fit the spec (a flaw); any
    other exception propagates. A place is a tuple of steps: field names and list indexes.
    """
    flaws: list[tuple[Any, ...]] = []
    pending: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while pending:
        where, current = pending.pop()
        if isinstance(current, list):
            pending.extend(((*where, i), element) for i, element in enumerate(current))
        elif isinstance(current, dict):
            pending.extend(((*where, key), element) for key, element in current.items())
        elif isinstance(current, Model):
            model_class = getattr(type(current), "_model_class", type(current))
            for field in attrs.fields(model_class):
                try:
                    held = getattr(current, field.name)
                except ModelDataError:
                    flaws.append((*where, field.name))
                    continue
                if field.name != "additional_properties":
                    pending.append(((*where, field.name), held))
                else:
                    pending.append((where, held))  # their keys are the JSON's own
    return flaws


def normalised(place: tuple[Any, ...]) -> tuple[Any, ...]:
    """A place with each name in lower case, letters and digits only: a JSON key and the field
    name the generator made of it (``createdAt``, ``created_at``; ``type``, ``type_``;
    ``_postman_id``, ``field_postman_id``) compare equal."""
    return tuple(step if isinstance(step, int) else _normalised_name(step) for step in place)


def _normalised_name(name: str) -> str:
    if name.startswith("field_") or name.startswith("_"):
        name = "_" + name.removeprefix("field_").lstrip("_")  # the generator's name for a key that starts with _
    return "".join(c for c in name.lower() if c.isalnum() or c == "_").replace("_", "") + (
        "_" if name[0] == "_" else ""
    )
