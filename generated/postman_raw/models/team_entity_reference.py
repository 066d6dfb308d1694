from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_entity_reference_entity_type import (
    TeamEntityReferenceEntityType,
    check_team_entity_reference_entity_type,
)

T = TypeVar("T", bound="TeamEntityReference")


@_attrs_define
class TeamEntityReference:
    """A user, group, team or organization named in a request."""

    entity_type: TeamEntityReferenceEntityType
    entity_id: int | str
    """ An entity's id: a Postman numeric id or, with `identifierType: scim`, a SCIM id string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        entity_type = check_team_entity_reference_entity_type(d.pop("entityType"))

        def _parse_entity_id(data: object) -> int | str:
            return cast("int | str", data)

        entity_id = _parse_entity_id(d.pop("entityId"))

        team_entity_reference = cls(
            entity_type=entity_type,
            entity_id=entity_id,
        )

        team_entity_reference.additional_properties = d
        return team_entity_reference

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
