from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_changes_type import WorkspaceChangesType, check_workspace_changes_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceChanges")


@_attrs_define
class WorkspaceChanges:
    """The workspace fields to change."""

    name: str | Unset = UNSET
    type_: WorkspaceChangesType | Unset = UNSET
    """ The new type; see the operation for the changes that are refused. """
    description: str | Unset = UNSET
    about: str | Unset = UNSET
    """ Short summary of the workspace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        description = self.description

        about = self.about

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if about is not UNSET:
            field_dict["about"] = about

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: WorkspaceChangesType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_workspace_changes_type(_type_)

        description = d.pop("description", UNSET)

        about = d.pop("about", UNSET)

        workspace_changes = cls(
            name=name,
            type_=type_,
            description=description,
            about=about,
        )

        workspace_changes.additional_properties = d
        return workspace_changes

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
