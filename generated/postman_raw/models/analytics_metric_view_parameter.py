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

T = TypeVar("T", bound="AnalyticsMetricViewParameter")


@_attrs_define
class AnalyticsMetricViewParameter(Model):
    """What the `view` parameter accepts for a metric."""

    type_: str | Unset = UNSET
    """ The parameter's kind, for example `ENUM`. """
    is_required: bool | Unset = UNSET
    allowed_values: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "is_required" in flaws:
            keep_raw(field_dict, flaws["is_required"])
        else:
            is_required = self.is_required
            if is_required is not UNSET:
                field_dict["isRequired"] = is_required

        if flaws is not None and "allowed_values" in flaws:
            keep_raw(field_dict, flaws["allowed_values"])
        else:
            allowed_values: list[str] | Unset = UNSET
            if not isinstance(self.allowed_values, Unset):
                allowed_values = self.allowed_values

            if allowed_values is not UNSET:
                field_dict["allowed_values"] = allowed_values

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsMetricViewParameter that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("isRequired", UNSET)
        try:
            is_required = _value
            if is_required is not UNSET and not (type(is_required) is bool):
                raise wrong_type("bool", is_required)
            _set(self, "is_required", is_required)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_required", "isRequired", _value, error)

        _value = d.pop("allowed_values", UNSET)
        try:
            allowed_values = cast("list[str]", _value)
            if allowed_values is not UNSET and (
                not isinstance(allowed_values, list) or not all(isinstance(item, str) for item in allowed_values)
            ):
                raise wrong_type("an array of str", allowed_values)

            _set(self, "allowed_values", allowed_values)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "allowed_values", "allowed_values", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("allowed_values", UNSET)
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
