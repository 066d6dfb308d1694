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

T = TypeVar("T", bound="TeamAccessRequest")


@_attrs_define
class TeamAccessRequest(Model):
    """A request for access to a team, waiting for a decision."""

    id: int | Unset = UNSET
    """ The request's id. """
    entity_type: str | Unset = UNSET
    """ Kind of entity the request is for: `user`, `group`, `team` or `organization`. """
    entity_id: int | str | Unset = UNSET
    """ An entity's id: a Postman numeric id or, with `identifierType: scim`, a SCIM id string. """
    object_type: str | Unset = UNSET
    """ Kind of thing access is asked to, for example `team`. """
    object_id: int | Unset = UNSET
    """ Id of the thing access is asked to. """
    role: str | Unset = UNSET
    """ The role asked for, such as `TEAM_MANAGER`, `TEAM_DEVELOPER`, `TEAM_GUEST_DEVELOPER`, `TEAM_GUEST_VIEWER`,
    `TEAM_PARTNER_MANAGER`, `TEAM_PARTNER_LEAD`, `TEAM_GUEST`, `TEAM_PARTNER` or `TEAM_COMMUNITY_MANAGER`. """
    request_type: str | Unset = UNSET
    """ `REQUEST_TO_JOIN`, `REQUEST_TO_ADD_MEMBERS` or `UPGRADE_ROLE`. """
    reason: str | Unset = UNSET
    """ Why access is asked for. """
    status: str | Unset = UNSET
    """ Where the request stands, for example `Requested`. """
    created_by: int | str | Unset = UNSET
    """ An entity's id: a Postman numeric id or, with `identifierType: scim`, a SCIM id string. """
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

        if flaws is not None and "entity_type" in flaws:
            keep_raw(field_dict, flaws["entity_type"])
        else:
            entity_type = self.entity_type
            if entity_type is not UNSET:
                field_dict["entityType"] = entity_type

        if flaws is not None and "entity_id" in flaws:
            keep_raw(field_dict, flaws["entity_id"])
        else:
            entity_id: int | str | Unset
            if isinstance(self.entity_id, Unset):
                entity_id = UNSET
            else:
                entity_id = self.entity_id
            if entity_id is not UNSET:
                field_dict["entityId"] = entity_id

        if flaws is not None and "object_type" in flaws:
            keep_raw(field_dict, flaws["object_type"])
        else:
            object_type = self.object_type
            if object_type is not UNSET:
                field_dict["objectType"] = object_type

        if flaws is not None and "object_id" in flaws:
            keep_raw(field_dict, flaws["object_id"])
        else:
            object_id = self.object_id
            if object_id is not UNSET:
                field_dict["objectId"] = object_id

        if flaws is not None and "role" in flaws:
            keep_raw(field_dict, flaws["role"])
        else:
            role = self.role
            if role is not UNSET:
                field_dict["role"] = role

        if flaws is not None and "request_type" in flaws:
            keep_raw(field_dict, flaws["request_type"])
        else:
            request_type = self.request_type
            if request_type is not UNSET:
                field_dict["requestType"] = request_type

        if flaws is not None and "reason" in flaws:
            keep_raw(field_dict, flaws["reason"])
        else:
            reason = self.reason
            if reason is not UNSET:
                field_dict["reason"] = reason

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

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
        """A TeamAccessRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
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

        _value = d.pop("entityType", UNSET)
        try:
            entity_type = _value
            if entity_type is not UNSET and not (isinstance(entity_type, str)):
                raise wrong_type("str", entity_type)
            _set(self, "entity_type", entity_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "entity_type", "entityType", _value, error)

        _value = d.pop("entityId", UNSET)
        try:

            def _parse_entity_id(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                if not (type(data) is int or isinstance(data, str)):
                    raise wrong_type("int | str", data)
                return cast("int | str | Unset", data)

            entity_id = _parse_entity_id(_value)

            _set(self, "entity_id", entity_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "entity_id", "entityId", _value, error)

        _value = d.pop("objectType", UNSET)
        try:
            object_type = _value
            if object_type is not UNSET and not (isinstance(object_type, str)):
                raise wrong_type("str", object_type)
            _set(self, "object_type", object_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "object_type", "objectType", _value, error)

        _value = d.pop("objectId", UNSET)
        try:
            object_id = _value
            if object_id is not UNSET and not (type(object_id) is int):
                raise wrong_type("int", object_id)
            _set(self, "object_id", object_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "object_id", "objectId", _value, error)

        _value = d.pop("role", UNSET)
        try:
            role = _value
            if role is not UNSET and not (isinstance(role, str)):
                raise wrong_type("str", role)
            _set(self, "role", role)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "role", "role", _value, error)

        _value = d.pop("requestType", UNSET)
        try:
            request_type = _value
            if request_type is not UNSET and not (isinstance(request_type, str)):
                raise wrong_type("str", request_type)
            _set(self, "request_type", request_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_type", "requestType", _value, error)

        _value = d.pop("reason", UNSET)
        try:
            reason = _value
            if reason is not UNSET and not (isinstance(reason, str)):
                raise wrong_type("str", reason)
            _set(self, "reason", reason)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "reason", "reason", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

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
