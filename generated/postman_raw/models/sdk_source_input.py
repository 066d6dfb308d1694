from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_source_input_type import SdkSourceInputType, check_sdk_source_input_type

T = TypeVar("T", bound="SdkSourceInput")


@_attrs_define
class SdkSourceInput:
    """The collection or spec to generate from, as sent in a request."""

    type_: SdkSourceInputType
    """ Kind of source. """
    id: str
    """ The collection's or spec's id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_sdk_source_input_type(d.pop("type"))

        id = d.pop("id")

        sdk_source_input = cls(
            type_=type_,
            id=id,
        )

        sdk_source_input.additional_properties = d
        return sdk_source_input

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
