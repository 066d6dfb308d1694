"""Check that every value a generated model hands out has the type its annotation declares.

``assert_typed(model)`` reads every attrs field of ``model`` and of every model reachable from it
(through fields, lists, dicts and unions), resolves the field's annotation and checks the value
against it. It raises one ``AssertionError`` listing the values that do not fit, each with its
path from the root (``CollectionDocument.item[3].request.auth``), the annotation and the value.
``typing_problems(model)`` returns the same list without raising.

Annotations are strings (the models use ``from __future__ import annotations``) and some of the
names in them are imported only under ``TYPE_CHECKING``, so they are resolved against the
model's module, then ``postman_raw.models`` (which loads model modules on demand), then
``postman_raw.types``.

What counts as fitting: a model class takes only an instance of that class, already read (a raw
dict never fits); ``list[X]`` and ``dict[K, V]`` check every item; a union takes a value that fits
any member; ``Literal`` takes its listed values; ``int`` does not take ``bool``; ``float`` takes
``int``; ``date`` does not take ``datetime``; ``Unset`` takes only ``UNSET``; ``Any`` takes anything.
"""

from __future__ import annotations

import builtins
import datetime
import sys
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import attrs

import postman_raw.models
import postman_raw.types

_MAX_SHOWN = 25


@dataclass(frozen=True)
class Problem:
    """One value that does not have the type of its annotation."""

    path: str
    model: str
    field: str
    annotation: str
    value: object

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > 160:
            shown = shown[:157] + "..."
        return f"{self.path}: {self.model}.{self.field} is annotated {self.annotation}, holds {shown}"


class _Names(Mapping[str, Any]):
    """Where a name in an annotation string is looked up: the module, the models, the runtime."""

    def __init__(self, module_globals: dict[str, Any]) -> None:
        self._globals = module_globals

    def __getitem__(self, name: str) -> Any:
        if name in self._globals:
            return self._globals[name]
        for namespace in (postman_raw.models, postman_raw.types, typing, datetime):
            try:
                return getattr(namespace, name)
            except AttributeError:
                continue
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._globals)

    def __len__(self) -> int:
        return len(self._globals)


_RESOLVED: dict[tuple[type, str], Any] = {}


def resolve_annotation(cls: type, field: attrs.Attribute[Any]) -> Any:
    """The type object that ``field`` of model class ``cls`` is annotated with."""
    key = (cls, field.name)
    if key not in _RESOLVED:
        annotation = field.type
        if isinstance(annotation, str):
            module_globals = vars(sys.modules[cls.__module__])
            annotation = eval(annotation, {"__builtins__": builtins}, _Names(module_globals))
        _RESOLVED[key] = annotation
    return _RESOLVED[key]


def _describe(annotation: Any) -> str:
    """An annotation as it is written in the model: class names without their modules."""
    if annotation is type(None):
        return "None"
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return " | ".join(_describe(member) for member in typing.get_args(annotation))
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(choice) for choice in typing.get_args(annotation))}]"
    if origin is not None:
        name = getattr(origin, "__name__", str(origin))
        return f"{name}[{', '.join(_describe(arg) for arg in typing.get_args(annotation))}]"
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation).replace("typing.", "")


def _is_model_class(annotation: Any) -> bool:
    return isinstance(annotation, type) and attrs.has(annotation) and issubclass(annotation, postman_raw.types.Model)


