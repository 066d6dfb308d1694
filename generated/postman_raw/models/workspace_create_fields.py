from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_create_fields_type import WorkspaceCreateFieldsType, check_workspace_create_fields_type
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="WorkspaceCreateFields")


@_attrs_define
class WorkspaceCreateFields(Model):
    """The new workspace."""

    name: str
    type_: WorkspaceCreateFieldsType
    """ `private` and `partner` need a Team or Enterprise plan. """
    description: str | Unset = UNSET
    about: str | Unset = UNSET
    """ Short summary of the workspace. """
    team_id: str | Unset = UNSET
    """ The team that will own the workspace; required when Postman Organizations is enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            field_dict["name"] = name

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_: str = self.type_
            field_dict["type"] = type_

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "about" in flaws:
            keep_raw(field_dict, flaws["about"])
        else:
            about = self.about
            if about is not UNSET:
                field_dict["about"] = about

        if flaws is not None and "team_id" in flaws:
            keep_raw(field_dict, flaws["team_id"])
        else:
            team_id = self.team_id
            if team_id is not UNSET:
                field_dict["teamId"] = team_id

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceCreateFields that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("name")
            name = _value
            if not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("type", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("type")
            type_ = enum_value(check_workspace_create_fields_type, _value)

            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("about", UNSET)
        try:
            about = _value
            if about is not UNSET and not (isinstance(about, str)):
                raise wrong_type("str", about)
            _set(self, "about", about)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "about", "about", _value, error)

        _value = d.pop("teamId", UNSET)
        try:
            team_id = _value
            if team_id is not UNSET and not (isinstance(team_id, str)):
                raise wrong_type("str", team_id)
            _set(self, "team_id", team_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team_id", "teamId", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("name", UNSET)
        if value is UNSET:
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_workspace_create_fields_type, value)):
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
