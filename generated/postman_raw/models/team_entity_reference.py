from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_entity_reference_entity_type import (
    TeamEntityReferenceEntityType,
    check_team_entity_reference_entity_type,
)
from ..types import UNSET, Model, accepts, read_lazily

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
        entity_type: str = self.entity_type

        entity_id: int | str
        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityType": entity_type,
                "entityId": entity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamEntityReference that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        entity_type = check_team_entity_reference_entity_type(d.pop("entityType"))

        _set(self, "entity_type", entity_type)

        def _parse_entity_id(data: object) -> int | str:
            return cast("int | str", data)

        entity_id = _parse_entity_id(d.pop("entityId"))

        _set(self, "entity_id", entity_id)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("entityType", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_team_entity_reference_entity_type, value)):
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
