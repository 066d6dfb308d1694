from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        major = self.major

        minor = self.minor

        patch = self.patch

        identifier = self.identifier

        meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "major": major,
                "minor": minor,
                "patch": patch,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionSemver that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        major = d.pop("major")
        _set(self, "major", major)

        minor = d.pop("minor")
        _set(self, "minor", minor)

        patch = d.pop("patch")
        _set(self, "patch", patch)

        identifier = d.pop("identifier", UNSET)
        _set(self, "identifier", identifier)

        meta = d.pop("meta", UNSET)
        _set(self, "meta", meta)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
