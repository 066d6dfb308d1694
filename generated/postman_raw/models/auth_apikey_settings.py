from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

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
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        if flaws is not None and "in_" in flaws:
            keep_raw(field_dict, flaws["in_"])
        else:
            in_ = self.in_
            if in_ is not UNSET:
                field_dict["in"] = in_

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthApikeySettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
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
            value = _value
            if value is not UNSET and not (isinstance(value, str)):
                raise wrong_type("str", value)
            _set(self, "value", value)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "value", "value", _value, error)

        _value = d.pop("in", UNSET)
        try:
            in_ = _value
            if in_ is not UNSET and not (isinstance(in_, str)):
                raise wrong_type("str", in_)
            _set(self, "in_", in_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "in_", "in", _value, error)

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
