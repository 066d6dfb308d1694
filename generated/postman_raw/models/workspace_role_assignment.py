from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceRoleAssignment")


@_attrs_define
class WorkspaceRoleAssignment:
    """One role and who holds it. User groups appear under `group` or `usergroup` (Postman
    uses both names); each list is absent when empty.

    """

    id: str | Unset = UNSET
    """ The role id. """
    display_name: str | Unset = UNSET
    user: list[str] | Unset = UNSET
    """ User ids (SCIM ids with `include=scim`). """
    group: list[str] | Unset = UNSET
    """ User group ids (SCIM ids with `include=scim`). """
    usergroup: list[str] | Unset = UNSET
    """ User group ids, under the other name Postman uses for them. """
    partner: list[str] | Unset = UNSET
    """ Partner user ids. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        user: list[str] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user

        group: list[str] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group

        usergroup: list[str] | Unset = UNSET
        if not isinstance(self.usergroup, Unset):
            usergroup = self.usergroup

        partner: list[str] | Unset = UNSET
        if not isinstance(self.partner, Unset):
            partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if user is not UNSET:
            field_dict["user"] = user
        if group is not UNSET:
            field_dict["group"] = group
        if usergroup is not UNSET:
            field_dict["usergroup"] = usergroup
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        user = cast("list[str]", d.pop("user", UNSET))

        group = cast("list[str]", d.pop("group", UNSET))

        usergroup = cast("list[str]", d.pop("usergroup", UNSET))

        partner = cast("list[str]", d.pop("partner", UNSET))

        workspace_role_assignment = cls(
            id=id,
            display_name=display_name,
            user=user,
            group=group,
            usergroup=usergroup,
            partner=partner,
        )

        workspace_role_assignment.additional_properties = d
        return workspace_role_assignment

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
