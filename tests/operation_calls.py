"""How each operation of spec/ is called in the replayed suite, derived from spec/ itself.

For every operation: the client method (``pm.<namespace>.<method>``), arguments that satisfy
the spec (path ids, required query and header parameters, a request body built from the
spec's example or, lacking one, from the schema's required fields), and the model class the
success body should come back as. The recorder and the replayed tests share this, so a
cassette always holds exactly the request the test makes.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

from postman_raw.types import materialize  # noqa: E402
from scripts.bundle_spec import bundle  # noqa: E402
from scripts.check_spec import operations  # noqa: E402

SAMPLE_UID = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"
SAMPLE_INT = 12345678


@dataclass(frozen=True)
class OperationCall:
    operation_id: str
    method: str
    path: str
    namespace: str
    method_name: str
    arguments: dict[str, Any]
    success_status: str
    success_class: str | None  # model class name, or None for an empty, text or untyped body
    success_media: str | None


@cache
def spec() -> dict[str, Any]:
    return bundle()


def resolve(node: Any) -> Any:
    return resolve_in(spec(), node)


def resolve_in(document: Any, node: Any) -> Any:
    """``node`` with its local ``$ref``s followed in ``document``."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def sample(schema: Any, depth: int = 0) -> Any:
    """A value that satisfies ``schema``: its example, else built from required fields."""
    schema = resolve(schema or {})
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            members = [m for m in schema[key] if resolve(m).get("type") != "null"]
            return sample(members[0], depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            value = sample(member, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {name: sample(properties.get(name, {}), depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        return [sample(schema.get("items", {}), depth + 1)] if depth < 6 else []
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    formats = {"date-time": "2024-05-03T16:02:45.000Z", "date": "2024-05-03", "email": "sam@example.com"}
    if schema.get("format") in formats:
        return formats[schema["format"]]
    if schema.get("format") in ("uri", "url"):
        return "https://example.com/x"
    return "sample"


def _parameter_value(parameter: dict[str, Any]) -> Any:
    schema = resolve(parameter.get("schema", {}))
    if parameter["in"] == "path":
        if "enum" in schema:
            return schema["enum"][0]
        if "example" in parameter or "example" in schema:
            return parameter.get("example", schema.get("example"))
        if "pattern" in schema:
            return "billing-api"  # the one patterned path parameter: a tag slug
        kind = schema.get("type")
        if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
            return SAMPLE_INT
        return SAMPLE_UID
    if "example" in parameter:
        return parameter["example"]
    return sample(schema)


def _normalised(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _namespace_methods() -> dict[str, tuple[str, str]]:
    """Normalised method name -> (namespace, method name), over every generated namespace.

    Names are matched normalised (lower case, letters and digits only), so this module needs no
    openapi-python-client (Python 3.11+) to know how it names methods and models.
    """
    api = importlib.import_module("postman_raw.api")
    found: dict[str, tuple[str, str]] = {}
    for namespace in api.NAMESPACES:
        cls = type(getattr(api.Operations, namespace).func(_Dummy()))
        for name in vars(cls):
            if not name.startswith("_"):
                found[_normalised(name)] = (namespace, name)
    return found


def _model_class_name(schema_name: str) -> str:
    models = importlib.import_module("postman_raw.models")
    by_norm = {_normalised(name): name for name in models.__all__}
    return by_norm[_normalised(schema_name)]


class _Dummy:
    def _invoke(self, *args: Any) -> None:  # pragma: no cover - never called
        raise AssertionError


def endpoint_module(call: OperationCall) -> Any:
    """The generated module of an operation (its ``sync_detailed``, ``_get_kwargs``, ...)."""
    api = importlib.import_module("postman_raw.api")
    namespace_cls = type(getattr(api.Operations, call.namespace).func(_Dummy()))
    return _endpoint_module(namespace_cls, call.method_name)


def build_body(call: OperationCall, data: Any) -> Any:
    """The body model (or list of models) an operation takes, built from plain data."""
    return _build(typing.get_type_hints(endpoint_module(call).sync_detailed)["body"], data)


def _endpoint_module(namespace_cls: type, method_name: str) -> Any:
    package = namespace_cls.__module__
    return importlib.import_module(f"{package}.{method_name}")


def _body_value(operation: dict[str, Any], module: Any) -> Any:
    body = resolve(operation.get("requestBody") or {})
    content = body.get("content") or {}
    media = next((m for m in content if m.endswith("json")), None)
    if media is None:
        return None
    data = content[media].get("example")
    if data is None:
        data = sample(content[media].get("schema"))
    hints = typing.get_type_hints(module.sync_detailed)
    return _build(hints["body"], data)


def _build(annotation: Any, data: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [_build(item, element) for element in data]
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        errors = []
        for member in typing.get_args(annotation):
            if member is type(None) or getattr(member, "__name__", "") in ("Unset",):
                continue
            if "Multipart" in getattr(member, "__name__", ""):
                continue
            try:
                return _build(member, data)
            except Exception as error:
                errors.append(error)
        raise ValueError(f"no member of {annotation} accepts {data!r}: {errors}")
    if hasattr(annotation, "from_dict"):
        model = annotation.from_dict(data)
        materialize(model)  # models read lazily: read the top level now, so a union member that does not fit fails here
        return model
    return data


@cache
def all_calls() -> dict[str, OperationCall]:
    methods = _namespace_methods()
    api = importlib.import_module("postman_raw.api")
    calls: dict[str, OperationCall] = {}
    for http_method, path, operation in operations(spec()):
        operation_id = operation["operationId"]
        namespace, method_name = methods[_normalised(operation_id)]
        namespace_cls = type(getattr(api.Operations, namespace).func(_Dummy()))
        module = _endpoint_module(namespace_cls, method_name)
        signature = inspect.signature(getattr(namespace_cls, method_name))
        by_norm = {_normalised(name): name for name in signature.parameters if name != "self"}
        arguments: dict[str, Any] = {}
        path_level = spec()["paths"][path].get("parameters", [])
        for parameter in [*path_level, *operation.get("parameters", [])]:
            parameter = resolve(parameter)
            if parameter["in"] == "path" or parameter.get("required"):
                arguments[by_norm[_normalised(parameter["name"])]] = _parameter_value(parameter)
        if "body" in signature.parameters:
            body = _body_value(operation, module)
            if body is not None:
                arguments["body"] = body
        status, response = next((s, resolve(r)) for s, r in operation["responses"].items() if s.startswith("2"))
        content = response.get("content") or {}
        media = next(iter(content), None)
        schema = content[media].get("schema", {}) if media else {}
        success_class = None
        if media and media.endswith("json") and "$ref" in schema:
            target = resolve(schema)
            if target.get("type") == "object" or "properties" in target:
                success_class = _model_class_name(schema["$ref"].rsplit("/", 1)[1])
        calls[operation_id] = OperationCall(
            operation_id, http_method.upper(), path, namespace, method_name, arguments, status, success_class, media
        )
    return calls
