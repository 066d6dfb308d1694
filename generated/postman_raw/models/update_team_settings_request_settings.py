from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_team_settings_request_settings_rfa_for_add_collaborator import (
    UpdateTeamSettingsRequestSettingsRfaForAddCollaborator,
    check_update_team_settings_request_settings_rfa_for_add_collaborator,
)
from ..models.update_team_settings_request_settings_rfa_for_add_member import (
    UpdateTeamSettingsRequestSettingsRfaForAddMember,
    check_update_team_settings_request_settings_rfa_for_add_member,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
)

T = TypeVar("T", bound="UpdateTeamSettingsRequestSettings")


@_attrs_define
class UpdateTeamSettingsRequestSettings(Model):
    """The settings to change."""

    rfa_for_add_member: UpdateTeamSettingsRequestSettingsRfaForAddMember | Unset = UNSET
    """ Whether an admin must approve new team members. """
    rfa_for_add_collaborator: UpdateTeamSettingsRequestSettingsRfaForAddCollaborator | Unset = UNSET
    """ Whether collaborators need approval to reach the team's workspaces. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "rfa_for_add_member" in flaws:
            keep_raw(field_dict, flaws["rfa_for_add_member"])
        else:
            rfa_for_add_member: str | Unset = UNSET
            if not isinstance(self.rfa_for_add_member, Unset):
                rfa_for_add_member = self.rfa_for_add_member

            if rfa_for_add_member is not UNSET:
                field_dict["rfa_for_add_member"] = rfa_for_add_member

        if flaws is not None and "rfa_for_add_collaborator" in flaws:
            keep_raw(field_dict, flaws["rfa_for_add_collaborator"])
        else:
            rfa_for_add_collaborator: str | Unset = UNSET
            if not isinstance(self.rfa_for_add_collaborator, Unset):
                rfa_for_add_collaborator = self.rfa_for_add_collaborator

            if rfa_for_add_collaborator is not UNSET:
                field_dict["rfa_for_add_collaborator"] = rfa_for_add_collaborator

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateTeamSettingsRequestSettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("rfa_for_add_member", UNSET)
        try:
            _rfa_for_add_member = _value
            rfa_for_add_member: UpdateTeamSettingsRequestSettingsRfaForAddMember | Unset
            if isinstance(_rfa_for_add_member, Unset):
                rfa_for_add_member = UNSET
            else:
                rfa_for_add_member = enum_value(
                    check_update_team_settings_request_settings_rfa_for_add_member, _rfa_for_add_member
                )

            _set(self, "rfa_for_add_member", rfa_for_add_member)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "rfa_for_add_member", "rfa_for_add_member", _value, error)

        _value = d.pop("rfa_for_add_collaborator", UNSET)
        try:
            _rfa_for_add_collaborator = _value
            rfa_for_add_collaborator: UpdateTeamSettingsRequestSettingsRfaForAddCollaborator | Unset
            if isinstance(_rfa_for_add_collaborator, Unset):
                rfa_for_add_collaborator = UNSET
            else:
                rfa_for_add_collaborator = enum_value(
                    check_update_team_settings_request_settings_rfa_for_add_collaborator, _rfa_for_add_collaborator
                )

            _set(self, "rfa_for_add_collaborator", rfa_for_add_collaborator)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "rfa_for_add_collaborator", "rfa_for_add_collaborator", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("rfa_for_add_member", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_update_team_settings_request_settings_rfa_for_add_member, value))
        ):
            return False
        value = data.get("rfa_for_add_collaborator", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_update_team_settings_request_settings_rfa_for_add_collaborator, value))
        ):
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
