"""Request bodies given as plain mappings, read through the operation's body model before sending.

``body=`` takes the generated model or a mapping of the JSON the API expects. A mapping is read
through the model the operation declares (for a union, the first member whose shape it has, as
a response is read), deeply, so a missing or wrong field is reported before anything is sent.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from postman_raw.types import Model, Unset, materialize

from .errors import ModelDataError

__all__ = ["read_body"]

_CANDIDATES: dict[str, tuple[type[Any], ...]] = {}


def _candidates(operation: ModuleType) -> tuple[type[Any], ...]:
    """The model classes ``body=`` of this operation may be, in the spec's order."""
    found = _CANDIDATES.get(operation.__name__)
    if found is None:
        declared = operation._get_kwargs.__annotations__.get("body")
        members = typing.get_args(declared) or (declared,)
        found = tuple(member for member in members if isinstance(member, type) and issubclass(member, Model))
        _CANDIDATES[operation.__name__] = found
    return found


def _read(cls: type[Any], data: dict[str, Any]) -> Any:
    model = cls.from_dict(data)
    materialize(model, deep=True)  # raises ModelDataError naming the model and the field
    return model


def read_body(operation: ModuleType, body: object) -> object:
    """``body`` as the operation's model: a model is returned as is, a mapping is read into one.

    Raises ``ModelDataError`` (a ``PostmanError`` and a ``ValueError``) naming the field when the
    mapping fits no model the operation takes, and ``TypeError`` for anything else.
    """
    if isinstance(body, (Model, Unset)):
        return body
    name = operation.__name__.rsplit(".", 1)[-1]
    candidates = _candidates(operation)
    names = ", ".join(cls.__name__ for cls in candidates)
    if not isinstance(body, Mapping):
        raise TypeError(f"body= of {name}() takes {names} or a mapping of its JSON fields, not {type(body).__name__}")
    data = dict(body)
    shaped = [cls for cls in candidates if cls._matches(data)]
    reasons = []
    for cls in shaped + [cls for cls in candidates if cls not in shaped]:
        try:
            return _read(cls, data)
        except ModelDataError as error:
            if len(candidates) == 1:
                raise ModelDataError(f"body= of {name}(): {error}") from error
            reasons.append(str(error))
    raise ModelDataError(f"body= of {name}() fits none of {names}: " + "; ".join(reasons))
