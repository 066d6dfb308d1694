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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "on_error" in flaws:
            keep_raw(field_dict, flaws["on_error"])
        else:
            on_error: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.on_error, Unset):
                on_error = []
                for on_error_item_data in self.on_error:
                    on_error_item = on_error_item_data.to_dict()
                    on_error.append(on_error_item)

            if on_error is not UNSET:
                field_dict["onError"] = on_error

        if flaws is not None and "on_failure" in flaws:
            keep_raw(field_dict, flaws["on_failure"])
        else:
            on_failure: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.on_failure, Unset):
                on_failure = []
                for on_failure_item_data in self.on_failure:
                    on_failure_item = on_failure_item_data.to_dict()
                    on_failure.append(on_failure_item)

            if on_failure is not UNSET:
                field_dict["onFailure"] = on_failure

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorNotifications that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_notification_recipient import MonitorNotificationRecipient  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("onError", UNSET)
        try:
            _on_error = _value
            on_error: list[MonitorNotificationRecipient] | Unset = UNSET
            if _on_error is not UNSET:
                if not isinstance(_on_error, list):
                    raise wrong_type("an array", _on_error)
                on_error = []
                for on_error_item_data in _on_error:
                    on_error_item = MonitorNotificationRecipient.from_dict(on_error_item_data)

                    on_error.append(on_error_item)

            _set(self, "on_error", on_error)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "on_error", "onError", _value, error)

        _value = d.pop("onFailure", UNSET)
        try:
            _on_failure = _value
            on_failure: list[MonitorNotificationRecipient] | Unset = UNSET
            if _on_failure is not UNSET:
                if not isinstance(_on_failure, list):
                    raise wrong_type("an array", _on_failure)
                on_failure = []
                for on_failure_item_data in _on_failure:
                    on_failure_item = MonitorNotificationRecipient.from_dict(on_failure_item_data)

                    on_failure.append(on_failure_item)

            _set(self, "on_failure", on_failure)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "on_failure", "onFailure", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("onError", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("onFailure", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
