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

T = TypeVar("T", bound="AuthEdgegridSettings")


@_attrs_define
class AuthEdgegridSettings(Model):
    """The Akamai EdgeGrid settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as
    they came.

    """

    access_token: str | Unset = UNSET
    client_token: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    base_url: str | Unset = UNSET
    nonce: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    headers_to_sign: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "access_token" in flaws:
            keep_raw(field_dict, flaws["access_token"])
        else:
            access_token = self.access_token
            if access_token is not UNSET:
                field_dict["accessToken"] = access_token

        if flaws is not None and "client_token" in flaws:
            keep_raw(field_dict, flaws["client_token"])
        else:
            client_token = self.client_token
            if client_token is not UNSET:
                field_dict["clientToken"] = client_token

        if flaws is not None and "client_secret" in flaws:
            keep_raw(field_dict, flaws["client_secret"])
        else:
            client_secret = self.client_secret
            if client_secret is not UNSET:
                field_dict["clientSecret"] = client_secret

        if flaws is not None and "base_url" in flaws:
            keep_raw(field_dict, flaws["base_url"])
        else:
            base_url = self.base_url
            if base_url is not UNSET:
                field_dict["baseURL"] = base_url

        if flaws is not None and "nonce" in flaws:
            keep_raw(field_dict, flaws["nonce"])
        else:
            nonce = self.nonce
            if nonce is not UNSET:
                field_dict["nonce"] = nonce

        if flaws is not None and "timestamp" in flaws:
            keep_raw(field_dict, flaws["timestamp"])
        else:
            timestamp = self.timestamp
            if timestamp is not UNSET:
                field_dict["timestamp"] = timestamp

        if flaws is not None and "headers_to_sign" in flaws:
            keep_raw(field_dict, flaws["headers_to_sign"])
        else:
            headers_to_sign = self.headers_to_sign
            if headers_to_sign is not UNSET:
                field_dict["headersToSign"] = headers_to_sign

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthEdgegridSettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("accessToken", UNSET)
        try:
            access_token = _value
            if access_token is not UNSET and not (isinstance(access_token, str)):
                raise wrong_type("str", access_token)
            _set(self, "access_token", access_token)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "access_token", "accessToken", _value, error)

        _value = d.pop("clientToken", UNSET)
        try:
            client_token = _value
            if client_token is not UNSET and not (isinstance(client_token, str)):
                raise wrong_type("str", client_token)
            _set(self, "client_token", client_token)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "client_token", "clientToken", _value, error)

        _value = d.pop("clientSecret", UNSET)
        try:
            client_secret = _value
            if client_secret is not UNSET and not (isinstance(client_secret, str)):
                raise wrong_type("str", client_secret)
            _set(self, "client_secret", client_secret)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "client_secret", "clientSecret", _value, error)

        _value = d.pop("baseURL", UNSET)
        try:
            base_url = _value
            if base_url is not UNSET and not (isinstance(base_url, str)):
                raise wrong_type("str", base_url)
            _set(self, "base_url", base_url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "base_url", "baseURL", _value, error)

        _value = d.pop("nonce", UNSET)
        try:
            nonce = _value
            if nonce is not UNSET and not (isinstance(nonce, str)):
                raise wrong_type("str", nonce)
            _set(self, "nonce", nonce)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "nonce", "nonce", _value, error)

        _value = d.pop("timestamp", UNSET)
        try:
            timestamp = _value
            if timestamp is not UNSET and not (isinstance(timestamp, str)):
                raise wrong_type("str", timestamp)
            _set(self, "timestamp", timestamp)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "timestamp", "timestamp", _value, error)

        _value = d.pop("headersToSign", UNSET)
        try:
            headers_to_sign = _value
            if headers_to_sign is not UNSET and not (isinstance(headers_to_sign, str)):
                raise wrong_type("str", headers_to_sign)
            _set(self, "headers_to_sign", headers_to_sign)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers_to_sign", "headersToSign", _value, error)

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
