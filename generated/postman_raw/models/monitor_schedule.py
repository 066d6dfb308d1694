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

T = TypeVar("T", bound="MonitorSchedule")


@_attrs_define
class MonitorSchedule(Model):
    """When the monitor runs."""

    cron: str | Unset = UNSET
    """ A POSIX cron pattern, for example `*/5 * * * *` (every 5 minutes), `0 */6 * * *`
    (every 6 hours), `0 17 * * *` (daily at 17:00) or `0 6 * * MON-FRI` (weekdays at 6:00).
     """
    timezone: str | Unset = UNSET
    """ An IANA time zone name such as `America/Chicago`. """
    next_run: datetime.datetime | Unset = UNSET
    """ When the next scheduled run starts. Sent by the API, ignored on input. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "cron" in flaws:
            keep_raw(field_dict, flaws["cron"])
        else:
            cron = self.cron
            if cron is not UNSET:
                field_dict["cron"] = cron

        if flaws is not None and "timezone" in flaws:
            keep_raw(field_dict, flaws["timezone"])
        else:
            timezone = self.timezone
            if timezone is not UNSET:
                field_dict["timezone"] = timezone

        if flaws is not None and "next_run" in flaws:
            keep_raw(field_dict, flaws["next_run"])
        else:
            next_run: str | Unset = UNSET
            if not isinstance(self.next_run, Unset):
                next_run = datetime_text(self.next_run)
            if next_run is not UNSET:
                field_dict["nextRun"] = next_run

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorSchedule that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("cron", UNSET)
        try:
            cron = _value
            if cron is not UNSET and not (isinstance(cron, str)):
                raise wrong_type("str", cron)
            _set(self, "cron", cron)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "cron", "cron", _value, error)

        _value = d.pop("timezone", UNSET)
        try:
            timezone = _value
            if timezone is not UNSET and not (isinstance(timezone, str)):
                raise wrong_type("str", timezone)
            _set(self, "timezone", timezone)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "timezone", "timezone", _value, error)

        _value = d.pop("nextRun", UNSET)
        try:
            _next_run = _value
            next_run: datetime.datetime | Unset
            if isinstance(_next_run, Unset):
                next_run = UNSET
            else:
                next_run = parse_datetime(_next_run)

            _set(self, "next_run", next_run)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "next_run", "nextRun", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("nextRun", UNSET)
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
