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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "ip" in flaws:
            keep_raw(field_dict, flaws["ip"])
        else:
            ip = self.ip
            if ip is not UNSET:
                field_dict["ip"] = ip

        if flaws is not None and "user_agent" in flaws:
            keep_raw(field_dict, flaws["user_agent"])
        else:
            user_agent = self.user_agent
            if user_agent is not UNSET:
                field_dict["userAgent"] = user_agent

        if flaws is not None and "action" in flaws:
            keep_raw(field_dict, flaws["action"])
        else:
            action = self.action
            if action is not UNSET:
                field_dict["action"] = action

        if flaws is not None and "timestamp" in flaws:
            keep_raw(field_dict, flaws["timestamp"])
        else:
            timestamp: str | Unset = UNSET
            if not isinstance(self.timestamp, Unset):
                timestamp = datetime_text(self.timestamp)
            if timestamp is not UNSET:
                field_dict["timestamp"] = timestamp

        if flaws is not None and "message" in flaws:
            keep_raw(field_dict, flaws["message"])
        else:
            message = self.message
            if message is not UNSET:
                field_dict["message"] = message

        if flaws is not None and "data" in flaws:
            keep_raw(field_dict, flaws["data"])
        else:
            data: dict[str, Any] | Unset = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()
            if data is not UNSET:
                field_dict["data"] = data

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuditLogEvent that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.audit_log_event_data import AuditLogEventData  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (type(id) is int):
                raise wrong_type("int", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("ip", UNSET)
        try:
            ip = _value
            if ip is not UNSET and not (isinstance(ip, str)):
                raise wrong_type("str", ip)
            _set(self, "ip", ip)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "ip", "ip", _value, error)

        _value = d.pop("userAgent", UNSET)
        try:
            user_agent = _value
            if user_agent is not UNSET and not (isinstance(user_agent, str)):
                raise wrong_type("str", user_agent)
            _set(self, "user_agent", user_agent)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user_agent", "userAgent", _value, error)

        _value = d.pop("action", UNSET)
        try:
            action = _value
            if action is not UNSET and not (isinstance(action, str)):
                raise wrong_type("str", action)
            _set(self, "action", action)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "action", "action", _value, error)

        _value = d.pop("timestamp", UNSET)
        try:
            _timestamp = _value
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

            _set(self, "timestamp", timestamp)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "timestamp", "timestamp", _value, error)

        _value = d.pop("message", UNSET)
        try:
            message = _value
            if message is not UNSET and not (isinstance(message, str)):
                raise wrong_type("str", message)
            _set(self, "message", message)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "message", "message", _value, error)

        _value = d.pop("data", UNSET)
        try:
            _data = _value
            data: AuditLogEventData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = AuditLogEventData.from_dict(_data)

            _set(self, "data", data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data", "data", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("timestamp", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("data", UNSET)
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
