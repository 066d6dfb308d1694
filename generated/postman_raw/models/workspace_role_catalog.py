from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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

if TYPE_CHECKING:
    from ..models.workspace_role_definition import WorkspaceRoleDefinition


T = TypeVar("T", bound="WorkspaceRoleCatalog")


@_attrs_define
class WorkspaceRoleCatalog(Model):
    """The workspace roles, by kind of holder."""

    user: list[WorkspaceRoleDefinition] | Unset = UNSET
    """ Roles a user can hold. """
    usergroup: list[WorkspaceRoleDefinition] | Unset = UNSET
    """ Roles a user group can hold. """
    partner: list[WorkspaceRoleDefinition] | Unset = UNSET
    """ Roles a partner can hold. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "user",
        "usergroup",
        "partner",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "user" in flaws:
            keep_raw(field_dict, flaws["user"])
        else:
            user: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.user, Unset):
                user = []
                for user_item_data in self.user:
                    user_item = user_item_data.to_dict()
                    user.append(user_item)

            if user is not UNSET:
                field_dict["user"] = user

        if flaws is not None and "usergroup" in flaws:
            keep_raw(field_dict, flaws["usergroup"])
        else:
            usergroup: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.usergroup, Unset):
                usergroup = []
                for usergroup_item_data in self.usergroup:
                    usergroup_item = usergroup_item_data.to_dict()
                    usergroup.append(usergroup_item)

            if usergroup is not UNSET:
                field_dict["usergroup"] = usergroup

        if flaws is not None and "partner" in flaws:
            keep_raw(field_dict, flaws["partner"])
        else:
            partner: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.partner, Unset):
                partner = []
                for partner_item_data in self.partner:
                    partner_item = partner_item_data.to_dict()
                    partner.append(partner_item)

            if partner is not UNSET:
                field_dict["partner"] = partner

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceRoleCatalog that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.workspace_role_definition import WorkspaceRoleDefinition  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("user", UNSET)
        try:
            _user = _value
            user: list[WorkspaceRoleDefinition] | Unset = UNSET
            if _user is not UNSET:
                if not isinstance(_user, list):
                    raise wrong_type("an array", _user)
                user = []
                for user_item_data in _user:
                    user_item = WorkspaceRoleDefinition.from_dict(user_item_data)

                    user.append(user_item)

            _set(self, "user", user)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user", "user", _value, error)

        _value = d.pop("usergroup", UNSET)
        try:
            _usergroup = _value
            usergroup: list[WorkspaceRoleDefinition] | Unset = UNSET
            if _usergroup is not UNSET:
                if not isinstance(_usergroup, list):
                    raise wrong_type("an array", _usergroup)
                usergroup = []
                for usergroup_item_data in _usergroup:
                    usergroup_item = WorkspaceRoleDefinition.from_dict(usergroup_item_data)

                    usergroup.append(usergroup_item)

            _set(self, "usergroup", usergroup)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "usergroup", "usergroup", _value, error)

        _value = d.pop("partner", UNSET)
        try:
            _partner = _value
            partner: list[WorkspaceRoleDefinition] | Unset = UNSET
            if _partner is not UNSET:
                if not isinstance(_partner, list):
                    raise wrong_type("an array", _partner)
                partner = []
                for partner_item_data in _partner:
                    partner_item = WorkspaceRoleDefinition.from_dict(partner_item_data)

                    partner.append(partner_item)

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
