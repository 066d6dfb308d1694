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

T = TypeVar("T", bound="GetRunnerMetricsResponse")


@_attrs_define
class GetRunnerMetricsResponse(Model):
    """Body of GET /runners/{runnerId}/metrics."""

    last_ping_at: datetime.datetime | Unset = UNSET
    """ When the runner last reported to Postman. """
    oldest_queued_run_age_seconds: int | Unset = UNSET
    """ How long, in seconds, the longest-waiting queued run has waited. """
    queue_depth: int | Unset = UNSET
    """ Number of monitor runs waiting in the runner's queue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "last_ping_at" in flaws:
            keep_raw(field_dict, flaws["last_ping_at"])
        else:
            last_ping_at: str | Unset = UNSET
            if not isinstance(self.last_ping_at, Unset):
                last_ping_at = datetime_text(self.last_ping_at)
            if last_ping_at is not UNSET:
                field_dict["lastPingAt"] = last_ping_at

        if flaws is not None and "oldest_queued_run_age_seconds" in flaws:
            keep_raw(field_dict, flaws["oldest_queued_run_age_seconds"])
        else:
            oldest_queued_run_age_seconds = self.oldest_queued_run_age_seconds
            if oldest_queued_run_age_seconds is not UNSET:
                field_dict["oldestQueuedRunAgeSeconds"] = oldest_queued_run_age_seconds

        if flaws is not None and "queue_depth" in flaws:
            keep_raw(field_dict, flaws["queue_depth"])
        else:
            queue_depth = self.queue_depth
            if queue_depth is not UNSET:
                field_dict["queueDepth"] = queue_depth

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GetRunnerMetricsResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("lastPingAt", UNSET)
        try:
            _last_ping_at = _value
            last_ping_at: datetime.datetime | Unset
            if isinstance(_last_ping_at, Unset):
                last_ping_at = UNSET
            else:
                last_ping_at = parse_datetime(_last_ping_at)

            _set(self, "last_ping_at", last_ping_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_ping_at", "lastPingAt", _value, error)

        _value = d.pop("oldestQueuedRunAgeSeconds", UNSET)
        try:
            oldest_queued_run_age_seconds = _value
            if oldest_queued_run_age_seconds is not UNSET and not (type(oldest_queued_run_age_seconds) is int):
                raise wrong_type("int", oldest_queued_run_age_seconds)
            _set(self, "oldest_queued_run_age_seconds", oldest_queued_run_age_seconds)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "oldest_queued_run_age_seconds", "oldestQueuedRunAgeSeconds", _value, error)

        _value = d.pop("queueDepth", UNSET)
        try:
            queue_depth = _value
            if queue_depth is not UNSET and not (type(queue_depth) is int):
                raise wrong_type("int", queue_depth)
            _set(self, "queue_depth", queue_depth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "queue_depth", "queueDepth", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("lastPingAt", UNSET)
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
