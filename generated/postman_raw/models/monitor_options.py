from __future__ import annotations

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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="MonitorOptions")


@_attrs_define
class MonitorOptions(Model):
    """How the monitor sends its requests."""

    follow_redirects: bool | Unset = UNSET
    """ Whether redirects are followed. """
    strict_ssl: bool | Unset = UNSET
    """ Whether TLS certificates are verified. """
    request_timeout: float | Unset = UNSET
    """ Time allowed for each request, in milliseconds. """
    request_delay: float | Unset = UNSET
    """ Pause between requests, in milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "follow_redirects" in flaws:
            keep_raw(field_dict, flaws["follow_redirects"])
        else:
            follow_redirects = self.follow_redirects
            if follow_redirects is not UNSET:
                field_dict["followRedirects"] = follow_redirects

        if flaws is not None and "strict_ssl" in flaws:
            keep_raw(field_dict, flaws["strict_ssl"])
        else:
            strict_ssl = self.strict_ssl
            if strict_ssl is not UNSET:
                field_dict["strictSSL"] = strict_ssl

        if flaws is not None and "request_timeout" in flaws:
            keep_raw(field_dict, flaws["request_timeout"])
        else:
            request_timeout = self.request_timeout
            if request_timeout is not UNSET:
                field_dict["requestTimeout"] = request_timeout

        if flaws is not None and "request_delay" in flaws:
            keep_raw(field_dict, flaws["request_delay"])
        else:
            request_delay = self.request_delay
            if request_delay is not UNSET:
                field_dict["requestDelay"] = request_delay

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("followRedirects", UNSET)
        try:
            follow_redirects = _value
            if follow_redirects is not UNSET and not (type(follow_redirects) is bool):
                raise wrong_type("bool", follow_redirects)
            _set(self, "follow_redirects", follow_redirects)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "follow_redirects", "followRedirects", _value, error)

        _value = d.pop("strictSSL", UNSET)
        try:
            strict_ssl = _value
            if strict_ssl is not UNSET and not (type(strict_ssl) is bool):
                raise wrong_type("bool", strict_ssl)
            _set(self, "strict_ssl", strict_ssl)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "strict_ssl", "strictSSL", _value, error)

        _value = d.pop("requestTimeout", UNSET)
        try:
            request_timeout = _value
            if request_timeout is not UNSET and not (type(request_timeout) in (float, int)):
                raise wrong_type("float", request_timeout)
            _set(self, "request_timeout", request_timeout)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_timeout", "requestTimeout", _value, error)

        _value = d.pop("requestDelay", UNSET)
        try:
            request_delay = _value
            if request_delay is not UNSET and not (type(request_delay) in (float, int)):
                raise wrong_type("float", request_delay)
            _set(self, "request_delay", request_delay)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_delay", "requestDelay", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
