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
from ..types import UNSET, Model, accepts, read_lazily

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
        action: str = self.action

        target_entity: str = self.target_entity

        target_entity_id = self.target_entity_id

        role_id: str = self.role_id

        target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "targetEntity": target_entity,
                "targetEntityId": target_entity_id,
                "roleId": role_id,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PartnerWorkspaceInvite that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.partner_invite_emails import PartnerInviteEmails  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        action = check_partner_workspace_invite_action(d.pop("action"))

        _set(self, "action", action)

        target_entity = check_partner_workspace_invite_target_entity(d.pop("targetEntity"))

        _set(self, "target_entity", target_entity)

        target_entity_id = d.pop("targetEntityId")
        _set(self, "target_entity_id", target_entity_id)

        role_id = check_partner_workspace_invite_role_id(d.pop("roleId"))

        _set(self, "role_id", role_id)

        target = PartnerInviteEmails.from_dict(d.pop("target"))

        _set(self, "target", target)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("action", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_partner_workspace_invite_action, value)):
            return False
        value = data.get("targetEntity", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_partner_workspace_invite_target_entity, value)):
            return False
        value = data.get("targetEntityId", UNSET)
        if value is UNSET:
            return False
        value = data.get("roleId", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_partner_workspace_invite_role_id, value)):
            return False
        value = data.get("target", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, dict)):
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
