from __future__ import annotations

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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.monitor_last_run import MonitorLastRun
    from ..models.monitor_notifications import MonitorNotifications
    from ..models.monitor_options import MonitorOptions
    from ..models.monitor_region import MonitorRegion
    from ..models.monitor_retry import MonitorRetry
    from ..models.monitor_schedule import MonitorSchedule


T = TypeVar("T", bound="Monitor")


@_attrs_define
class Monitor(Model):
    """A monitor with all of its settings."""

    id: str | Unset = UNSET
    """ The monitor's id. """
    name: str | Unset = UNSET
    uid: str | Unset = UNSET
    """ The monitor's uid (owner id, hyphen, id). """
    owner: int | Unset = UNSET
    """ Id of the user who owns the monitor. """
    active: bool | Unset = UNSET
    """ Whether the monitor runs on its schedule (false when paused). """
    notification_limit: float | Unset = UNSET
    """ Email notifications stop after this many consecutive failed runs (1 to 99). """
    collection_uid: str | Unset = UNSET
    """ Uid of the collection the monitor runs. """
    environment_uid: str | Unset = UNSET
    """ Uid of the environment the monitor uses. """
    job_id: str | Unset = UNSET
    """ Id of the job of the latest run. """
    options: MonitorOptions | Unset = UNSET
    """ How the monitor sends its requests. """
    notifications: MonitorNotifications | Unset = UNSET
    """ Who is emailed when a run errors or fails. """
    distribution: list[MonitorRegion] | Unset = UNSET
    """ The regions the monitor runs from. """
    schedule: MonitorSchedule | Unset = UNSET
    """ When the monitor runs. """
    retry: MonitorRetry | Unset = UNSET
    """ Retries after a failed or errored run. """
    last_run: MonitorLastRun | Unset = UNSET
    """ Outcome of the monitor's most recent run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "options",
        "notifications",
        "distribution",
        "schedule",
        "retry",
        "last_run",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "uid" in flaws:
            keep_raw(field_dict, flaws["uid"])
        else:
            uid = self.uid
            if uid is not UNSET:
                field_dict["uid"] = uid

        if flaws is not None and "owner" in flaws:
            keep_raw(field_dict, flaws["owner"])
        else:
            owner = self.owner
            if owner is not UNSET:
                field_dict["owner"] = owner

        if flaws is not None and "active" in flaws:
            keep_raw(field_dict, flaws["active"])
        else:
            active = self.active
            if active is not UNSET:
                field_dict["active"] = active

        if flaws is not None and "notification_limit" in flaws:
            keep_raw(field_dict, flaws["notification_limit"])
        else:
            notification_limit = self.notification_limit
            if notification_limit is not UNSET:
                field_dict["notificationLimit"] = notification_limit

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

        if flaws is not None and "job_id" in flaws:
            keep_raw(field_dict, flaws["job_id"])
        else:
            job_id = self.job_id
            if job_id is not UNSET:
                field_dict["jobId"] = job_id

        if flaws is not None and "options" in flaws:
            keep_raw(field_dict, flaws["options"])
        else:
            options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.options, Unset):
                options = self.options.to_dict()
            if options is not UNSET:
                field_dict["options"] = options

        if flaws is not None and "notifications" in flaws:
            keep_raw(field_dict, flaws["notifications"])
        else:
            notifications: dict[str, Any] | Unset = UNSET
            if not isinstance(self.notifications, Unset):
                notifications = self.notifications.to_dict()
            if notifications is not UNSET:
                field_dict["notifications"] = notifications

        if flaws is not None and "distribution" in flaws:
            keep_raw(field_dict, flaws["distribution"])
        else:
            distribution: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.distribution, Unset):
                distribution = []
                for distribution_item_data in self.distribution:
                    distribution_item = distribution_item_data.to_dict()
                    distribution.append(distribution_item)

            if distribution is not UNSET:
                field_dict["distribution"] = distribution

        if flaws is not None and "schedule" in flaws:
            keep_raw(field_dict, flaws["schedule"])
        else:
            schedule: dict[str, Any] | Unset = UNSET
            if not isinstance(self.schedule, Unset):
                schedule = self.schedule.to_dict()
            if schedule is not UNSET:
                field_dict["schedule"] = schedule

        if flaws is not None and "retry" in flaws:
            keep_raw(field_dict, flaws["retry"])
        else:
            retry: dict[str, Any] | Unset = UNSET
            if not isinstance(self.retry, Unset):
                retry = self.retry.to_dict()
            if retry is not UNSET:
                field_dict["retry"] = retry

        if flaws is not None and "last_run" in flaws:
            keep_raw(field_dict, flaws["last_run"])
        else:
            last_run: dict[str, Any] | Unset = UNSET
            if not isinstance(self.last_run, Unset):
                last_run = self.last_run.to_dict()
            if last_run is not UNSET:
                field_dict["lastRun"] = last_run

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Monitor that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_last_run import MonitorLastRun  # noqa: PLC0415
        from postman_raw.models.monitor_notifications import MonitorNotifications  # noqa: PLC0415
        from postman_raw.models.monitor_options import MonitorOptions  # noqa: PLC0415
        from postman_raw.models.monitor_region import MonitorRegion  # noqa: PLC0415
        from postman_raw.models.monitor_retry import MonitorRetry  # noqa: PLC0415
        from postman_raw.models.monitor_schedule import MonitorSchedule  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("uid", UNSET)
        try:
            uid = _value
            if uid is not UNSET and not (isinstance(uid, str)):
                raise wrong_type("str", uid)
            _set(self, "uid", uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "uid", "uid", _value, error)

        _value = d.pop("owner", UNSET)
        try:
            owner = _value
            if owner is not UNSET and not (type(owner) is int):
                raise wrong_type("int", owner)
            _set(self, "owner", owner)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "owner", "owner", _value, error)

        _value = d.pop("active", UNSET)
        try:
            active = _value
            if active is not UNSET and not (type(active) is bool):
                raise wrong_type("bool", active)
            _set(self, "active", active)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "active", "active", _value, error)

        _value = d.pop("notificationLimit", UNSET)
        try:
            notification_limit = _value
            if notification_limit is not UNSET and not (type(notification_limit) in (float, int)):
                raise wrong_type("float", notification_limit)
            _set(self, "notification_limit", notification_limit)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "notification_limit", "notificationLimit", _value, error)

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

        _value = d.pop("jobId", UNSET)
        try:
            job_id = _value
            if job_id is not UNSET and not (isinstance(job_id, str)):
                raise wrong_type("str", job_id)
            _set(self, "job_id", job_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "job_id", "jobId", _value, error)

        _value = d.pop("options", UNSET)
        try:
            _options = _value
            options: MonitorOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = MonitorOptions.from_dict(_options)

            _set(self, "options", options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "options", "options", _value, error)

        _value = d.pop("notifications", UNSET)
        try:
            _notifications = _value
            notifications: MonitorNotifications | Unset
            if isinstance(_notifications, Unset):
                notifications = UNSET
            else:
                notifications = MonitorNotifications.from_dict(_notifications)

            _set(self, "notifications", notifications)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "notifications", "notifications", _value, error)

        _value = d.pop("distribution", UNSET)
        try:
            _distribution = _value
            distribution: list[MonitorRegion] | Unset = UNSET
            if _distribution is not UNSET:
                if not isinstance(_distribution, list):
                    raise wrong_type("an array", _distribution)
                distribution = []
                for distribution_item_data in _distribution:
                    distribution_item = MonitorRegion.from_dict(distribution_item_data)

                    distribution.append(distribution_item)

            _set(self, "distribution", distribution)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "distribution", "distribution", _value, error)

        _value = d.pop("schedule", UNSET)
        try:
            _schedule = _value
            schedule: MonitorSchedule | Unset
            if isinstance(_schedule, Unset):
                schedule = UNSET
            else:
                schedule = MonitorSchedule.from_dict(_schedule)

            _set(self, "schedule", schedule)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "schedule", "schedule", _value, error)

        _value = d.pop("retry", UNSET)
        try:
            _retry = _value
            retry: MonitorRetry | Unset
            if isinstance(_retry, Unset):
                retry = UNSET
            else:
                retry = MonitorRetry.from_dict(_retry)

            _set(self, "retry", retry)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "retry", "retry", _value, error)

        _value = d.pop("lastRun", UNSET)
        try:
            _last_run = _value
            last_run: MonitorLastRun | Unset
            if isinstance(_last_run, Unset):
                last_run = UNSET
            else:
                last_run = MonitorLastRun.from_dict(_last_run)

            _set(self, "last_run", last_run)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_run", "lastRun", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("options", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("notifications", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("distribution", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("schedule", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("retry", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("lastRun", UNSET)
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
