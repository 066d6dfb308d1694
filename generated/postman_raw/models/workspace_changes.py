from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_changes_type import WorkspaceChangesType, check_workspace_changes_type
from ..types import UNSET, Model, Unset, accepts, read_lazily

T = TypeVar("T", bound="WorkspaceChanges")


@_attrs_define
class WorkspaceChanges(Model):
    """The workspace fields to change."""

    name: str | Unset = UNSET
    type_: WorkspaceChangesType | Unset = UNSET
    """ The new type; see the operation for the changes that are refused. """
    description: str | Unset = UNSET
    about: str | Unset = UNSET
    """ Short summary of the workspace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        description = self.description

        about = self.about

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if about is not UNSET:
            field_dict["about"] = about

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceChanges that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        _set(self, "name", name)

        _type_ = d.pop("type", UNSET)
        type_: WorkspaceChangesType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_workspace_changes_type(_type_)

        _set(self, "type_", type_)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        about = d.pop("about", UNSET)
        _set(self, "about", about)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("type", UNSET)
        if value is not UNSET and not (accepts(check_workspace_changes_type, value)):
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
