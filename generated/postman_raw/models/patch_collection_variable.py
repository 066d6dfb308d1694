from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        key = self.key

        value: bool | int | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PatchCollectionVariable that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        _set(self, "key", key)

        def _parse_value(data: object) -> bool | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("bool | int | str | Unset", data)

        value = _parse_value(d.pop("value", UNSET))

        _set(self, "value", value)

        disabled = d.pop("disabled", UNSET)
        _set(self, "disabled", disabled)

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
