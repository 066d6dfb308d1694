#!/usr/bin/env python3
"""Compare two OpenAPI documents and say what changed for a client, breaking changes first.

    python scripts/spec_diff.py OLD NEW                      # text report
    python scripts/spec_diff.py OLD NEW --json               # the same as JSON
    python scripts/spec_diff.py OLD NEW --fail-on-breaking   # exit 1 when a change is breaking
    python scripts/spec_diff.py spec ../shared/reference/postman-api-1.45.0.yaml
    python scripts/spec_diff.py git:HEAD spec                # what the working tree changed in spec/

OLD and NEW are each a spec directory laid out like ours (bundled as scripts/bundle_spec.py
does), a YAML or JSON file, an http(s) URL, or ``git:REV`` (the spec/ directory of this
repository at that revision). OpenAPI 3.0 and 3.1 are both read, and compared alike: local
``$ref``s are followed in both documents (recursive schemas are walked once per branch), and
``nullable: true``, ``type: [x, 'null']`` and a ``{type: 'null'}`` member of a ``oneOf`` all mean
the same thing. Titles, descriptions, examples and ``x-`` extensions other than ours are ignored.

Operations are matched by method and path (path parameters matched by position, whatever their
names), then by operationId; what is left is added or removed.

What is compared
    operations    added, removed, moved (same operationId, other method or path), operationId
                  changed, first tag changed (it names the client's namespace), newly deprecated
    parameters    by location and name (path ones by position): added, removed, renamed, now
                  required or optional, type, format, nullability, enum values
    request body  added, removed, now required or optional, media types, and every field of the
                  JSON body: added, removed, now required or optional, type, nullability, enum
    responses     status codes added or removed; for 2xx: media types, and every field of the
                  JSON body as above
A field is named by its path: ``collection.item[].name`` (``[]`` an array's items, ``{}`` a
map's values). Under an added or removed object only the topmost field is reported, and under
a field whose type changed only that change. A type is
its JSON type plus the formats that change a generated client's Python type (date-time, date,
uuid, binary); other formats (int64, email, uri, ...) are ignored. A ``oneOf``/``anyOf`` is read
as the union of its members: a field is required when every object member requires it.

What counts as breaking
    "Breaking" means: code written against a client generated from OLD may stop working, either
    against the API that NEW describes or after the client is regenerated from NEW. The client
    sends requests and reads responses, so the direction decides:

    change                                     in a request (parameter,    in a response
                                               request body field)          (2xx body field)
    field/parameter added                      breaking if required         no
    field/parameter removed                    breaking                     breaking
    now required                               breaking                     no
    now optional (may be absent)               no                           breaking
    type changed                               breaking, unless widened     breaking, unless narrowed
                                               (integer -> number)          (number -> integer)
    now nullable                               no                           breaking
    no longer nullable                         breaking                     no
    enum value added                           no                           breaking (a strict client
                                                                            rejects the unknown value)
    enum value removed                         breaking                     no (never sent any more)
    enum restriction added / lifted            breaking / no                no / breaking

    Always breaking: an operation removed, moved to another method or path, its operationId or
    first tag changed (the generated method's name or namespace changes), a path parameter
    renamed (its keyword argument changes), a request body or request media type removed, a
    required request body added or an optional one made required, a 2xx response or 2xx media
    type removed.
    Never breaking: an operation or optional input added, a response status added, an error
    (non-2xx) response added or removed, an operation newly marked deprecated.
    Our own extension ``x-deprecated-aliases`` (spec/CONVENTIONS.md) softens one case: an
    operationId that changed, or an operation that was removed, is not breaking when NEW keeps
    the old operationId as a deprecated alias of an operation, since the old method still works.

Not compared: security requirements, response headers, links, callbacks, servers, examples,
and header parameters named Accept, Content-Type or Authorization (OpenAPI ignores those).
Exit status: 0, or 1 with ``--fail-on-breaking`` when something is breaking, or 2 when a
document cannot be read.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):  # run as `python scripts/<name>.py`: make the package `scripts` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.bundle_spec import ROOT, SpecError, bundle

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Formats that change the Python type openapi-python-client generates; others are only hints.
SIGNIFICANT_FORMATS = {"date-time", "date", "uuid", "binary"}
ALIASES_KEY = "x-deprecated-aliases"
# OpenAPI: header parameters with these names "SHALL be ignored" (media types and auth say it).
IGNORED_HEADERS = {"accept", "content-type", "authorization"}
MAX_DEPTH = 40  # path segments; real schemas stay far below, it only bounds pathological ones


class SpecDiffError(Exception):
    """A document cannot be loaded or read; the message says which and why."""


# ---------------------------------------------------------------------------------- loading


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML loader without the timestamp resolver (keeps dates as the strings JSON has)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_text(text: str, origin: str) -> dict[str, Any]:
    """Parse a JSON or YAML document and check that it is OpenAPI 3."""
    try:
        document = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=_Loader)
    except (ValueError, yaml.YAMLError) as error:
        raise SpecDiffError(f"{origin}: not JSON or YAML: {error}") from error
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3"):
        raise SpecDiffError(f"{origin}: not an OpenAPI 3 document (no 'openapi: 3.x' at the top)")
    return document


def git_spec(revision: str, root: Path = ROOT) -> dict[str, Any]:
    """The bundle of ``spec/`` as committed at ``revision`` of the repository at ``root``."""
    try:
        # The tree of spec/ itself (HEAD:<prefix>spec), wherever the project sits in the repository.
        where = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--show-toplevel", "--show-prefix"],
            capture_output=True,
            text=True,
            check=False,
        )
        top, _, prefix = where.stdout.rstrip("\n").partition("\n")
        archive = subprocess.run(
            ["git", "-C", top or str(root), "archive", "--format=tar", f"{revision}:{prefix}spec"],
            capture_output=True,
            check=False,
        )
    except OSError as error:
        raise SpecDiffError(f"git is not available ({error.strerror})") from error
    if where.returncode != 0 or archive.returncode != 0:
        reason = (where.stderr + archive.stderr.decode(errors="replace")).strip().splitlines()
        raise SpecDiffError(f"no spec/ at git {revision}: {reason[-1] if reason else 'git archive failed'}")
    with (
        tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp,
        tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar,
    ):
        if hasattr(tarfile, "data_filter"):
            tar.extractall(Path(tmp) / "spec", filter="data")
        else:  # Python < 3.10.12 / 3.11.4; git archive output is trusted
            tar.extractall(Path(tmp) / "spec")
        try:
            return bundle(Path(tmp) / "spec")
        except (SpecError, OSError) as error:
            raise SpecDiffError(f"spec/ at git {revision} cannot be bundled: {error}") from error


def load(source: str) -> dict[str, Any]:
    """Load a document from a spec directory, a YAML/JSON file, an http(s) URL or ``git:REV``."""
    if source.startswith("git:"):
        return git_spec(source.removeprefix("git:") or "HEAD")
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=60) as response:
                text = response.read().decode(response.headers.get_content_charset() or "utf-8")
        except (OSError, ValueError) as error:
            raise SpecDiffError(f"{source}: cannot download: {error}") from error
        return parse_text(text, source)
    path = Path(source)
    if path.is_dir():
        if not (path / "openapi.yaml").is_file():
            raise SpecDiffError(f"{source}: a directory without openapi.yaml is not a spec directory")
        try:
            return bundle(path)
        except SpecError as error:
            raise SpecDiffError(f"{source}: {error}") from error
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SpecDiffError(f"{source}: cannot read: {error.strerror}") from error
    return parse_text(text, source)


# ------------------------------------------------------------------------- schema reading


class Document:
    """An OpenAPI document with its local ``$ref``s resolvable."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def resolve(self, node: Any) -> tuple[Any, frozenset[str]]:
        """Follow ``$ref`` chains; return the target and the refs passed through."""
        seen: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecDiffError(f"$ref cycle: {' -> '.join([*seen, ref])}")
            seen.append(ref)
            node = self._target(ref)
        return node, frozenset(seen)

    def _target(self, ref: str) -> Any:
        if not ref.startswith("#"):
            return {}  # an external reference: read as an unconstrained schema
        target: Any = self.data
        for raw in ref[1:].split("/")[1:]:
            part = urllib.parse.unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(target, list) and part.isdigit() and int(part) < len(target):
                target = target[int(part)]
            elif isinstance(target, dict) and part in target:
                target = target[part]
            else:
                raise SpecDiffError(f"$ref {ref} points nowhere")
        return target


