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

T = TypeVar("T", bound="ProxyConfig")


@_attrs_define
class ProxyConfig(Model):
    """A proxy to send the request through."""

    match: str | Unset = UNSET
    """ URL pattern the proxy applies to, such as `http+https://*/*`. """
    host: str | Unset = UNSET
    port: int | Unset = UNSET
    tunnel: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "match" in flaws:
            keep_raw(field_dict, flaws["match"])
        else:
            match = self.match
            if match is not UNSET:
                field_dict["match"] = match

        if flaws is not None and "host" in flaws:
            keep_raw(field_dict, flaws["host"])
        else:
            host = self.host
            if host is not UNSET:
                field_dict["host"] = host

        if flaws is not None and "port" in flaws:
            keep_raw(field_dict, flaws["port"])
        else:
            port = self.port
            if port is not UNSET:
                field_dict["port"] = port

        if flaws is not None and "tunnel" in flaws:
            keep_raw(field_dict, flaws["tunnel"])
        else:
            tunnel = self.tunnel
            if tunnel is not UNSET:
                field_dict["tunnel"] = tunnel

        if flaws is not None and "disabled" in flaws:
            keep_raw(field_dict, flaws["disabled"])
        else:
            disabled = self.disabled
            if disabled is not UNSET:
                field_dict["disabled"] = disabled

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ProxyConfig that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("match", UNSET)
        try:
            match = _value
            if match is not UNSET and not (isinstance(match, str)):
                raise wrong_type("str", match)
            _set(self, "match", match)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "match", "match", _value, error)

        _value = d.pop("host", UNSET)
        try:
            host = _value
            if host is not UNSET and not (isinstance(host, str)):
                raise wrong_type("str", host)
            _set(self, "host", host)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "host", "host", _value, error)

        _value = d.pop("port", UNSET)
        try:
            port = _value
            if port is not UNSET and not (type(port) is int):
                raise wrong_type("int", port)
            _set(self, "port", port)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "port", "port", _value, error)

        _value = d.pop("tunnel", UNSET)
        try:
            tunnel = _value
            if tunnel is not UNSET and not (type(tunnel) is bool):
                raise wrong_type("bool", tunnel)
            _set(self, "tunnel", tunnel)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "tunnel", "tunnel", _value, error)

        _value = d.pop("disabled", UNSET)
        try:
            disabled = _value
            if disabled is not UNSET and not (type(disabled) is bool):
                raise wrong_type("bool", disabled)
            _set(self, "disabled", disabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "disabled", "disabled", _value, error)

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
