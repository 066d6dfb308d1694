from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_role import TeamRole, check_team_role
from ..types import (
    DATA_ERRORS,
    Flawed,
    Model,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="TeamRoleGrants")


@_attrs_define
class TeamRoleGrants(Model):
    """Entity ids (as keys) mapped to team roles, for example `{"12345678": ["TEAM_MANAGER"]}`."""

    additional_properties: dict[str, list[TeamRole]] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: str = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamRoleGrants that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = []
                _additional_property = prop_dict
                if not isinstance(_additional_property, list):
                    raise wrong_type("an array", _additional_property)
                for additional_property_item_data in _additional_property:
                    additional_property_item = enum_value(check_team_role, additional_property_item_data)

                    additional_property.append(additional_property_item)

                additional_properties[prop_name] = additional_property
            except DATA_ERRORS as error:
                flaws = note_flaw(self, flaws, f"[{prop_name!r}]", prop_name, prop_dict, error)

        _set(self, "additional_properties", additional_properties)
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        return True

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[TeamRole]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[TeamRole]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
