from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        name = self.name

        collection = self.collection

        schedule = self.schedule.to_dict()

        active = self.active

        environment = self.environment

        notification_limit = self.notification_limit

        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        distribution: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = []
            for distribution_item_data in self.distribution:
                distribution_item = distribution_item_data.to_dict()
                distribution.append(distribution_item)

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "collection": collection,
                "schedule": schedule,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if environment is not UNSET:
            field_dict["environment"] = environment
        if notification_limit is not UNSET:
            field_dict["notificationLimit"] = notification_limit
        if retry is not UNSET:
            field_dict["retry"] = retry
        if options is not UNSET:
            field_dict["options"] = options
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorCreateData that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.monitor_notifications import MonitorNotifications  # noqa: PLC0415
        from postman_raw.models.monitor_options import MonitorOptions  # noqa: PLC0415
        from postman_raw.models.monitor_region import MonitorRegion  # noqa: PLC0415
        from postman_raw.models.monitor_retry import MonitorRetry  # noqa: PLC0415
        from postman_raw.models.monitor_schedule import MonitorSchedule  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name")
        _set(self, "name", name)

        collection = d.pop("collection")
        _set(self, "collection", collection)

        schedule = MonitorSchedule.from_dict(d.pop("schedule"))

        _set(self, "schedule", schedule)

        active = d.pop("active", UNSET)
        _set(self, "active", active)

        environment = d.pop("environment", UNSET)
        _set(self, "environment", environment)

        notification_limit = d.pop("notificationLimit", UNSET)
        _set(self, "notification_limit", notification_limit)

        _retry = d.pop("retry", UNSET)
        retry: MonitorRetry | Unset
        if isinstance(_retry, Unset):
            retry = UNSET
        else:
            retry = MonitorRetry.from_dict(_retry)

        _set(self, "retry", retry)

        _options = d.pop("options", UNSET)
        options: MonitorOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = MonitorOptions.from_dict(_options)

        _set(self, "options", options)

        _distribution = d.pop("distribution", UNSET)
        distribution: list[MonitorRegion] | Unset = UNSET
        if _distribution is not UNSET:
            distribution = []
            for distribution_item_data in _distribution:
                distribution_item = MonitorRegion.from_dict(distribution_item_data)

                distribution.append(distribution_item)

        _set(self, "distribution", distribution)

        _notifications = d.pop("notifications", UNSET)
        notifications: MonitorNotifications | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = MonitorNotifications.from_dict(_notifications)

        _set(self, "notifications", notifications)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("retry", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("options", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("distribution", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("notifications", UNSET)
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
