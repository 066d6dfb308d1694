"""Request bodies given as plain mappings, read through the operation's body model before sending.

``body=`` takes the generated model or a mapping of the JSON the API expects. A mapping is read
through the model the operation declares (for a union, the first member whose shape it has, as
a response is read), deeply, so a missing or wrong field is reported before anything is sent.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping, Sequence
from types import ModuleType, UnionType
from typing import Any

from postman_raw.types import Model, Unset, materialize

from .errors import ModelDataError

__all__ = ["read_body"]

_CANDIDATES: dict[str, tuple[bool, tuple[type[Any], ...]]] = {}


def _candidates(operation: ModuleType) -> tuple[bool, tuple[type[Any], ...]]:
    """Whether ``body=`` of this operation is a list, and the model classes it (or each item) may be."""
    found = _CANDIDATES.get(operation.__name__)
    if found is None:
        declared = operation._get_kwargs.__annotations__.get("body")
        members = typing.get_args(declared) if isinstance(declared, UnionType) else (declared,)
        lists = [typing.get_args(member) for member in members if typing.get_origin(member) is list]
        if lists:
            members = tuple(item for args in lists for item in args)
        classes = tuple(member for member in members if isinstance(member, type) and issubclass(member, Model))
        found = _CANDIDATES[operation.__name__] = (bool(lists), classes)
    return found


def _read(cls: type[Any], data: dict[str, Any]) -> Any:
    model = cls.from_dict(data)
    materialize(model, deep=True, strict=True)  # raises ModelDataError naming the model and the field
    return model


def read_body(operation: ModuleType, body: object) -> object:
    """``body`` as the operation's model: a model is returned as is, a mapping is read into one
    (for a body that is a list, each item).

    Raises ``ModelDataError`` (a ``PostmanError`` and a ``ValueError``) naming the field when the
    mapping fits no model the operation takes, and ``TypeError`` for anything else.
    """
    if isinstance(body, (Model, Unset)):
        return body
    name = operation.__name__.rsplit(".", 1)[-1]
    is_list, candidates = _candidates(operation)
    names = ", ".join(cls.__name__ for cls in candidates)
    if is_list:
        if isinstance(body, (str, bytes, Mapping)) or not isinstance(body, Sequence):
            raise TypeError(
                f"body= of {name}() takes a list, each item {names} or a mapping, not {type(body).__name__}"
            )
        return [_read_one(f"{name}() item {index}", candidates, item) for index, item in enumerate(body)]
    return _read_one(name + "()", candidates, body)


def _read_one(name: str, candidates: tuple[type[Any], ...], body: object) -> object:
    if isinstance(body, Model):
        return body
    names = ", ".join(cls.__name__ for cls in candidates)
    if not isinstance(body, Mapping):
        raise TypeError(f"body= of {name} takes {names} or a mapping of its JSON fields, not {type(body).__name__}")
    data = dict(body)
    shaped = [cls for cls in candidates if cls._matches(data)]
    reasons = []
    for cls in shaped + [cls for cls in candidates if cls not in shaped]:
        try:
            return _read(cls, data)
        except ModelDataError as error:
            if len(candidates) == 1:
                raise ModelDataError(f"body= of {name}: {error}") from error
            reasons.append(str(error))
    raise ModelDataError(f"body= of {name} fits none of {names}: " + "; ".join(reasons))
