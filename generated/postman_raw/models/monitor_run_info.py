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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "job_id" in flaws:
            keep_raw(field_dict, flaws["job_id"])
        else:
            job_id = self.job_id
            if job_id is not UNSET:
                field_dict["jobId"] = job_id

        if flaws is not None and "monitor_id" in flaws:
            keep_raw(field_dict, flaws["monitor_id"])
        else:
            monitor_id = self.monitor_id
            if monitor_id is not UNSET:
                field_dict["monitorId"] = monitor_id

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "collection_uid" in flaws:
            keep_raw(field_dict, flaws["collection_uid"])
        else:
            collection_uid = self.collection_uid
            if collection_uid is not UNSET:
                field_dict["collectionUid"] = collection_uid

        if flaws is not None and "environment_uid" in flaws:
            keep_raw(field_dict, flaws["environment_uid"])
        else:
            environment_uid = self.environment_uid
            if environment_uid is not UNSET:
                field_dict["environmentUid"] = environment_uid

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

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

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunInfo that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("jobId", UNSET)
        try:
            job_id = _value
            if job_id is not UNSET and not (isinstance(job_id, str)):
                raise wrong_type("str", job_id)
            _set(self, "job_id", job_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "job_id", "jobId", _value, error)

        _value = d.pop("monitorId", UNSET)
        try:
            monitor_id = _value
            if monitor_id is not UNSET and not (isinstance(monitor_id, str)):
                raise wrong_type("str", monitor_id)
            _set(self, "monitor_id", monitor_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "monitor_id", "monitorId", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("collectionUid", UNSET)
        try:
            collection_uid = _value
            if collection_uid is not UNSET and not (isinstance(collection_uid, str)):
                raise wrong_type("str", collection_uid)
            _set(self, "collection_uid", collection_uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection_uid", "collectionUid", _value, error)

        _value = d.pop("environmentUid", UNSET)
        try:
            environment_uid = _value
            if environment_uid is not UNSET and not (isinstance(environment_uid, str)):
                raise wrong_type("str", environment_uid)
            _set(self, "environment_uid", environment_uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "environment_uid", "environmentUid", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

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
