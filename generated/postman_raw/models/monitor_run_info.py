from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="MonitorRunInfo")


@_attrs_define
class MonitorRunInfo(Model):
    """Which monitor ran, and how it ended."""

    job_id: str | Unset = UNSET
    """ Id of the run's job. """
    monitor_id: str | Unset = UNSET
    name: str | Unset = UNSET
    """ The monitor's name. """
    collection_uid: str | Unset = UNSET
    environment_uid: str | Unset = UNSET
    status: str | Unset = UNSET
    """ How the run ended (or stands), such as `success`, `failed`, `error` or `running`. """
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        monitor_id = self.monitor_id

        name = self.name

        collection_uid = self.collection_uid

        environment_uid = self.environment_uid

        status = self.status

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if monitor_id is not UNSET:
            field_dict["monitorId"] = monitor_id
        if name is not UNSET:
            field_dict["name"] = name
        if collection_uid is not UNSET:
            field_dict["collectionUid"] = collection_uid
        if environment_uid is not UNSET:
            field_dict["environmentUid"] = environment_uid
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunInfo that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)
        _set(self, "job_id", job_id)

        monitor_id = d.pop("monitorId", UNSET)
        _set(self, "monitor_id", monitor_id)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        collection_uid = d.pop("collectionUid", UNSET)
        _set(self, "collection_uid", collection_uid)

        environment_uid = d.pop("environmentUid", UNSET)
        _set(self, "environment_uid", environment_uid)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

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
