from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        status = self.status

        job_id = self.job_id

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorLastRun that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.monitor_run_stats import MonitorRunStats  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        _set(self, "status", status)

        job_id = d.pop("jobId", UNSET)
        _set(self, "job_id", job_id)

        _started_at = d.pop("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _set(self, "started_at", started_at)

        _finished_at = d.pop("finishedAt", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        _set(self, "finished_at", finished_at)

        _stats = d.pop("stats", UNSET)
        stats: MonitorRunStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = MonitorRunStats.from_dict(_stats)

        _set(self, "stats", stats)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("startedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("finishedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("stats", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
