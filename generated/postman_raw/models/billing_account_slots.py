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

T = TypeVar("T", bound="BillingAccountSlots")


@_attrs_define
class BillingAccountSlots(Model):
    """The account's seats."""

    total: int | Unset = UNSET
    """ Seats the team has. """
    consumed: int | Unset = UNSET
    """ Seats held by members who are billed. """
    available: int | Unset = UNSET
    """ Seats still free. """
    unbilled: int | Unset = UNSET
    """ Seats in use but not yet billed, where auto-flex billing applies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "total" in flaws:
            keep_raw(field_dict, flaws["total"])
        else:
            total = self.total
            if total is not UNSET:
                field_dict["total"] = total

        if flaws is not None and "consumed" in flaws:
            keep_raw(field_dict, flaws["consumed"])
        else:
            consumed = self.consumed
            if consumed is not UNSET:
                field_dict["consumed"] = consumed

        if flaws is not None and "available" in flaws:
            keep_raw(field_dict, flaws["available"])
        else:
            available = self.available
            if available is not UNSET:
                field_dict["available"] = available

        if flaws is not None and "unbilled" in flaws:
            keep_raw(field_dict, flaws["unbilled"])
        else:
            unbilled = self.unbilled
            if unbilled is not UNSET:
                field_dict["unbilled"] = unbilled

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A BillingAccountSlots that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("total", UNSET)
        try:
            total = _value
            if total is not UNSET and not (type(total) is int):
                raise wrong_type("int", total)
            _set(self, "total", total)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "total", "total", _value, error)

        _value = d.pop("consumed", UNSET)
        try:
            consumed = _value
            if consumed is not UNSET and not (type(consumed) is int):
                raise wrong_type("int", consumed)
            _set(self, "consumed", consumed)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "consumed", "consumed", _value, error)

        _value = d.pop("available", UNSET)
        try:
            available = _value
            if available is not UNSET and not (type(available) is int):
                raise wrong_type("int", available)
            _set(self, "available", available)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "available", "available", _value, error)

        _value = d.pop("unbilled", UNSET)
        try:
            unbilled = _value
            if unbilled is not UNSET and not (type(unbilled) is int):
                raise wrong_type("int", unbilled)
            _set(self, "unbilled", unbilled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "unbilled", "unbilled", _value, error)

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
