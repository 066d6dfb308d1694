from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="WorkspaceRoleAssignment")


@_attrs_define
class WorkspaceRoleAssignment(Model):
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
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

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
        """A WorkspaceRoleAssignment that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        display_name = d.pop("displayName", UNSET)
        _set(self, "display_name", display_name)

        user = cast("list[str]", d.pop("user", UNSET))

        _set(self, "user", user)

        group = cast("list[str]", d.pop("group", UNSET))

        _set(self, "group", group)

        usergroup = cast("list[str]", d.pop("usergroup", UNSET))

        _set(self, "usergroup", usergroup)

        partner = cast("list[str]", d.pop("partner", UNSET))

        _set(self, "partner", partner)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("user", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("group", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("usergroup", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("partner", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        return True

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
