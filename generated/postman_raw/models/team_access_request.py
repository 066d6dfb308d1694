from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        entity_type = self.entity_type

        entity_id: int | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        object_type = self.object_type

        object_id = self.object_id

        role = self.role

        request_type = self.request_type

        reason = self.reason

        status = self.status

        created_by: int | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if role is not UNSET:
            field_dict["role"] = role
        if request_type is not UNSET:
            field_dict["requestType"] = request_type
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamAccessRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        entity_type = d.pop("entityType", UNSET)
        _set(self, "entity_type", entity_type)

        def _parse_entity_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        entity_id = _parse_entity_id(d.pop("entityId", UNSET))

        _set(self, "entity_id", entity_id)

        object_type = d.pop("objectType", UNSET)
        _set(self, "object_type", object_type)

        object_id = d.pop("objectId", UNSET)
        _set(self, "object_id", object_id)

        role = d.pop("role", UNSET)
        _set(self, "role", role)

        request_type = d.pop("requestType", UNSET)
        _set(self, "request_type", request_type)

        reason = d.pop("reason", UNSET)
        _set(self, "reason", reason)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        def _parse_created_by(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

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
