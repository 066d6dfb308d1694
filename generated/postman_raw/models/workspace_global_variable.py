from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceGlobalVariable")


@_attrs_define
class WorkspaceGlobalVariable:
    """One global variable."""

    key: str | Unset = UNSET
    """ The variable's name. """
    type_: str | Unset = UNSET
    """ `default` (plain) or `secret` (masked in the app). """
    value: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_ = self.type_

        value = self.value

        enabled = self.enabled

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        enabled = d.pop("enabled", UNSET)

        description = d.pop("description", UNSET)

        workspace_global_variable = cls(
            key=key,
            type_=type_,
            value=value,
            enabled=enabled,
            description=description,
        )

        workspace_global_variable.additional_properties = d
        return workspace_global_variable

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
