from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "display_name" in flaws:
            keep_raw(field_dict, flaws["display_name"])
        else:
            display_name = self.display_name
            if display_name is not UNSET:
                field_dict["displayName"] = display_name

        if flaws is not None and "user" in flaws:
            keep_raw(field_dict, flaws["user"])
        else:
            user: list[str] | Unset = UNSET
            if not isinstance(self.user, Unset):
                user = self.user

            if user is not UNSET:
                field_dict["user"] = user

        if flaws is not None and "group" in flaws:
            keep_raw(field_dict, flaws["group"])
        else:
            group: list[str] | Unset = UNSET
            if not isinstance(self.group, Unset):
                group = self.group

            if group is not UNSET:
                field_dict["group"] = group

        if flaws is not None and "usergroup" in flaws:
            keep_raw(field_dict, flaws["usergroup"])
        else:
            usergroup: list[str] | Unset = UNSET
            if not isinstance(self.usergroup, Unset):
                usergroup = self.usergroup

            if usergroup is not UNSET:
                field_dict["usergroup"] = usergroup

        if flaws is not None and "partner" in flaws:
            keep_raw(field_dict, flaws["partner"])
        else:
            partner: list[str] | Unset = UNSET
            if not isinstance(self.partner, Unset):
                partner = self.partner

            if partner is not UNSET:
                field_dict["partner"] = partner

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceRoleAssignment that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("displayName", UNSET)
        try:
            display_name = _value
            if display_name is not UNSET and not (isinstance(display_name, str)):
                raise wrong_type("str", display_name)
            _set(self, "display_name", display_name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "display_name", "displayName", _value, error)

        _value = d.pop("user", UNSET)
        try:
            user = cast("list[str]", _value)
            if user is not UNSET and (not isinstance(user, list) or not all(isinstance(item, str) for item in user)):
                raise wrong_type("an array of str", user)

            _set(self, "user", user)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user", "user", _value, error)

        _value = d.pop("group", UNSET)
        try:
            group = cast("list[str]", _value)
            if group is not UNSET and (not isinstance(group, list) or not all(isinstance(item, str) for item in group)):
                raise wrong_type("an array of str", group)

            _set(self, "group", group)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "group", "group", _value, error)

        _value = d.pop("usergroup", UNSET)
        try:
            usergroup = cast("list[str]", _value)
            if usergroup is not UNSET and (
                not isinstance(usergroup, list) or not all(isinstance(item, str) for item in usergroup)
            ):
                raise wrong_type("an array of str", usergroup)

            _set(self, "usergroup", usergroup)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "usergroup", "usergroup", _value, error)

        _value = d.pop("partner", UNSET)
        try:
            partner = cast("list[str]", _value)
            if partner is not UNSET and (
                not isinstance(partner, list) or not all(isinstance(item, str) for item in partner)
            ):
                raise wrong_type("an array of str", partner)

            _set(self, "partner", partner)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "partner", "partner", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("user", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("group", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("usergroup", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("partner", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
