from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variable import EnvironmentVariable


T = TypeVar("T", bound="EnvironmentReplaceData")


@_attrs_define
class EnvironmentReplaceData:
    """The environment's new name and complete list of variables."""

    name: str | Unset = UNSET
    values: list[EnvironmentVariable] | Unset = UNSET
    """ Every variable the environment should have afterwards; an empty list removes them all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.environment_variable import EnvironmentVariable  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _values = d.pop("values", UNSET)
        values: list[EnvironmentVariable] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = EnvironmentVariable.from_dict(values_item_data)

                values.append(values_item)

        environment_replace_data = cls(
            name=name,
            values=values,
        )

        environment_replace_data.additional_properties = d
        return environment_replace_data

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
