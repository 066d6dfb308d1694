from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_role_update_op import CollectionRoleUpdateOp, check_collection_role_update_op
from ..models.collection_role_update_path import CollectionRoleUpdatePath, check_collection_role_update_path
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

if TYPE_CHECKING:
    from ..models.collection_role_assignment import CollectionRoleAssignment


T = TypeVar("T", bound="CollectionRoleUpdate")


@_attrs_define
class CollectionRoleUpdate(Model):
    """Role changes for one kind of holder."""

    op: CollectionRoleUpdateOp
    """ The operation; only `update` exists. """
    path: CollectionRoleUpdatePath
    """ Which kind of holder the entries of `value` are. """
    value: list[CollectionRoleAssignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("value",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "op" in flaws:
            keep_raw(field_dict, flaws["op"])
        else:
            op: str = self.op
            field_dict["op"] = op

        if flaws is not None and "path" in flaws:
            keep_raw(field_dict, flaws["path"])
        else:
            path: str = self.path
            field_dict["path"] = path

        if flaws is not None and "value" in flaws:
            keep_raw(field_dict, flaws["value"])
        else:
            value = []
            for value_item_data in self.value:
                value_item = value_item_data.to_dict()
                value.append(value_item)

            field_dict["value"] = value

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionRoleUpdate that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_role_assignment import CollectionRoleAssignment  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("op", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("op")
            op = enum_value(check_collection_role_update_op, _value)

            _set(self, "op", op)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "op", "op", _value, error)

        _value = d.pop("path", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("path")
            path = enum_value(check_collection_role_update_path, _value)

            _set(self, "path", path)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "path", "path", _value, error)

        _value = d.pop("value", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("value")
            value = []
            _value = _value
            if not isinstance(_value, list):
                raise wrong_type("an array", _value)
            for value_item_data in _value:
                value_item = CollectionRoleAssignment.from_dict(value_item_data)

                value.append(value_item)

            _set(self, "value", value)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "value", "value", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("op", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_collection_role_update_op, value)):
            return False
        value = data.get("path", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_collection_role_update_path, value)):
            return False
        value = data.get("value", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
