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
)

if TYPE_CHECKING:
    from ..models.audit_log_actor import AuditLogActor
    from ..models.audit_log_event_data_variables import AuditLogEventDataVariables
    from ..models.audit_log_team import AuditLogTeam
    from ..models.audit_log_user import AuditLogUser


T = TypeVar("T", bound="AuditLogEventData")


@_attrs_define
class AuditLogEventData(Model):
    """Who did what to whom."""

    actor: AuditLogActor | Unset = UNSET
    """ The user who performed the action. """
    user: AuditLogUser | Unset = UNSET
    """ The user the action concerned. """
    team: AuditLogTeam | Unset = UNSET
    """ The team the event belongs to. """
    variables: AuditLogEventDataVariables | Unset = UNSET
    """ Further details; the keys depend on the action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "actor",
        "user",
        "team",
        "variables",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "actor" in flaws:
            keep_raw(field_dict, flaws["actor"])
        else:
            actor: dict[str, Any] | Unset = UNSET
            if not isinstance(self.actor, Unset):
                actor = self.actor.to_dict()
            if actor is not UNSET:
                field_dict["actor"] = actor

        if flaws is not None and "user" in flaws:
            keep_raw(field_dict, flaws["user"])
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(self.user, Unset):
                user = self.user.to_dict()
            if user is not UNSET:
                field_dict["user"] = user

        if flaws is not None and "team" in flaws:
            keep_raw(field_dict, flaws["team"])
        else:
            team: dict[str, Any] | Unset = UNSET
            if not isinstance(self.team, Unset):
                team = self.team.to_dict()
            if team is not UNSET:
                field_dict["team"] = team

        if flaws is not None and "variables" in flaws:
            keep_raw(field_dict, flaws["variables"])
        else:
            variables: dict[str, Any] | Unset = UNSET
            if not isinstance(self.variables, Unset):
                variables = self.variables.to_dict()
            if variables is not UNSET:
                field_dict["variables"] = variables

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuditLogEventData that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.audit_log_actor import AuditLogActor  # noqa: PLC0415
        from postman_raw.models.audit_log_event_data_variables import AuditLogEventDataVariables  # noqa: PLC0415
        from postman_raw.models.audit_log_team import AuditLogTeam  # noqa: PLC0415
        from postman_raw.models.audit_log_user import AuditLogUser  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("actor", UNSET)
        try:
            _actor = _value
            actor: AuditLogActor | Unset
            if isinstance(_actor, Unset):
                actor = UNSET
            else:
                actor = AuditLogActor.from_dict(_actor)

            _set(self, "actor", actor)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "actor", "actor", _value, error)

        _value = d.pop("user", UNSET)
        try:
            _user = _value
            user: AuditLogUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = AuditLogUser.from_dict(_user)

            _set(self, "user", user)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user", "user", _value, error)

        _value = d.pop("team", UNSET)
        try:
            _team = _value
            team: AuditLogTeam | Unset
            if isinstance(_team, Unset):
                team = UNSET
            else:
                team = AuditLogTeam.from_dict(_team)

            _set(self, "team", team)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team", "team", _value, error)

        _value = d.pop("variables", UNSET)
        try:
            _variables = _value
            variables: AuditLogEventDataVariables | Unset
            if isinstance(_variables, Unset):
                variables = UNSET
            else:
                variables = AuditLogEventDataVariables.from_dict(_variables)

            _set(self, "variables", variables)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "variables", "variables", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("actor", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("user", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("team", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("variables", UNSET)
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
