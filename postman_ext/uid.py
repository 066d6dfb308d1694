"""Postman ids and uids.

An id is a UUID (``0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f``); a uid is the owner's numeric user
id, a hyphen, then the id (``12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f``). Functions here
accept either, or a model object that carries ``uid`` or ``id``.
"""

from __future__ import annotations

import re

__all__ = ["compose_uid", "is_uid", "parse_uid", "resource_ref"]

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_UID_PATTERN = re.compile(rf"(?P<owner>\d+)-(?P<id>{_UUID})")
_OWNER_PATTERN = re.compile(r"\d+")
_EXAMPLE = "12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f"


def parse_uid(uid: str) -> tuple[str, str]:
    """Split a uid into ``(owner_id, resource_id)``.

    Raises ``ValueError`` naming the value and the expected form when it is not a uid.
    """
    match = _UID_PATTERN.fullmatch(uid.strip()) if isinstance(uid, str) else None
    if match is None:
        raise ValueError(f"{uid!r} is not a Postman uid: expected '<numeric owner id>-<UUID>', such as {_EXAMPLE!r}")
    return match["owner"], match["id"].lower()


def is_uid(value: str) -> bool:
    """Whether value has the uid form ``<numeric owner id>-<UUID>``."""
    return _UID_PATTERN.fullmatch(value.strip()) is not None


def compose_uid(owner_id: str | int, resource_id: str) -> str:
    """Join an owner id and a resource id into a uid (``f"{owner_id}-{resource_id}"``), checking both."""
    owner = str(owner_id).strip()
    if not _OWNER_PATTERN.fullmatch(owner):
        raise ValueError(f"owner id {owner_id!r} must be the numeric user id, such as '12345678'")
    resource = resource_id.strip()
    if not resource:
        raise ValueError("resource id is empty: pass the id part, such as '0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f'")
    if is_uid(resource):
        raise ValueError(f"{resource_id!r} is already a uid; pass the bare id to compose a uid")
    return f"{owner}-{resource}"


def resource_ref(value: object, *, prefer: str = "uid") -> str:
    """The string to put in a path for ``value``: an id, a uid, or a model with ``uid``/``id``.

    ``prefer`` chooses which attribute of a model wins when it has both ("uid" or "id").
    """
    if isinstance(value, str):
        if not value.strip():
            raise ValueError("a resource id or uid is required, got an empty string")
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    order = ("uid", "id") if prefer == "uid" else ("id", "uid")
    for attribute in order:
        found = _attribute(value, attribute)
        if isinstance(found, (str, int)) and not isinstance(found, bool) and str(found).strip():
            return str(found).strip()
    raise TypeError(
        f"cannot name a resource with {type(value).__name__}: pass an id, a uid, or an object with a 'uid' or 'id'"
    )


def _attribute(value: object, name: str) -> object:
    if isinstance(value, dict):
        return value.get(name)
    return getattr(value, name, None)
