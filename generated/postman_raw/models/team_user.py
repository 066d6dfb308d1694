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

T = TypeVar("T", bound="TeamUser")


@_attrs_define
class TeamUser(Model):
    """A member of the team."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    roles: list[str] | Unset = UNSET
    joined_at: datetime.datetime | Unset = UNSET
    """ When the user joined the team. """
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

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "username" in flaws:
            keep_raw(field_dict, flaws["username"])
        else:
            username = self.username
            if username is not UNSET:
                field_dict["username"] = username

        if flaws is not None and "email" in flaws:
            keep_raw(field_dict, flaws["email"])
        else:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email

        if flaws is not None and "roles" in flaws:
            keep_raw(field_dict, flaws["roles"])
        else:
            roles: list[str] | Unset = UNSET
            if not isinstance(self.roles, Unset):
                roles = self.roles

            if roles is not UNSET:
                field_dict["roles"] = roles

        if flaws is not None and "joined_at" in flaws:
            keep_raw(field_dict, flaws["joined_at"])
        else:
            joined_at: str | Unset = UNSET
            if not isinstance(self.joined_at, Unset):
                joined_at = datetime_text(self.joined_at)
            if joined_at is not UNSET:
                field_dict["joinedAt"] = joined_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamUser that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
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

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("username", UNSET)
        try:
            username = _value
            if username is not UNSET and not (isinstance(username, str)):
                raise wrong_type("str", username)
            _set(self, "username", username)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "username", "username", _value, error)

        _value = d.pop("email", UNSET)
        try:
            email = _value
            if email is not UNSET and not (isinstance(email, str)):
                raise wrong_type("str", email)
            _set(self, "email", email)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "email", "email", _value, error)

        _value = d.pop("roles", UNSET)
        try:
            roles = cast("list[str]", _value)
            if roles is not UNSET and (not isinstance(roles, list) or not all(isinstance(item, str) for item in roles)):
                raise wrong_type("an array of str", roles)

            _set(self, "roles", roles)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "roles", "roles", _value, error)

        _value = d.pop("joinedAt", UNSET)
        try:
            _joined_at = _value
            joined_at: datetime.datetime | Unset
            if isinstance(_joined_at, Unset):
                joined_at = UNSET
            else:
                joined_at = parse_datetime(_joined_at)

            _set(self, "joined_at", joined_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "joined_at", "joinedAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("roles", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("joinedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
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
