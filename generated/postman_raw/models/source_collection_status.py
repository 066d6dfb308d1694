from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceCollectionStatus")


@_attrs_define
class SourceCollectionStatus:
    """How a fork compares with its source."""

    is_source_ahead: bool | Unset = UNSET
    """ True when the source collection has changes the fork has not pulled yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_source_ahead = self.is_source_ahead

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_source_ahead is not UNSET:
            field_dict["isSourceAhead"] = is_source_ahead

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_source_ahead = d.pop("isSourceAhead", UNSET)

        source_collection_status = cls(
            is_source_ahead=is_source_ahead,
        )

        source_collection_status.additional_properties = d
        return source_collection_status

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
