from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="AuthApikeySettings")


@_attrs_define
class AuthApikeySettings(Model):
    """The API key settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as they came."""

    key: str | Unset = UNSET
    """ Name of the header or query parameter. """
    value: str | Unset = UNSET
    """ The key itself. """
    in_: str | Unset = UNSET
    """ `header` or `query`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        in_ = self.in_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if in_ is not UNSET:
            field_dict["in"] = in_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthApikeySettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        _set(self, "key", key)

        value = d.pop("value", UNSET)
        _set(self, "value", value)

        in_ = d.pop("in", UNSET)
        _set(self, "in_", in_)

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
