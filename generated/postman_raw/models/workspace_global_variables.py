from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_global_variable import WorkspaceGlobalVariable


T = TypeVar("T", bound="WorkspaceGlobalVariables")


@_attrs_define
class WorkspaceGlobalVariables:
    """Body of GET and PUT /workspaces/{workspaceId}/global-variables."""

    values: list[WorkspaceGlobalVariable] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.workspace_global_variable import WorkspaceGlobalVariable  # noqa: PLC0415

        d = dict(src_dict)
        _values = d.pop("values", UNSET)
        values: list[WorkspaceGlobalVariable] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = WorkspaceGlobalVariable.from_dict(values_item_data)

                values.append(values_item)

        workspace_global_variables = cls(
            values=values,
        )

        workspace_global_variables.additional_properties = d
        return workspace_global_variables

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
