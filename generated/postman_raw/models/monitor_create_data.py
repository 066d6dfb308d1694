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
    from ..models.monitor_notifications import MonitorNotifications
    from ..models.monitor_options import MonitorOptions
    from ..models.monitor_region import MonitorRegion
    from ..models.monitor_retry import MonitorRetry
    from ..models.monitor_schedule import MonitorSchedule


T = TypeVar("T", bound="MonitorCreateData")


@_attrs_define
class MonitorCreateData(Model):
    """The monitor to create."""

    name: str
    collection: str
    """ Uid of the collection to run. """
    schedule: MonitorSchedule
    """ When the monitor runs. """
    active: bool | Unset = UNSET
    """ Whether the monitor starts out running on its schedule. Postman assumes true when omitted. """
    environment: str | Unset = UNSET
    """ Uid of the environment to use, if any. """
    notification_limit: float | Unset = UNSET
    """ Stop emailing after this many consecutive failed runs. """
    retry: MonitorRetry | Unset = UNSET
    """ Retries after a failed or errored run. """
    options: MonitorOptions | Unset = UNSET
    """ How the monitor sends its requests. """
    distribution: list[MonitorRegion] | Unset = UNSET
    """ The regions to run from. """
    notifications: MonitorNotifications | Unset = UNSET
    """ Who is emailed when a run errors or fails. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "schedule",
        "retry",
        "options",
        "distribution",
        "notifications",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            field_dict["name"] = name

        if flaws is not None and "collection" in flaws:
            keep_raw(field_dict, flaws["collection"])
        else:
            collection = self.collection
            field_dict["collection"] = collection

        if flaws is not None and "schedule" in flaws:
            keep_raw(field_dict, flaws["schedule"])
        else:
            schedule = self.schedule.to_dict()
            field_dict["schedule"] = schedule

        if flaws is not None and "active" in flaws:
            keep_raw(field_dict, flaws["active"])
        else:
            active = self.active
            if active is not UNSET:
                field_dict["active"] = active

        if flaws is not None and "environment" in flaws:
            keep_raw(field_dict, flaws["environment"])
        else:
            environment = self.environment
            if environment is not UNSET:
                field_dict["environment"] = environment

        if flaws is not None and "notification_limit" in flaws:
            keep_raw(field_dict, flaws["notification_limit"])
        else:
            notification_limit = self.notification_limit
            if notification_limit is not UNSET:
                field_dict["notificationLimit"] = notification_limit

        if flaws is not None and "retry" in flaws:
            keep_raw(field_dict, flaws["retry"])
        else:
            retry: dict[str, Any] | Unset = UNSET
            if not isinstance(self.retry, Unset):
                retry = self.retry.to_dict()
            if retry is not UNSET:
                field_dict["retry"] = retry

        if flaws is not None and "options" in flaws:
            keep_raw(field_dict, flaws["options"])
        else:
            options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.options, Unset):
                options = self.options.to_dict()
            if options is not UNSET:
                field_dict["options"] = options

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

        if flaws is not None and "notifications" in flaws:
            keep_raw(field_dict, flaws["notifications"])
        else:
            notifications: dict[str, Any] | Unset = UNSET
            if not isinstance(self.notifications, Unset):
                notifications = self.notifications.to_dict()
            if notifications is not UNSET:
                field_dict["notifications"] = notifications

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorCreateData that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_notifications import MonitorNotifications  # noqa: PLC0415
        from postman_raw.models.monitor_options import MonitorOptions  # noqa: PLC0415
        from postman_raw.models.monitor_region import MonitorRegion  # noqa: PLC0415
        from postman_raw.models.monitor_retry import MonitorRetry  # noqa: PLC0415
        from postman_raw.models.monitor_schedule import MonitorSchedule  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("name")
            name = _value
            if not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("collection", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("collection")
            collection = _value
            if not (isinstance(collection, str)):
                raise wrong_type("str", collection)
            _set(self, "collection", collection)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection", "collection", _value, error)

        _value = d.pop("schedule", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("schedule")
            schedule = MonitorSchedule.from_dict(_value)

            _set(self, "schedule", schedule)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "schedule", "schedule", _value, error)

        _value = d.pop("active", UNSET)
        try:
            active = _value
            if active is not UNSET and not (type(active) is bool):
                raise wrong_type("bool", active)
            _set(self, "active", active)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "active", "active", _value, error)

        _value = d.pop("environment", UNSET)
        try:
            environment = _value
            if environment is not UNSET and not (isinstance(environment, str)):
                raise wrong_type("str", environment)
            _set(self, "environment", environment)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "environment", "environment", _value, error)

        _value = d.pop("notificationLimit", UNSET)
        try:
            notification_limit = _value
            if notification_limit is not UNSET and not (type(notification_limit) in (float, int)):
                raise wrong_type("float", notification_limit)
            _set(self, "notification_limit", notification_limit)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "notification_limit", "notificationLimit", _value, error)

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

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("name", UNSET)
        if value is UNSET:
            return False
        value = data.get("collection", UNSET)
        if value is UNSET:
            return False
        value = data.get("schedule", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("retry", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("options", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("distribution", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("notifications", UNSET)
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