Source = tuple[Any, frozenset[str]]  # a schema and the refs already open above it (recursion guard)


@dataclass
class _Part:
    """One alternative of a schema once refs and allOf/oneOf/anyOf are expanded."""

    types: set[str] = field(default_factory=set)  # empty: unconstrained
    nullable: bool = False
    only_null: bool = False
    enum: set[str] | None = None
    properties: dict[str, list[Source]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: list[Source] = field(default_factory=list)
    values: list[Source] = field(default_factory=list)  # additionalProperties
    recursive: bool = False

    def is_object(self) -> bool:
        return "object" in self.types or bool(self.properties)

    def absorb(self, other: _Part) -> None:
        """allOf: both constraints hold."""
        if other.types:
            self.types = (self.types & other.types or self.types) if self.types else set(other.types)
        if other.enum is not None:
            self.enum = other.enum if self.enum is None else self.enum & other.enum
        for name, sources in other.properties.items():
            self.properties.setdefault(name, []).extend(sources)
        self.required |= other.required
        self.items.extend(other.items)
        self.values.extend(other.values)
        self.recursive = self.recursive or other.recursive


@dataclass(frozen=True)
class Field:
    """What a document says about one field (or parameter, or body) at a path."""

    types: frozenset[str]  # {"any"} when unconstrained
    nullable: bool
    required: bool
    enum: frozenset[str] | None


def _enum_value(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _declared_types(node: dict[str, Any]) -> tuple[set[str], bool, bool]:
    """The declared types without null, whether null is allowed, and whether only null is."""
    declared = node.get("type")
    names = [declared] if isinstance(declared, str) else list(declared) if isinstance(declared, list) else []
    nullable = "null" in names or node.get("nullable") is True
    types = {str(name) for name in names if name != "null"}
    fmt = node.get("format")
    if fmt in SIGNIFICANT_FORMATS and types == {"string"}:
        types = {f"string:{fmt}"}
    return types, nullable, "null" in names and not types


def _inferred_types(part: _Part) -> set[str]:
    if part.types:
        return part.types
    if part.properties or part.values:
        return {"object"}
    if part.items:
        return {"array"}
    if part.enum:
        kinds = {type(json.loads(value)).__name__ for value in part.enum}
        names = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
        return {names.get(kind, "any") for kind in kinds}
    return set()


class SchemaReader:
    """Flattens the schemas of one document into ``{field path: Field}``."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def parts(self, schema: Any, stack: frozenset[str]) -> list[_Part]:
        """The alternatives of ``schema``; ``stack`` holds the refs open above it."""
        node, refs = self.document.resolve(schema)
        if not isinstance(node, dict):
            return [_Part()]
        if refs & stack:  # recursion: say what it is, do not walk into it again
            types, nullable, _ = _declared_types(node)
            shallow = types or ({"object"} if "properties" in node else set())
            return [_Part(types=shallow, nullable=nullable, recursive=True)]
        stack = stack | refs
        types, nullable, only_null = _declared_types(node)
        base = _Part(types=types, nullable=nullable, only_null=only_null)
        if isinstance(node.get("enum"), list):
            base.nullable = base.nullable or None in node["enum"]
            base.enum = {_enum_value(value) for value in node["enum"] if value is not None}
        if "const" in node:
            base.enum = {_enum_value(node["const"])}
        for name, child in (node.get("properties") or {}).items():
            base.properties[str(name)] = [(child, stack)]
        base.required = {str(name) for name in node.get("required") or []}
        if isinstance(node.get("items"), dict):
            base.items = [(node["items"], stack)]
        if isinstance(node.get("additionalProperties"), dict):
            base.values = [(node["additionalProperties"], stack)]
        for member in node.get("allOf") or []:
            base.absorb(self.union(self.parts(member, stack)))
        alternatives: list[_Part] = []
        for key in ("oneOf", "anyOf"):
            for member in node.get(key) or []:
                alternatives.extend(self.parts(member, stack))
        result = []
        for alternative in alternatives:
            if alternative.only_null or (alternative.nullable and not _inferred_types(alternative)):
                base.nullable = True  # {type: 'null'} or a bare {nullable: true}: the member only says "or null"
                continue
            combined = _Part(
                types=set(base.types),
                nullable=alternative.nullable,
                enum=None if base.enum is None else set(base.enum),
                properties={name: list(sources) for name, sources in base.properties.items()},
                required=set(base.required),
                items=list(base.items),
                values=list(base.values),
            )
            combined.absorb(alternative)
            result.append(combined)
        for combined in result:
            combined.nullable = combined.nullable or base.nullable
        return result or [base]

    @staticmethod
    def union(parts: list[_Part]) -> _Part:
        """oneOf/anyOf: a value of any part; a property is required when every object part requires it."""
        if len(parts) == 1:
            return parts[0]
        union = _Part(
            nullable=any(part.nullable for part in parts),
            only_null=all(part.only_null for part in parts),
            recursive=any(part.recursive for part in parts),
        )
        kinds = [_inferred_types(part) for part in parts if not part.only_null]
        union.types = {"any"} if any(not kind for kind in kinds) else set().union(*kinds)
        if all(part.enum is not None for part in parts):
            union.enum = set().union(*(part.enum or set() for part in parts))
        for part in parts:
            for name, sources in part.properties.items():
                union.properties.setdefault(name, []).extend(sources)
            union.items.extend(part.items)
            union.values.extend(part.values)
        objects = [part.required for part in parts if part.is_object()]
        union.required = set.intersection(*objects) if objects else set()
        return union

    def fields(self, schema: Any, required: bool = True) -> dict[str, Field]:
        """Every field under ``schema`` by path; the root is the empty path."""
        found: dict[str, Field] = {}
        self._walk([(schema, frozenset())], "", required, found)
        return found

    def _walk(self, sources: list[Source], path: str, required: bool, found: dict[str, Field]) -> None:
        union = self.union([part for schema, stack in sources for part in self.parts(schema, stack)])
        found[path] = Field(
            types=frozenset(_inferred_types(union) or {"any"}),
            nullable=union.nullable,
            required=required,
            enum=None if union.enum is None else frozenset(union.enum),
        )
        if sum(path.count(mark) for mark in ".[{") >= MAX_DEPTH:
            return
        for name, child in sorted(union.properties.items()):
            self._walk(child, f"{path}.{name}" if path else name, name in union.required, found)
        if union.items:
            self._walk(union.items, f"{path}[]", True, found)
        if union.values:
            self._walk(union.values, f"{path}{{}}", False, found)


# ------------------------------------------------------------------------------ the report


@dataclass(frozen=True)
class Change:
    """One difference: ``kind`` (e.g. ``parameter-removed``), where, what, and whether it breaks."""

    kind: str
    where: str
    detail: str
    breaking: bool

    @property
    def text(self) -> str:
        return f"{self.where}: {self.detail}" if self.where else self.detail


@dataclass
class OperationDiff:
    """The changes of one operation (old method and path when it was matched or removed)."""

    method: str
    path: str
    operation_id: str
    status: str  # "added", "removed" or "changed"
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    @property
    def title(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.operation_id})"


@dataclass
class SpecDiff:
    """Everything that differs between two documents, operation by operation."""

    old: str
    new: str
    old_version: str
    new_version: str
    operations: list[OperationDiff] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for operation in self.operations if operation.status == status)

    def changes(self) -> Iterator[tuple[OperationDiff, Change]]:
        """Every change, breaking ones first, each group in operation order."""
        for wanted in (True, False):
            for operation in self.operations:
                for change in operation.changes:
                    if change.breaking is wanted:
                        yield operation, change

    @property
    def breaking(self) -> int:
        return sum(1 for _, change in self.changes() if change.breaking)

    @property
    def total(self) -> int:
        return sum(len(operation.changes) for operation in self.operations)

    def summary(self) -> dict[str, Any]:
        kinds: dict[str, list[int]] = {}
        for _, change in self.changes():
            counts = kinds.setdefault(change.kind, [0, 0])
            counts[0 if change.breaking else 1] += 1
        return {
            "operations_added": self.count("added"),
            "operations_removed": self.count("removed"),
            "operations_changed": self.count("changed"),
            "operations_with_breaking_changes": sum(1 for operation in self.operations if operation.breaking),
            "changes": self.total,
            "breaking_changes": self.breaking,
            "by_kind": {kind: {"breaking": b, "other": o} for kind, (b, o) in sorted(kinds.items())},
        }

    def headline(self) -> str:
        s = self.summary()
        return (
            f"operations: {s['operations_added']} added, {s['operations_removed']} removed, "
            f"{s['operations_changed']} changed; changes: {s['breaking_changes']} breaking, "
            f"{s['changes'] - s['breaking_changes']} other"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "old": {"source": self.old, "version": self.old_version},
            "new": {"source": self.new, "version": self.new_version},
            "summary": self.summary(),
            "changes": [
                {
                    "method": operation.method.upper(),
                    "path": operation.path,
                    "operationId": operation.operation_id,
                    "operation": operation.status,
                    **asdict(change),
                }
                for operation, change in self.changes()
            ],
        }

    def to_text(self) -> str:
        lines = [f"{self.old} ({self.old_version}) -> {self.new} ({self.new_version})", self.headline()]
        for heading, wanted in (("Breaking changes", True), ("Other changes", False)):
            block: list[str] = []
            for operation in self.operations:
                picked = [change for change in operation.changes if change.breaking is wanted]
                if picked:
                    block.append(f"  {operation.title}")
                    block += [f"    {'!' if wanted else '~'} {change.text}" for change in picked]
            if block:
                lines += ["", f"{heading}:", *block]
        by_kind = self.summary()["by_kind"]
        if by_kind:
            lines += ["", "Totals by kind (breaking / other):"]
            lines += [f"  {kind:34} {n['breaking']:5} {n['other']:5}" for kind, n in by_kind.items()]
        return "\n".join(lines) + "\n"


def _type_text(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of a ``narrow`` type is a value of a ``wide`` one."""
    if "any" in wide:
        return True
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _values(values: frozenset[str]) -> str:
    return ", ".join(sorted(values))


def compare_fields(
    old: dict[str, Field], new: dict[str, Field], *, request: bool, root: str, root_kind: str, field_kind: str
) -> list[Change]:
    """Changes between two flattened schemas; ``request``: the client sends it, else it receives it.

    ``root`` names the root (empty path) in ``where`` texts; changes at the root get the kind
    ``<root_kind>-<what>``, changes of fields ``<field_kind>-<what>``.
    """
    changes: list[Change] = []

    def add(what: str, path: str, detail: str, breaking: bool) -> None:
        where = f"{root} field '{path}'" if path else root
        changes.append(Change(f"{field_kind if path else root_kind}-{what}", where, detail, breaking))

    def under(path: str, paths: set[str]) -> bool:
        """``path`` lies below one of ``paths`` (the root, "", is above every other path)."""
        return any(path != p and (p == "" or (path.startswith(p) and path[len(p)] in ".[{")) for p in paths)

    removed = {path for path in old if path not in new}
    added = {path for path in new if path not in old}
    # Under a field whose type changed (an object became a string...), its own change says it all.
    retyped = {path for path in set(old) & set(new) if old[path].types != new[path].types}
    for path in sorted(removed):
        if path and not under(path, removed | retyped):
            add("removed", path, "removed", True)
    for path in sorted(added):
        if path and not under(path, added | retyped):
            required = new[path].required
            add("added", path, "added, required" if required else "added", request and required)
    for path in sorted(set(old) & set(new)):
        before, after = old[path], new[path]
        if path and before.required != after.required:
            if after.required:
                add("now-required", path, "now required", request)
            else:
                add("now-optional", path, "now optional" if request else "now optional, may be absent", not request)
        if before.types != after.types:
            widened = _covers(after.types, before.types) if request else _covers(before.types, after.types)
            add("type-changed", path, f"type {_type_text(before.types)} -> {_type_text(after.types)}", not widened)
        if before.nullable != after.nullable:
            if after.nullable:
                add("now-nullable", path, "now nullable", not request)
            else:
                add("no-longer-nullable", path, "no longer nullable", request)
        if before.enum is None and after.enum is not None:
            add("enum-added", path, f"now restricted to {_values(after.enum)}", request)
        elif before.enum is not None and after.enum is None:
            add("enum-removed", path, f"no longer restricted to {_values(before.enum)}", not request)
        elif before.enum is not None and after.enum is not None:
            if before.enum - after.enum:
                add("enum-value-removed", path, f"enum values removed: {_values(before.enum - after.enum)}", request)
            if after.enum - before.enum:
                add("enum-value-added", path, f"enum values added: {_values(after.enum - before.enum)}", not request)
    return changes


# ------------------------------------------------------------------------------- operations


@dataclass
class _Operation:
    method: str
    path: str
    data: dict[str, Any]
    parameters: list[dict[str, Any]]

    @property
    def operation_id(self) -> str:
        return str(self.data.get("operationId") or f"{self.method} {self.path}")

    @property
    def key(self) -> tuple[str, str]:
        return self.method, re.sub(r"\{[^}/]*\}", "{}", self.path)

    def written_as(self, other: _Operation) -> bool:
        """Same method, path, parameters and text: nothing to compare when the components agree too."""
        return (self.method, self.path, self.parameters, self.data) == (
            other.method,
            other.path,
            other.parameters,
            other.data,
        )

    @property
    def first_tag(self) -> str | None:
        tags = self.data.get("tags") or []
        return str(tags[0]) if tags else None


def _operations(document: Document) -> list[_Operation]:
    found = []
    for path, raw_item in (document.data.get("paths") or {}).items():
        item, _ = document.resolve(raw_item)
        if not isinstance(item, dict):
            continue
        shared = [document.resolve(p)[0] for p in item.get("parameters") or []]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            own = [document.resolve(p)[0] for p in operation.get("parameters") or []]
            names = {(p.get("in"), p.get("name")) for p in own}
            parameters = [p for p in shared if (p.get("in"), p.get("name")) not in names] + own
            found.append(_Operation(method, str(path), operation, parameters))
    return found


def _aliases(operations: list[_Operation]) -> dict[str, str]:
    """Old operationId -> the operationId that keeps it as a deprecated alias."""
    aliases = {}
    for operation in operations:
        for entry in operation.data.get(ALIASES_KEY) or []:
            name = entry.get("operationId") if isinstance(entry, dict) else entry
            if name:
                aliases[str(name)] = operation.operation_id
    return aliases


def _parameter_schema(parameter: dict[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    for media in (parameter.get("content") or {}).values():
        return (media or {}).get("schema", {})
    return {}


def _json_media(content: dict[str, Any]) -> tuple[str, Any] | None:
    for media, body in content.items():
        if "json" in media:
            return media, (body or {}).get("schema", {})
    if content:
        media, body = next(iter(content.items()))
        return media, (body or {}).get("schema", {})
    return None


def _version(document: Document) -> str:
    return str((document.data.get("info") or {}).get("version", "?"))


class Differ:
    """Compares two documents; ``diff()`` gives the :class:`SpecDiff`."""

    def __init__(
        self, old: dict[str, Any], new: dict[str, Any], old_label: str = "OLD", new_label: str = "NEW"
    ) -> None:
        self.old, self.new = Document(old), Document(new)
        self.old_reader, self.new_reader = SchemaReader(self.old), SchemaReader(self.new)
        self.labels = (old_label, new_label)

    def diff(self) -> SpecDiff:
        result = SpecDiff(self.labels[0], self.labels[1], _version(self.old), _version(self.new))
        if self.old.data == self.new.data:
            return result
        # With the same components, an operation written the same way cannot have changed.
        same_components = self.old.data.get("components") == self.new.data.get("components")
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        aliases = _aliases(new_ops)
        new_by_key = {op.key: op for op in new_ops}
        matched: list[tuple[_Operation, _Operation]] = []
        unmatched_old = []
        for op in old_ops:
            if op.key in new_by_key:
                matched.append((op, new_by_key.pop(op.key)))
            else:
                unmatched_old.append(op)
        by_id = {op.operation_id: op for op in new_by_key.values()}
        removed = []
        for op in unmatched_old:
            target = by_id.pop(op.operation_id, None)
            if target is None:
                removed.append(op)
            else:
                new_by_key.pop(target.key)
                matched.append((op, target))
        for old_op, new_op in matched:
            if same_components and old_op.written_as(new_op):
                continue
            changes = self._operation_changes(old_op, new_op, aliases)
            if changes:
                result.operations.append(
                    OperationDiff(old_op.method, old_op.path, old_op.operation_id, "changed", changes)
                )
        for op in removed:
            keeper = aliases.get(op.operation_id)
            if keeper:
                change = Change("operation-removed", "", f"removed; kept as a deprecated alias of {keeper}", False)
            else:
                change = Change("operation-removed", "", "operation removed", True)
            result.operations.append(OperationDiff(op.method, op.path, op.operation_id, "removed", [change]))
        for op in new_by_key.values():
            change = Change("operation-added", "", "operation added", False)
            result.operations.append(OperationDiff(op.method, op.path, op.operation_id, "added", [change]))
        order = {"removed": 0, "changed": 1, "added": 2}
        result.operations.sort(key=lambda o: (order[o.status], o.path, HTTP_METHODS.index(o.method)))
        return result

    def _operation_changes(self, old: _Operation, new: _Operation, aliases: dict[str, str]) -> list[Change]:
        changes: list[Change] = []
        if (old.method, old.path) != (new.method, new.path) and old.key != new.key:
            detail = f"moved to {new.method.upper()} {new.path}"
            changes.append(Change("operation-moved", "", detail, True))
        if old.operation_id != new.operation_id:
            if aliases.get(old.operation_id) == new.operation_id:
                detail = (
                    f"operationId {old.operation_id} -> {new.operation_id}; the old name stays as a deprecated alias"
                )
                changes.append(Change("operation-id-changed", "", detail, False))
            else:
                changes.append(
                    Change("operation-id-changed", "", f"operationId {old.operation_id} -> {new.operation_id}", True)
                )
        if old.first_tag != new.first_tag:
            changes.append(Change("operation-tag-changed", "", f"first tag {old.first_tag} -> {new.first_tag}", True))
        if new.data.get("deprecated") and not old.data.get("deprecated"):
            changes.append(Change("operation-deprecated", "", "now deprecated", False))
        changes += self._parameter_changes(old, new)
        changes += self._request_changes(old, new)
        changes += self._response_changes(old, new)
        return changes

    def _parameter_changes(self, old: _Operation, new: _Operation) -> list[Change]:
        def keyed(op: _Operation) -> dict[tuple[str, str], dict[str, Any]]:
            positions = re.findall(r"\{([^}/]*)\}", op.path)
            table = {}
            for parameter in op.parameters:
                where, name = str(parameter.get("in")), str(parameter.get("name"))
                if where == "header" and name.lower() in IGNORED_HEADERS:
                    continue
                if where == "path" and name in positions:
                    table[("path", f"#{positions.index(name)}")] = parameter
                else:
                    table[(where, name.lower() if where == "header" else name)] = parameter
            return table

        before, after = keyed(old), keyed(new)
        changes: list[Change] = []
        for key in sorted(set(before) | set(after)):
            location = key[0]
            if key not in after:
                name = before[key]["name"]
                changes.append(Change("parameter-removed", f"{location} parameter '{name}'", "removed", True))
                continue
            name = after[key]["name"]
            root = f"{location} parameter '{name}'"
            if key not in before:
                required = bool(after[key].get("required")) or location == "path"
                changes.append(Change("parameter-added", root, "added, required" if required else "added", required))
                continue
            if before[key]["name"] != name:
                detail = f"renamed from '{before[key]['name']}'"
                changes.append(Change("parameter-renamed", root, detail, True))
            was, now = bool(before[key].get("required")), bool(after[key].get("required"))
            old_fields = self.old_reader.fields(_parameter_schema(before[key]), required=was)
            new_fields = self.new_reader.fields(_parameter_schema(after[key]), required=now)
            if was != now:
                if now:
                    changes.append(Change("parameter-now-required", root, "now required", True))
                else:
                    changes.append(Change("parameter-now-optional", root, "now optional", False))
            changes += compare_fields(
                old_fields, new_fields, request=True, root=root, root_kind="parameter", field_kind="parameter"
            )
        return changes

    def _request_changes(self, old: _Operation, new: _Operation) -> list[Change]:
        before = self.old.resolve(old.data.get("requestBody"))[0] if old.data.get("requestBody") else None
        after = self.new.resolve(new.data.get("requestBody"))[0] if new.data.get("requestBody") else None
        if before is None and after is None:
            return []
        if before is None:
            required = bool(after.get("required"))
            return [Change("request-body-added", "request body", "added, required" if required else "added", required)]
        if after is None:
            return [Change("request-body-removed", "request body", "removed", True)]
        changes = []
        was, now = bool(before.get("required")), bool(after.get("required"))
        if was != now:
            kind = "request-body-now-required" if now else "request-body-now-optional"
            changes.append(Change(kind, "request body", "now required" if now else "now optional", now))
        old_content, new_content = before.get("content") or {}, after.get("content") or {}
        for media in sorted(set(old_content) - set(new_content)):
            changes.append(Change("request-media-type-removed", "request body", f"media type {media} removed", True))
        for media in sorted(set(new_content) - set(old_content)):
            changes.append(Change("request-media-type-added", "request body", f"media type {media} added", False))
        old_media, new_media = _json_media(old_content), _json_media(new_content)
        if old_media and new_media:
            changes += compare_fields(
                self.old_reader.fields(old_media[1]),
                self.new_reader.fields(new_media[1]),
                request=True,
                root="request body",
                root_kind="request-body",
                field_kind="request-field",
            )
        return changes

    def _response_changes(self, old: _Operation, new: _Operation) -> list[Change]:
        before = {str(code): r for code, r in (old.data.get("responses") or {}).items()}
        after = {str(code): r for code, r in (new.data.get("responses") or {}).items()}
        changes = []
        for code in sorted(set(before) - set(after)):
            success = code.startswith("2")
            changes.append(Change("response-removed", f"response {code}", "removed", success))
        for code in sorted(set(after) - set(before)):
            changes.append(Change("response-added", f"response {code}", "added", False))
        for code in sorted(set(before) & set(after)):
            if not code.startswith("2"):
                continue
            old_content = self.old.resolve(before[code])[0].get("content") or {}
            new_content = self.new.resolve(after[code])[0].get("content") or {}
            where = f"response {code}"
            for media in sorted(set(old_content) - set(new_content)):
                changes.append(Change("response-media-type-removed", where, f"media type {media} removed", True))
            for media in sorted(set(new_content) - set(old_content)):
                changes.append(Change("response-media-type-added", where, f"media type {media} added", False))
            old_media, new_media = _json_media(old_content), _json_media(new_content)
            if old_media and new_media:
                changes += compare_fields(
                    self.old_reader.fields(old_media[1]),
                    self.new_reader.fields(new_media[1]),
                    request=False,
                    root=where,
                    root_kind="response-body",
                    field_kind="response-field",
                )
        return changes


def diff_documents(
    old: dict[str, Any], new: dict[str, Any], old_label: str = "OLD", new_label: str = "NEW"
) -> SpecDiff:
    """Compare two loaded documents."""
    return Differ(old, new, old_label, new_label).diff()


def diff_sources(old: str, new: str) -> SpecDiff:
    """Load and compare two sources (see :func:`load`)."""
    return diff_documents(load(old), load(new), old, new)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", help="the earlier document: spec directory, YAML/JSON file, http(s) URL or git:REV")
    parser.add_argument("new", help="the later document, in the same forms")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking")
    args = parser.parse_args(argv)
    try:
        result = diff_sources(args.old, args.new)
    except SpecDiffError as error:
        print(f"spec_diff: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(result.to_text())
    return 1 if args.fail_on_breaking and result.breaking else 0


if __name__ == "__main__":
    raise SystemExit(main())
