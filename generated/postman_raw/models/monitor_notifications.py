from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.monitor_notification_recipient import MonitorNotificationRecipient


T = TypeVar("T", bound="MonitorNotifications")


@_attrs_define
class MonitorNotifications(Model):
    """Who is emailed when a run errors or fails."""

    on_error: list[MonitorNotificationRecipient] | Unset = UNSET
    """ Recipients for runs that end in an error. """
    on_failure: list[MonitorNotificationRecipient] | Unset = UNSET
    """ Recipients for runs with failed tests. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "on_error",
        "on_failure",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        on_error: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_error, Unset):
            on_error = []
            for on_error_item_data in self.on_error:
                on_error_item = on_error_item_data.to_dict()
                on_error.append(on_error_item)

        on_failure: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_failure, Unset):
            on_failure = []
            for on_failure_item_data in self.on_failure:
                on_failure_item = on_failure_item_data.to_dict()
                on_failure.append(on_failure_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_error is not UNSET:
            field_dict["onError"] = on_error
        if on_failure is not UNSET:
            field_dict["onFailure"] = on_failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorNotifications that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.monitor_notification_recipient import MonitorNotificationRecipient  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _on_error = d.pop("onError", UNSET)
        on_error: list[MonitorNotificationRecipient] | Unset = UNSET
        if _on_error is not UNSET:
            on_error = []
            for on_error_item_data in _on_error:
                on_error_item = MonitorNotificationRecipient.from_dict(on_error_item_data)

                on_error.append(on_error_item)

        _set(self, "on_error", on_error)

        _on_failure = d.pop("onFailure", UNSET)
        on_failure: list[MonitorNotificationRecipient] | Unset = UNSET
        if _on_failure is not UNSET:
            on_failure = []
            for on_failure_item_data in _on_failure:
                on_failure_item = MonitorNotificationRecipient.from_dict(on_failure_item_data)

                on_failure.append(on_failure_item)

        _set(self, "on_failure", on_failure)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("onError", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("onFailure", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
