from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceActivityUser")


@_attrs_define
class WorkspaceActivityUser:
    """Who did it."""

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    is_partner: bool | Unset = UNSET
    """ True when the user is a partner in the workspace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        name = self.name

        is_partner = self.is_partner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if is_partner is not UNSET:
            field_dict["isPartner"] = is_partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        is_partner = d.pop("isPartner", UNSET)

        workspace_activity_user = cls(
            id=id,
            username=username,
            name=name,
            is_partner=is_partner,
        )

        workspace_activity_user.additional_properties = d
        return workspace_activity_user

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
