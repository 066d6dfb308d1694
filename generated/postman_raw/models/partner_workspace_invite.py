from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_workspace_invite_action import PartnerWorkspaceInviteAction, check_partner_workspace_invite_action
from ..models.partner_workspace_invite_role_id import (
    PartnerWorkspaceInviteRoleId,
    check_partner_workspace_invite_role_id,
)
from ..models.partner_workspace_invite_target_entity import (
    PartnerWorkspaceInviteTargetEntity,
    check_partner_workspace_invite_target_entity,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.partner_invite_emails import PartnerInviteEmails


T = TypeVar("T", bound="PartnerWorkspaceInvite")


@_attrs_define
class PartnerWorkspaceInvite(Model):
    """Invite people by email to a Partner Workspace."""

    action: PartnerWorkspaceInviteAction
    target_entity: PartnerWorkspaceInviteTargetEntity
    target_entity_id: str
    """ The Partner Workspace's id. """
    role_id: PartnerWorkspaceInviteRoleId
    """ Partner role to give: `4` Viewer, `5` Editor, `6` Viewer and Partner Lead, `7` Editor and Partner Lead. """
    target: PartnerInviteEmails
    """ Who to invite. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("target",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "action" in flaws:
            keep_raw(field_dict, flaws["action"])
        else:
            action: str = self.action
            field_dict["action"] = action

        if flaws is not None and "target_entity" in flaws:
            keep_raw(field_dict, flaws["target_entity"])
        else:
            target_entity: str = self.target_entity
            field_dict["targetEntity"] = target_entity

        if flaws is not None and "target_entity_id" in flaws:
            keep_raw(field_dict, flaws["target_entity_id"])
        else:
            target_entity_id = self.target_entity_id
            field_dict["targetEntityId"] = target_entity_id

        if flaws is not None and "role_id" in flaws:
            keep_raw(field_dict, flaws["role_id"])
        else:
            role_id: str = self.role_id
            field_dict["roleId"] = role_id

        if flaws is not None and "target" in flaws:
            keep_raw(field_dict, flaws["target"])
        else:
            target = self.target.to_dict()
            field_dict["target"] = target

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PartnerWorkspaceInvite that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.partner_invite_emails import PartnerInviteEmails  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("action", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("action")
            action = enum_value(check_partner_workspace_invite_action, _value)

            _set(self, "action", action)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "action", "action", _value, error)

        _value = d.pop("targetEntity", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("targetEntity")
            target_entity = enum_value(check_partner_workspace_invite_target_entity, _value)

            _set(self, "target_entity", target_entity)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "target_entity", "targetEntity", _value, error)

        _value = d.pop("targetEntityId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("targetEntityId")
            target_entity_id = _value
            if not (isinstance(target_entity_id, str)):
                raise wrong_type("str", target_entity_id)
            _set(self, "target_entity_id", target_entity_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "target_entity_id", "targetEntityId", _value, error)

        _value = d.pop("roleId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("roleId")
            role_id = enum_value(check_partner_workspace_invite_role_id, _value)

            _set(self, "role_id", role_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "role_id", "roleId", _value, error)

        _value = d.pop("target", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("target")
            target = PartnerInviteEmails.from_dict(_value)

            _set(self, "target", target)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "target", "target", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("action", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_partner_workspace_invite_action, value)):
            return False
        value = data.get("targetEntity", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_partner_workspace_invite_target_entity, value))
        ):
            return False
        value = data.get("targetEntityId", UNSET)
        if value is UNSET:
            return False
        value = data.get("roleId", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_partner_workspace_invite_role_id, value)):
            return False
        value = data.get("target", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
