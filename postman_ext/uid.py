"""Postman ids and uids.

An id is a UUID (``0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f``); a uid is the owner's numeric user
id, a hyphen, then the id (``12345678-0b7e4f0c-5f5b-4e0a-9c7e-6a0f5c1d2e3f``). Functions here
accept either, or a model object that carries ``uid`` or ``id``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from .errors import InvalidArgumentError

__all__ = ["MAX_PATH_VALUE_LENGTH", "check_path_value", "compose_uid", "is_uid", "parse_uid", "resource_ref"]

MAX_PATH_VALUE_LENGTH = 4096
"""The longest path parameter accepted, in characters (ids are 36, uids about 45, file paths more)."""
_DOT_SEGMENTS = frozenset({".", ".."})
_PREVIEW = 40

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


def check_path_value(name: str, value: str) -> str:
    """``value`` when it can only name one resource in a path; else raise :class:`InvalidArgumentError`.

    URL normalisation removes ``.`` and ``..`` segments, so such an "id" would retarget the
    request (``delete_collection_folder(C, "..")`` would delete the collection ``C``). Refused:
    an empty value, ``.``, ``..`` and their percent-encoded forms (``%2e%2e``, decoded as often
    as a server might), and values longer than :data:`MAX_PATH_VALUE_LENGTH`.
    """
    if len(value) > MAX_PATH_VALUE_LENGTH:
        raise InvalidArgumentError(
            f"{name} is {len(value):,} characters long ({value[:_PREVIEW]!r}...): an id or uid is at most "
            f"{MAX_PATH_VALUE_LENGTH:,}; pass the resource's id, not its content"
        )
    decoded = value
    for _ in range(4):  # a value encoded several times still decodes to what a lax server would see
        once = unquote(decoded)
        if once == decoded:
            break
        decoded = once
    decoded = decoded.strip()
    if not decoded:
        raise InvalidArgumentError(f"{name} is empty ({value!r}): pass the resource's id or uid")
    if decoded in _DOT_SEGMENTS:
        shown = repr(value) if decoded == value else f"{value!r}, which decodes to {decoded!r},"
        raise InvalidArgumentError(
            f"{name}={shown} is not an id: '.' and '..' are path steps that would change which resource "
            "the request targets; pass the resource's id or uid"
        )
    return value


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
