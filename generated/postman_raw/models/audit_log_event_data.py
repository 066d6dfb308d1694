from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actor is not UNSET:
            field_dict["actor"] = actor
        if user is not UNSET:
            field_dict["user"] = user
        if team is not UNSET:
            field_dict["team"] = team
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuditLogEventData that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.audit_log_actor import AuditLogActor  # noqa: PLC0415
        from postman_raw.models.audit_log_event_data_variables import AuditLogEventDataVariables  # noqa: PLC0415
        from postman_raw.models.audit_log_team import AuditLogTeam  # noqa: PLC0415
        from postman_raw.models.audit_log_user import AuditLogUser  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _actor = d.pop("actor", UNSET)
        actor: AuditLogActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = AuditLogActor.from_dict(_actor)

        _set(self, "actor", actor)

        _user = d.pop("user", UNSET)
        user: AuditLogUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = AuditLogUser.from_dict(_user)

        _set(self, "user", user)

        _team = d.pop("team", UNSET)
        team: AuditLogTeam | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = AuditLogTeam.from_dict(_team)

        _set(self, "team", team)

        _variables = d.pop("variables", UNSET)
        variables: AuditLogEventDataVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = AuditLogEventDataVariables.from_dict(_variables)

        _set(self, "variables", variables)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("actor", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("user", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("team", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("variables", UNSET)
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
