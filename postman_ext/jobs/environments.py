"""``set_variables``: change some variables of an environment, leaving the others as they are."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..client import Postman
from ..errors import InvalidArgumentError
from .backup import is_secret

__all__ = ["VariableChanges", "parse_assignments", "set_variables"]


@dataclass
class VariableChanges:
    """What :func:`set_variables` did: names added and changed (values are not kept here)."""

    environment: str
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "environment": self.environment,
            "added": self.added,
            "changed": self.changed,
            "unchanged": self.unchanged,
        }


def parse_assignments(assignments: Iterable[str]) -> dict[str, str]:
    """``["A=1", "B=x=y"]`` as ``{"A": "1", "B": "x=y"}``; a missing ``=`` or name is refused, naming it."""
    parsed: dict[str, str] = {}
    for text in assignments:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise InvalidArgumentError(f"{text!r} is not NAME=VALUE: write each variable as NAME=VALUE")
        parsed[name.strip()] = value
    return parsed


def set_variables(
    pm: Postman, environment: str, values: Mapping[str, str], *, secret: Iterable[str] = ()
) -> VariableChanges:
    """Set the variables ``values`` of ``environment`` (an id or uid); every other variable is kept.

    A variable that exists keeps its type (a secret stays secret) and its other fields; a new
    one is of type ``default``, or ``secret`` when its name is in ``secret``. The environment
    is read and written back whole (``PUT``): a change made by someone else between the two
    calls would be overwritten.
    """
    if not values:
        raise InvalidArgumentError("no variables to set: pass at least one NAME=VALUE")
    secret_names = set(secret)
    current = pm.environments.get_environment(environment).to_dict().get("environment") or {}
    variables: list[dict[str, Any]] = [dict(v) for v in current.get("values") or []]
    result = VariableChanges(environment=str(current.get("id", environment)))
    by_key = {str(v.get("key")): v for v in variables}
    for name, value in values.items():
        existing = by_key.get(name)
        if existing is None:
            entry = {
                "key": name,
                "value": value,
                "enabled": True,
                "type": "secret" if name in secret_names else "default",
            }
            variables.append(entry)
            result.added.append(name)
        elif existing.get("value") == value and (name not in secret_names or is_secret(existing)):
            result.unchanged.append(name)
        else:
            existing["value"] = value
            if name in secret_names:
                existing["type"] = "secret"
            result.changed.append(name)
    if result.added or result.changed:
        body = {"name": current.get("name", ""), "values": variables}
        pm.environments.put_environment(environment, body={"environment": body})
    return result
