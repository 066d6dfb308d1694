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

T = TypeVar("T", bound="Team")


@_attrs_define
class Team(Model):
    """A team of the organization."""

    id: int | Unset = UNSET
    """ The team's numeric id. """
    name: str | Unset = UNSET
    handle: str | Unset = UNSET
    """ The team's URL-friendly handle, derived from its name. """
    description: None | str | Unset = UNSET
    organization_id: int | Unset = UNSET
    """ The organization the team belongs to. """
    created_by: int | str | Unset = UNSET
    """ An entity's id: a Postman numeric id or, with `identifierType: scim`, a SCIM id string. """
    enabled: bool | Unset = UNSET
    """ Whether the team is active. """
    member_count: int | Unset = UNSET
    """ Number of members (sent in lists). """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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

        if flaws is not None and "handle" in flaws:
            keep_raw(field_dict, flaws["handle"])
        else:
            handle = self.handle
            if handle is not UNSET:
                field_dict["handle"] = handle

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "organization_id" in flaws:
            keep_raw(field_dict, flaws["organization_id"])
        else:
            organization_id = self.organization_id
            if organization_id is not UNSET:
                field_dict["organizationId"] = organization_id

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by: int | str | Unset
            if isinstance(self.created_by, Unset):
                created_by = UNSET
            else:
                created_by = self.created_by
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None and "enabled" in flaws:
            keep_raw(field_dict, flaws["enabled"])
        else:
            enabled = self.enabled
            if enabled is not UNSET:
                field_dict["enabled"] = enabled

        if flaws is not None and "member_count" in flaws:
            keep_raw(field_dict, flaws["member_count"])
        else:
            member_count = self.member_count
            if member_count is not UNSET:
                field_dict["memberCount"] = member_count

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

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Team that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
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

        _value = d.pop("handle", UNSET)
        try:
            handle = _value
            if handle is not UNSET and not (isinstance(handle, str)):
                raise wrong_type("str", handle)
            _set(self, "handle", handle)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "handle", "handle", _value, error)

        _value = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            description = _parse_description(_value)

            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("organizationId", UNSET)
        try:
            organization_id = _value
            if organization_id is not UNSET and not (type(organization_id) is int):
                raise wrong_type("int", organization_id)
            _set(self, "organization_id", organization_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "organization_id", "organizationId", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:

            def _parse_created_by(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                if not (type(data) is int or isinstance(data, str)):
                    raise wrong_type("int | str", data)
                return cast("int | str | Unset", data)

            created_by = _parse_created_by(_value)

            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _value = d.pop("enabled", UNSET)
        try:
            enabled = _value
            if enabled is not UNSET and not (type(enabled) is bool):
                raise wrong_type("bool", enabled)
            _set(self, "enabled", enabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "enabled", "enabled", _value, error)

        _value = d.pop("memberCount", UNSET)
        try:
            member_count = _value
            if member_count is not UNSET and not (type(member_count) is int):
                raise wrong_type("int", member_count)
            _set(self, "member_count", member_count)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "member_count", "memberCount", _value, error)

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