class _Walker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.models_seen = 0
        self.values_seen = 0
        self._visited: set[int] = set()

    def walk_model(self, model: object, path: str) -> None:
        if id(model) in self._visited:
            return
        self._visited.add(id(model))
        self.models_seen += 1
        try:
            postman_raw.types.materialize(model)
        except postman_raw.types.ModelDataError as error:
            name = type(model).__name__
            self.problems.append(Problem(path, name, "<all fields>", "its model", f"unreadable: {error}"))
            return
        cls = getattr(type(model), "_model_class", type(model))  # a model with flaws is of a subclass
        for field in attrs.fields(cls):
            try:
                value = getattr(model, field.name)  # reads a lazily read model first
            except postman_raw.types.ModelDataError as error:  # a value that did not fit its field
                self.problems.append(Problem(f"{path}.{field.name}", cls.__name__, field.name, "its field", str(error)))
                continue
            self.values_seen += 1
            annotation = resolve_annotation(cls, field)
            where = f"{path}.{field.name}"
            if not self.fits(value, annotation, where):
                self.problems.append(Problem(where, cls.__name__, field.name, _describe(annotation), value))

    def fits(self, value: object, annotation: Any, path: str) -> bool:
        """Whether ``value`` fits ``annotation``; models inside it are walked (their own problems recorded)."""
        if annotation is Any or annotation is object:
            return True
        origin = typing.get_origin(annotation)
        if origin is typing.Union or origin is types.UnionType:
            return self._fits_union(value, typing.get_args(annotation), path)
        if origin is typing.Literal:
            return any(value == choice and type(value) is type(choice) for choice in typing.get_args(annotation))
        if origin is list:
            if not isinstance(value, list):
                return False
            (item_type,) = typing.get_args(annotation) or (Any,)
            return all(self.fits(item, item_type, f"{path}[{index}]") for index, item in enumerate(value))
        if origin is dict:
            if not isinstance(value, dict):
                return False
            key_type, value_type = typing.get_args(annotation) or (Any, Any)
            return all(
                self.fits(key, key_type, path) and self.fits(item, value_type, f"{path}[{key!r}]")
                for key, item in value.items()
            )
        if annotation is None or annotation is type(None):
            return value is None
        if annotation is postman_raw.types.Unset:
            return value is postman_raw.types.UNSET
        if annotation is int:
            return type(value) is int
        if annotation is float:
            return type(value) in (int, float)
        if annotation is datetime.date:
            return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
        if _is_model_class(annotation):
            # An instance of the class itself (read first): a raw dict never fits.
            if not isinstance(value, annotation):
                return False
            self.walk_model(value, path)
            return True
        if isinstance(annotation, type):
            return isinstance(value, annotation)
        raise TypeError(f"{path}: cannot check the annotation {annotation!r}")

    def _fits_union(self, value: object, members: tuple[Any, ...], path: str) -> bool:
        # A model value is checked against its own class only, so its inner problems are reported once.
        for member in members:
            if _is_model_class(member) and isinstance(value, member):
                return self.fits(value, member, path)
        return any(not _is_model_class(member) and self._fits_quietly(value, member, path) for member in members)

    def _fits_quietly(self, value: object, annotation: Any, path: str) -> bool:
        # A member that fails part-way must not leave the problems it found inside (e.g. list[Model]).
        recorded = len(self.problems)
        if self.fits(value, annotation, path):
            return True
        del self.problems[recorded:]
        return False


def typing_problems(model: object) -> list[Problem]:
    """Every value reachable from ``model`` that does not have the type of its annotation."""
    if not isinstance(model, postman_raw.types.Model):
        raise TypeError(f"typing_problems takes a generated model, not {type(model).__name__}")
    walker = _Walker()
    walker.walk_model(model, type(model).__name__)
    return walker.problems


def count_values(model: object) -> tuple[int, int]:
    """(models, field values) that assert_typed would read from ``model``."""
    walker = _Walker()
    walker.walk_model(model, type(model).__name__)
    return walker.models_seen, walker.values_seen


def assert_typed(model: object) -> None:
    """Raise AssertionError listing every reachable value whose type is not its annotation's."""
    problems = typing_problems(model)
    if problems:
        shown = "\n  ".join(str(problem) for problem in problems[:_MAX_SHOWN])
        more = f"\n  ... and {len(problems) - _MAX_SHOWN} more" if len(problems) > _MAX_SHOWN else ""
        raise AssertionError(f"{len(problems)} value(s) do not have the type of their annotation:\n  {shown}{more}")
