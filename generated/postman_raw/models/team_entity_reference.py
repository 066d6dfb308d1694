from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_entity_reference_entity_type import (
    TeamEntityReferenceEntityType,
    check_team_entity_reference_entity_type,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="TeamEntityReference")


@_attrs_define
class TeamEntityReference(Model):
    """A user, group, team or organization named in a request."""

    entity_type: TeamEntityReferenceEntityType
    entity_id: int | str
    """ An entity's id: a Postman numeric id or, with `identifierType: scim`, a SCIM id string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "entity_type" in flaws:
            keep_raw(field_dict, flaws["entity_type"])
        else:
            entity_type: str = self.entity_type
            field_dict["entityType"] = entity_type

        if flaws is not None and "entity_id" in flaws:
            keep_raw(field_dict, flaws["entity_id"])
        else:
            entity_id: int | str
            entity_id = self.entity_id
            field_dict["entityId"] = entity_id

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamEntityReference that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("entityType", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("entityType")
            entity_type = enum_value(check_team_entity_reference_entity_type, _value)

            _set(self, "entity_type", entity_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "entity_type", "entityType", _value, error)

        _value = d.pop("entityId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("entityId")

            def _parse_entity_id(data: object) -> int | str:
                if not (type(data) is int or isinstance(data, str)):
                    raise wrong_type("int | str", data)
                return cast("int | str", data)

            entity_id = _parse_entity_id(_value)

            _set(self, "entity_id", entity_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "entity_id", "entityId", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("entityType", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_team_entity_reference_entity_type, value)):
            return False
        value = data.get("entityId", UNSET)
        if value is UNSET:
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
