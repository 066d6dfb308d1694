from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="UpdatePackageRequest")


@_attrs_define
class UpdatePackageRequest(Model):
    """Body of PATCH /packages/{packageId} (a JSON merge patch); at least one field."""

    description: str | Unset = UNSET
    """ The new description, printable ASCII; may be empty. """
    script: str | Unset = UNSET
    """ The new index script; may be empty. """
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "script" in flaws:
            keep_raw(field_dict, flaws["script"])
        else:
            script = self.script
            if script is not UNSET:
                field_dict["script"] = script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdatePackageRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("script", UNSET)
        try:
            script = _value
            if script is not UNSET and not (isinstance(script, str)):
                raise wrong_type("str", script)
            _set(self, "script", script)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "script", "script", _value, error)

        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        return True
