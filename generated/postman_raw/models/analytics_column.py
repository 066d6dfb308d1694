from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsColumn")


@_attrs_define
class AnalyticsColumn:
    """One column of a table."""

    name: str | Unset = UNSET
    """ The column's name, for example `user_id` or `count`. """
    type_: str | Unset = UNSET
    """ The values' type: `DATE`, `STRING`, `INTEGER`, `TIMESTAMP`, `BOOLEAN`, `NUMBER` or `FLOAT`. """
    format_: str | Unset = UNSET
    """ How the values are written, for example `YYYY-MM-DD`. """
    description: str | Unset = UNSET
    """ What the column holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        format_ = self.format_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        format_ = d.pop("format", UNSET)

        description = d.pop("description", UNSET)

        analytics_column = cls(
            name=name,
            type_=type_,
            format_=format_,
            description=description,
        )

        analytics_column.additional_properties = d
        return analytics_column

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
