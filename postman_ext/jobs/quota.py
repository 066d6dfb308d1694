"""``whoami`` and ``quota``: who the key belongs to, and how much of each monthly allowance is left."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..client import Postman

__all__ = ["NEARLY_SPENT", "Allowance", "Identity", "quota", "whoami"]

#: An allowance is reported as nearly spent from this fraction of its limit on.
NEARLY_SPENT = 0.9


@dataclass(frozen=True)
class Identity:
    """The user and team of the API key."""

    user_id: int | None
    username: str | None
    email: str | None
    full_name: str | None
    team_id: int | None
    team_name: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Allowance:
    """One monthly allowance of ``GET /me``'s ``operations``."""

    name: str
    limit: float
    usage: float
    overage: float

    @property
    def remaining(self) -> float:
        return max(0.0, self.limit - self.usage)

    @property
    def fraction_used(self) -> float:
        return self.usage / self.limit if self.limit else 1.0

    @property
    def nearly_spent(self) -> bool:
        """At least :data:`NEARLY_SPENT` of the limit used (or more than all of it)."""
        return self.fraction_used >= NEARLY_SPENT

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "remaining": self.remaining, "nearly_spent": self.nearly_spent}


def _value(data: dict[str, Any], key: str) -> Any:
    return data.get(key)


def whoami(pm: Postman) -> Identity:
    """The key's user and team (``GET /me``)."""
    user = pm.users.get_authenticated_user().to_dict().get("user") or {}
    return Identity(
        user_id=_value(user, "id"),
        username=_value(user, "username"),
        email=_value(user, "email"),
        full_name=_value(user, "fullName"),
        team_id=_value(user, "teamId"),
        team_name=_value(user, "teamName"),
    )


def quota(pm: Postman) -> list[Allowance]:
    """Every monthly allowance of the key's plan (``GET /me``, ``operations``), in the server's order."""
    operations = pm.users.get_authenticated_user().to_dict().get("operations") or []
    return [
        Allowance(
            name=str(op.get("name", "")),
            limit=float(op.get("limit") or 0),
            usage=float(op.get("usage") or 0),
            overage=float(op.get("overage") or 0),
        )
        for op in operations
    ]


def api_calls_left(pm: Postman) -> float | None:
    """What is left of the ``api_usage`` allowance, or None when the plan reports none."""
    for allowance in quota(pm):
        if allowance.name == "api_usage":
            return allowance.remaining
    return None
