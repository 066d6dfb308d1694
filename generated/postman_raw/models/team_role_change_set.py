from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_role_grants import TeamRoleGrants


T = TypeVar("T", bound="TeamRoleChangeSet")


@_attrs_define
class TeamRoleChangeSet:
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

    def to_dict(self) -> dict[str, Any]:
        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        orgs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orgs, Unset):
            orgs = self.orgs.to_dict()

        teams: dict[str, Any] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if groups is not UNSET:
            field_dict["groups"] = groups
        if orgs is not UNSET:
            field_dict["orgs"] = orgs
        if teams is not UNSET:
            field_dict["teams"] = teams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.team_role_grants import TeamRoleGrants  # noqa: PLC0415

        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: TeamRoleGrants | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = TeamRoleGrants.from_dict(_users)

        _groups = d.pop("groups", UNSET)
        groups: TeamRoleGrants | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = TeamRoleGrants.from_dict(_groups)

        _orgs = d.pop("orgs", UNSET)
        orgs: TeamRoleGrants | Unset
        if isinstance(_orgs, Unset):
            orgs = UNSET
        else:
            orgs = TeamRoleGrants.from_dict(_orgs)

        _teams = d.pop("teams", UNSET)
        teams: TeamRoleGrants | Unset
        if isinstance(_teams, Unset):
            teams = UNSET
        else:
            teams = TeamRoleGrants.from_dict(_teams)

        team_role_change_set = cls(
            users=users,
            groups=groups,
            orgs=orgs,
            teams=teams,
        )

        team_role_change_set.additional_properties = d
        return team_role_change_set

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
