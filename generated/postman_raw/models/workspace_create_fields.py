from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_create_fields_type import WorkspaceCreateFieldsType, check_workspace_create_fields_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceCreateFields")


@_attrs_define
class WorkspaceCreateFields:
    """The new workspace."""

    name: str
    type_: WorkspaceCreateFieldsType
    """ `private` and `partner` need a Team or Enterprise plan. """
    description: str | Unset = UNSET
    about: str | Unset = UNSET
    """ Short summary of the workspace. """
    team_id: str | Unset = UNSET
    """ The team that will own the workspace; required when Postman Organizations is enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        description = self.description

        about = self.about

        team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if about is not UNSET:
            field_dict["about"] = about
        if team_id is not UNSET:
            field_dict["teamId"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_workspace_create_fields_type(d.pop("type"))

        description = d.pop("description", UNSET)

        about = d.pop("about", UNSET)

        team_id = d.pop("teamId", UNSET)

        workspace_create_fields = cls(
            name=name,
            type_=type_,
            description=description,
            about=about,
            team_id=team_id,
        )

        workspace_create_fields.additional_properties = d
        return workspace_create_fields

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
