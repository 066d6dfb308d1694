from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup(Model):
    """A user group of the team."""

    id: int | Unset = UNSET
    """ The group's numeric id. """
    team_id: int | Unset = UNSET
    """ The team the group belongs to. """
    name: str | Unset = UNSET
    summary: str | Unset = UNSET
    """ A short description of the group (may be empty). """
    created_by: int | Unset = UNSET
    """ Id of the user who created the group. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    members: list[int] | Unset = UNSET
    """ User ids of the group's members. """
    managers: list[int] | Unset = UNSET
    """ User ids of the group's managers (sent by GET /groups/{groupId}). """
    roles: list[str] | Unset = UNSET
    """ Team roles the group grants its members, such as `user` or `admin`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        team_id = self.team_id

        name = self.name

        summary = self.summary

        created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        members: list[int] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        managers: list[int] | Unset = UNSET
        if not isinstance(self.managers, Unset):
            managers = self.managers

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if name is not UNSET:
            field_dict["name"] = name
        if summary is not UNSET:
            field_dict["summary"] = summary
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if members is not UNSET:
            field_dict["members"] = members
        if managers is not UNSET:
            field_dict["managers"] = managers
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UserGroup that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        team_id = d.pop("teamId", UNSET)
        _set(self, "team_id", team_id)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        summary = d.pop("summary", UNSET)
        _set(self, "summary", summary)

        created_by = d.pop("createdBy", UNSET)
        _set(self, "created_by", created_by)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _set(self, "created_at", created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _set(self, "updated_at", updated_at)

        members = cast("list[int]", d.pop("members", UNSET))

        _set(self, "members", members)

        managers = cast("list[int]", d.pop("managers", UNSET))

        _set(self, "managers", managers)

        roles = cast("list[str]", d.pop("roles", UNSET))

        _set(self, "roles", roles)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("members", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("managers", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("roles", UNSET)
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
