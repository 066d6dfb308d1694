from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="TeamEntityRoleResult")


@_attrs_define
class TeamEntityRoleResult(Model):
    """What a bulk role change or an access request did for one entity."""

    entity_type: str | Unset = UNSET
    """ `user`, `group`, `team` or `organization`. """
    entity_id: int | str | Unset = UNSET
    """ An entity's id: a Postman numeric id or, with `identifierType: scim`, a SCIM id string. """
    role: None | str | Unset = UNSET
    """ The entity's role now; null when the role was removed. """
    previous_role: None | str | Unset = UNSET
    """ The role the entity had before, when it changed. """
    status: str | Unset = UNSET
    """ The outcome, such as `Accepted` or `Skipped`. """
    reason: str | Unset = UNSET
    """ Why the entity was skipped (sent only then). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        entity_id: int | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        previous_role: None | str | Unset
        if isinstance(self.previous_role, Unset):
            previous_role = UNSET
        else:
            previous_role = self.previous_role

        status = self.status

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if role is not UNSET:
            field_dict["role"] = role
        if previous_role is not UNSET:
            field_dict["previousRole"] = previous_role
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamEntityRoleResult that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        entity_type = d.pop("entityType", UNSET)
        _set(self, "entity_type", entity_type)

        def _parse_entity_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        entity_id = _parse_entity_id(d.pop("entityId", UNSET))

        _set(self, "entity_id", entity_id)

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        role = _parse_role(d.pop("role", UNSET))

        _set(self, "role", role)

        def _parse_previous_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_role = _parse_previous_role(d.pop("previousRole", UNSET))

        _set(self, "previous_role", previous_role)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        reason = d.pop("reason", UNSET)
        _set(self, "reason", reason)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
