from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="DetectedSecretActivity")


@_attrs_define
class DetectedSecretActivity(Model):
    """One change of a detected secret's resolution, as listed with its locations."""

    status: str | Unset = UNSET
    """ The resolution set: `ACTIVE`, `FALSE_POSITIVE`, `REVOKED` or `ACCEPTED_RISK`. """
    resolved_by: int | Unset = UNSET
    """ Id of the user who made the change. """
    resolved_at: datetime.datetime | Unset = UNSET
    """ When the change was made. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "resolved_by" in flaws:
            keep_raw(field_dict, flaws["resolved_by"])
        else:
            resolved_by = self.resolved_by
            if resolved_by is not UNSET:
                field_dict["resolvedBy"] = resolved_by

        if flaws is not None and "resolved_at" in flaws:
            keep_raw(field_dict, flaws["resolved_at"])
        else:
            resolved_at: str | Unset = UNSET
            if not isinstance(self.resolved_at, Unset):
                resolved_at = datetime_text(self.resolved_at)
            if resolved_at is not UNSET:
                field_dict["resolvedAt"] = resolved_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecretActivity that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("resolvedBy", UNSET)
        try:
            resolved_by = _value
            if resolved_by is not UNSET and not (type(resolved_by) is int):
                raise wrong_type("int", resolved_by)
            _set(self, "resolved_by", resolved_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resolved_by", "resolvedBy", _value, error)

        _value = d.pop("resolvedAt", UNSET)
        try:
            _resolved_at = _value
            resolved_at: datetime.datetime | Unset
            if isinstance(_resolved_at, Unset):
                resolved_at = UNSET
            else:
                resolved_at = parse_datetime(_resolved_at)

            _set(self, "resolved_at", resolved_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resolved_at", "resolvedAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("resolvedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
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
