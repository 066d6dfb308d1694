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
    from ..models.team_role_grants import TeamRoleGrants


T = TypeVar("T", bound="TeamRoleChangeSet")


@_attrs_define
class TeamRoleChangeSet(Model):
    """Roles to add or to remove, per kind of entity."""

    users: TeamRoleGrants | Unset = UNSET
    """ Entity ids (as keys) mapped to team roles, for example `{"12345678": ["TEAM_MANAGER"]}`. """
    groups: TeamRoleGrants | Unset = UNSET
    """ Entity ids (as keys) mapped to team roles, for example `{"12345678": ["TEAM_MANAGER"]}`. """
    orgs: TeamRoleGrants | Unset = UNSET
    """ Entity ids (as keys) mapped to team roles, for example `{"12345678": ["TEAM_MANAGER"]}`. """
    teams: TeamRoleGrants | Unset = UNSET
    """ Entity ids (as keys) mapped to team roles, for example `{"12345678": ["TEAM_MANAGER"]}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "users",
        "groups",
        "orgs",
        "teams",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "users" in flaws:
            keep_raw(field_dict, flaws["users"])
        else:
            users: dict[str, Any] | Unset = UNSET
            if not isinstance(self.users, Unset):
                users = self.users.to_dict()
            if users is not UNSET:
                field_dict["users"] = users

        if flaws is not None and "groups" in flaws:
            keep_raw(field_dict, flaws["groups"])
        else:
            groups: dict[str, Any] | Unset = UNSET
            if not isinstance(self.groups, Unset):
                groups = self.groups.to_dict()
            if groups is not UNSET:
                field_dict["groups"] = groups

        if flaws is not None and "orgs" in flaws:
            keep_raw(field_dict, flaws["orgs"])
        else:
            orgs: dict[str, Any] | Unset = UNSET
            if not isinstance(self.orgs, Unset):
                orgs = self.orgs.to_dict()
            if orgs is not UNSET:
                field_dict["orgs"] = orgs

        if flaws is not None and "teams" in flaws:
            keep_raw(field_dict, flaws["teams"])
        else:
            teams: dict[str, Any] | Unset = UNSET
            if not isinstance(self.teams, Unset):
                teams = self.teams.to_dict()
            if teams is not UNSET:
                field_dict["teams"] = teams

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamRoleChangeSet that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.team_role_grants import TeamRoleGrants  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("users", UNSET)
        try:
            _users = _value
            users: TeamRoleGrants | Unset
            if isinstance(_users, Unset):
                users = UNSET
            else:
                users = TeamRoleGrants.from_dict(_users)

            _set(self, "users", users)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "users", "users", _value, error)

        _value = d.pop("groups", UNSET)
        try:
            _groups = _value
            groups: TeamRoleGrants | Unset
            if isinstance(_groups, Unset):
                groups = UNSET
            else:
                groups = TeamRoleGrants.from_dict(_groups)

            _set(self, "groups", groups)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "groups", "groups", _value, error)

        _value = d.pop("orgs", UNSET)
        try:
            _orgs = _value
            orgs: TeamRoleGrants | Unset
            if isinstance(_orgs, Unset):
                orgs = UNSET
            else:
                orgs = TeamRoleGrants.from_dict(_orgs)

            _set(self, "orgs", orgs)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "orgs", "orgs", _value, error)

        _value = d.pop("teams", UNSET)
        try:
            _teams = _value
            teams: TeamRoleGrants | Unset
            if isinstance(_teams, Unset):
                teams = UNSET
            else:
                teams = TeamRoleGrants.from_dict(_teams)

            _set(self, "teams", teams)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "teams", "teams", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("users", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("groups", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("orgs", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("teams", UNSET)
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
