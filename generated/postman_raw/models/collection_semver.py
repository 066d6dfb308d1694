from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionSemver")


@_attrs_define
class CollectionSemver:
    """A semantic version."""

    major: int
    minor: int
    patch: int
    identifier: str | Unset = UNSET
    """ Pre-release label, such as `beta`. """
    meta: Any | Unset = UNSET
    """ Free-form build metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        major = d.pop("major")

        minor = d.pop("minor")

        patch = d.pop("patch")

        identifier = d.pop("identifier", UNSET)

        meta = d.pop("meta", UNSET)

        collection_semver = cls(
            major=major,
            minor=minor,
            patch=patch,
            identifier=identifier,
            meta=meta,
        )

        collection_semver.additional_properties = d
        return collection_semver

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
