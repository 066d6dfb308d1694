from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.environment_variable import EnvironmentVariable


T = TypeVar("T", bound="EnvironmentCreateData")


@_attrs_define
class EnvironmentCreateData(Model):
    """The environment to create."""

    name: str
    values: list[EnvironmentVariable] | Unset = UNSET
    """ The variables to start with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("values",)
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

        if flaws is not None and "values" in flaws:
            keep_raw(field_dict, flaws["values"])
        else:
            values: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.values, Unset):
                values = []
                for values_item_data in self.values:
                    values_item = values_item_data.to_dict()
                    values.append(values_item)

            if values is not UNSET:
                field_dict["values"] = values

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A EnvironmentCreateData that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.environment_variable import EnvironmentVariable  # noqa: PLC0415

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

        _value = d.pop("values", UNSET)
        try:
            _values = _value
            values: list[EnvironmentVariable] | Unset = UNSET
            if _values is not UNSET:
                if not isinstance(_values, list):
                    raise wrong_type("an array", _values)
                values = []
                for values_item_data in _values:
                    values_item = EnvironmentVariable.from_dict(values_item_data)

                    values.append(values_item)

            _set(self, "values", values)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "values", "values", _value, error)

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
        value = data.get("values", UNSET)
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
