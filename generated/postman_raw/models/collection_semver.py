from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="CollectionSemver")


@_attrs_define
class CollectionSemver(Model):
    """A semantic version."""

    major: int
    minor: int
    patch: int
    identifier: str | Unset = UNSET
    """ Pre-release label, such as `beta`. """
    meta: Any | Unset = UNSET
    """ Free-form build metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "major" in flaws:
            keep_raw(field_dict, flaws["major"])
        else:
            major = self.major
            field_dict["major"] = major

        if flaws is not None and "minor" in flaws:
            keep_raw(field_dict, flaws["minor"])
        else:
            minor = self.minor
            field_dict["minor"] = minor

        if flaws is not None and "patch" in flaws:
            keep_raw(field_dict, flaws["patch"])
        else:
            patch = self.patch
            field_dict["patch"] = patch

        if flaws is not None and "identifier" in flaws:
            keep_raw(field_dict, flaws["identifier"])
        else:
            identifier = self.identifier
            if identifier is not UNSET:
                field_dict["identifier"] = identifier

        if flaws is not None and "meta" in flaws:
            keep_raw(field_dict, flaws["meta"])
        else:
            meta = self.meta
            if meta is not UNSET:
                field_dict["meta"] = meta

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionSemver that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("major", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("major")
            major = _value
            if not (type(major) is int):
                raise wrong_type("int", major)
            _set(self, "major", major)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "major", "major", _value, error)

        _value = d.pop("minor", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("minor")
            minor = _value
            if not (type(minor) is int):
                raise wrong_type("int", minor)
            _set(self, "minor", minor)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "minor", "minor", _value, error)

        _value = d.pop("patch", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("patch")
            patch = _value
            if not (type(patch) is int):
                raise wrong_type("int", patch)
            _set(self, "patch", patch)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "patch", "patch", _value, error)

        _value = d.pop("identifier", UNSET)
        try:
            identifier = _value
            if identifier is not UNSET and not (isinstance(identifier, str)):
                raise wrong_type("str", identifier)
            _set(self, "identifier", identifier)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "identifier", "identifier", _value, error)

        _value = d.pop("meta", UNSET)
        try:
            meta = _value
            _set(self, "meta", meta)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "meta", "meta", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("major", UNSET)
        if value is UNSET:
            return False
        value = data.get("minor", UNSET)
        if value is UNSET:
            return False
        value = data.get("patch", UNSET)
        if value is UNSET:
            return False
        return True

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
