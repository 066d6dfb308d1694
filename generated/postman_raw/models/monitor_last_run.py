from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.monitor_run_stats import MonitorRunStats


T = TypeVar("T", bound="MonitorLastRun")


@_attrs_define
class MonitorLastRun(Model):
    """Outcome of the monitor's most recent run."""

    status: str | Unset = UNSET
    """ How the run ended, such as `success`, `failed` or `error`. """
    job_id: str | Unset = UNSET
    """ Id of the run's job (also sent as the monitor's `jobId`). """
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    stats: MonitorRunStats | Unset = UNSET
    """ Totals of a run across all of the monitor's regions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("stats",)
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

        if flaws is not None and "job_id" in flaws:
            keep_raw(field_dict, flaws["job_id"])
        else:
            job_id = self.job_id
            if job_id is not UNSET:
                field_dict["jobId"] = job_id

        if flaws is not None and "started_at" in flaws:
            keep_raw(field_dict, flaws["started_at"])
        else:
            started_at: str | Unset = UNSET
            if not isinstance(self.started_at, Unset):
                started_at = datetime_text(self.started_at)
            if started_at is not UNSET:
                field_dict["startedAt"] = started_at

        if flaws is not None and "finished_at" in flaws:
            keep_raw(field_dict, flaws["finished_at"])
        else:
            finished_at: str | Unset = UNSET
            if not isinstance(self.finished_at, Unset):
                finished_at = datetime_text(self.finished_at)
            if finished_at is not UNSET:
                field_dict["finishedAt"] = finished_at

        if flaws is not None and "stats" in flaws:
            keep_raw(field_dict, flaws["stats"])
        else:
            stats: dict[str, Any] | Unset = UNSET
            if not isinstance(self.stats, Unset):
                stats = self.stats.to_dict()
            if stats is not UNSET:
                field_dict["stats"] = stats

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorLastRun that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_run_stats import MonitorRunStats  # noqa: PLC0415

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

        _value = d.pop("jobId", UNSET)
        try:
            job_id = _value
            if job_id is not UNSET and not (isinstance(job_id, str)):
                raise wrong_type("str", job_id)
            _set(self, "job_id", job_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "job_id", "jobId", _value, error)

        _value = d.pop("startedAt", UNSET)
        try:
            _started_at = _value
            started_at: datetime.datetime | Unset
            if isinstance(_started_at, Unset):
                started_at = UNSET
            else:
                started_at = parse_datetime(_started_at)

            _set(self, "started_at", started_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "started_at", "startedAt", _value, error)

        _value = d.pop("finishedAt", UNSET)
        try:
            _finished_at = _value
            finished_at: datetime.datetime | Unset
            if isinstance(_finished_at, Unset):
                finished_at = UNSET
            else:
                finished_at = parse_datetime(_finished_at)

            _set(self, "finished_at", finished_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "finished_at", "finishedAt", _value, error)

        _value = d.pop("stats", UNSET)
        try:
            _stats = _value
            stats: MonitorRunStats | Unset
            if isinstance(_stats, Unset):
                stats = UNSET
            else:
                stats = MonitorRunStats.from_dict(_stats)

            _set(self, "stats", stats)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "stats", "stats", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("startedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("finishedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("stats", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
