from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

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

T = TypeVar("T", bound="PatchCollectionVariable")


@_attrs_define
class PatchCollectionVariable(Model):
    """A collection variable (collection variables take no `id`, `description` or `enabled`)."""

    key: str | Unset = UNSET
    """ The variable's name. """
    value: bool | int | str | Unset = UNSET
    """ The variable's value. """
    disabled: bool | Unset = UNSET
    """ When true the variable is kept but not used. Absent means false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "key" in flaws:
            keep_raw(field_dict, flaws["key"])
        else:
            key = self.key
            if key is not UNSET:
                field_dict["key"] = key

        if flaws is not None and "value" in flaws:
            keep_raw(field_dict, flaws["value"])
        else:
            value: bool | int | str | Unset
            if isinstance(self.value, Unset):
                value = UNSET
            else:
                value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        if flaws is not None and "disabled" in flaws:
            keep_raw(field_dict, flaws["disabled"])
        else:
            disabled = self.disabled
            if disabled is not UNSET:
                field_dict["disabled"] = disabled

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PatchCollectionVariable that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("key", UNSET)
        try:
            key = _value
            if key is not UNSET and not (isinstance(key, str)):
                raise wrong_type("str", key)
            _set(self, "key", key)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "key", "key", _value, error)

        _value = d.pop("value", UNSET)
        try:

            def _parse_value(data: object) -> bool | int | str | Unset:
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or type(data) is bool or type(data) is int):
                    raise wrong_type("bool | int | str", data)
                return cast("bool | int | str | Unset", data)

            value = _parse_value(_value)

            _set(self, "value", value)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "value", "value", _value, error)

        _value = d.pop("disabled", UNSET)
        try:
            disabled = _value
            if disabled is not UNSET and not (type(disabled) is bool):
                raise wrong_type("bool", disabled)
            _set(self, "disabled", disabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "disabled", "disabled", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
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

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
