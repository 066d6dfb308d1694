from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.audit_log_event_data import AuditLogEventData


T = TypeVar("T", bound="AuditLogEvent")


@_attrs_define
class AuditLogEvent(Model):
    """One recorded audit event."""

    id: int | Unset = UNSET
    """ The event's id. """
    ip: str | Unset = UNSET
    """ IP address the action came from. """
    user_agent: str | Unset = UNSET
    """ User agent of the client that performed the action. """
    action: str | Unset = UNSET
    """ The action, for example `user.login_google_success`. """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the event happened. """
    message: str | Unset = UNSET
    """ A readable account of the event. """
    data: AuditLogEventData | Unset = UNSET
    """ Who did what to whom. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("data",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip = self.ip

        user_agent = self.user_agent

        action = self.action

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if action is not UNSET:
            field_dict["action"] = action
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuditLogEvent that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.audit_log_event_data import AuditLogEventData  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        ip = d.pop("ip", UNSET)
        _set(self, "ip", ip)

        user_agent = d.pop("userAgent", UNSET)
        _set(self, "user_agent", user_agent)

        action = d.pop("action", UNSET)
        _set(self, "action", action)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _set(self, "timestamp", timestamp)

        message = d.pop("message", UNSET)
        _set(self, "message", message)

        _data = d.pop("data", UNSET)
        data: AuditLogEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AuditLogEventData.from_dict(_data)

        _set(self, "data", data)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("timestamp", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("data", UNSET)
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
