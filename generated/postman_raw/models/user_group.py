from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "team_id" in flaws:
            keep_raw(field_dict, flaws["team_id"])
        else:
            team_id = self.team_id
            if team_id is not UNSET:
                field_dict["teamId"] = team_id

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "summary" in flaws:
            keep_raw(field_dict, flaws["summary"])
        else:
            summary = self.summary
            if summary is not UNSET:
                field_dict["summary"] = summary

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by = self.created_by
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = datetime_text(self.created_at)
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = datetime_text(self.updated_at)
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at

        if flaws is not None and "members" in flaws:
            keep_raw(field_dict, flaws["members"])
        else:
            members: list[int] | Unset = UNSET
            if not isinstance(self.members, Unset):
                members = self.members

            if members is not UNSET:
                field_dict["members"] = members

        if flaws is not None and "managers" in flaws:
            keep_raw(field_dict, flaws["managers"])
        else:
            managers: list[int] | Unset = UNSET
            if not isinstance(self.managers, Unset):
                managers = self.managers

            if managers is not UNSET:
                field_dict["managers"] = managers

        if flaws is not None and "roles" in flaws:
            keep_raw(field_dict, flaws["roles"])
        else:
            roles: list[str] | Unset = UNSET
            if not isinstance(self.roles, Unset):
                roles = self.roles

            if roles is not UNSET:
                field_dict["roles"] = roles

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UserGroup that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (type(id) is int):
                raise wrong_type("int", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("teamId", UNSET)
        try:
            team_id = _value
            if team_id is not UNSET and not (type(team_id) is int):
                raise wrong_type("int", team_id)
            _set(self, "team_id", team_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team_id", "teamId", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("summary", UNSET)
        try:
            summary = _value
            if summary is not UNSET and not (isinstance(summary, str)):
                raise wrong_type("str", summary)
            _set(self, "summary", summary)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "summary", "summary", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            created_by = _value
            if created_by is not UNSET and not (type(created_by) is int):
                raise wrong_type("int", created_by)
            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            _created_at = _value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            _updated_at = _value
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

        _value = d.pop("members", UNSET)
        try:
            members = cast("list[int]", _value)
            if members is not UNSET and (
                not isinstance(members, list) or not all(type(item) is int for item in members)
            ):
                raise wrong_type("an array of int", members)

            _set(self, "members", members)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "members", "members", _value, error)

        _value = d.pop("managers", UNSET)
        try:
            managers = cast("list[int]", _value)
            if managers is not UNSET and (
                not isinstance(managers, list) or not all(type(item) is int for item in managers)
            ):
                raise wrong_type("an array of int", managers)

            _set(self, "managers", managers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "managers", "managers", _value, error)

        _value = d.pop("roles", UNSET)
        try:
            roles = cast("list[str]", _value)
            if roles is not UNSET and (not isinstance(roles, list) or not all(isinstance(item, str) for item in roles)):
                raise wrong_type("an array of str", roles)

            _set(self, "roles", roles)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "roles", "roles", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("members", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("managers", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("roles", UNSET)
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
