from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PulledCollectionChanges")


@_attrs_define
class PulledCollectionChanges:
    """The two collections of a pull."""

    destination_id: str | Unset = UNSET
    """ Uid of the fork that received the changes. """
    source_id: str | Unset = UNSET
    """ Uid of the parent collection the changes came from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_id = self.destination_id

        source_id = self.source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_id is not UNSET:
            field_dict["destinationId"] = destination_id
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_id = d.pop("destinationId", UNSET)

        source_id = d.pop("sourceId", UNSET)

        pulled_collection_changes = cls(
            destination_id=destination_id,
            source_id=source_id,
        )

        pulled_collection_changes.additional_properties = d
        return pulled_collection_changes

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
