from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        access_token = self.access_token

        client_token = self.client_token

        client_secret = self.client_secret

        base_url = self.base_url

        nonce = self.nonce

        timestamp = self.timestamp

        headers_to_sign = self.headers_to_sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if client_token is not UNSET:
            field_dict["clientToken"] = client_token
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if base_url is not UNSET:
            field_dict["baseURL"] = base_url
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if headers_to_sign is not UNSET:
            field_dict["headersToSign"] = headers_to_sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthEdgegridSettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        access_token = d.pop("accessToken", UNSET)
        _set(self, "access_token", access_token)

        client_token = d.pop("clientToken", UNSET)
        _set(self, "client_token", client_token)

        client_secret = d.pop("clientSecret", UNSET)
        _set(self, "client_secret", client_secret)

        base_url = d.pop("baseURL", UNSET)
        _set(self, "base_url", base_url)

        nonce = d.pop("nonce", UNSET)
        _set(self, "nonce", nonce)

        timestamp = d.pop("timestamp", UNSET)
        _set(self, "timestamp", timestamp)

        headers_to_sign = d.pop("headersToSign", UNSET)
        _set(self, "headers_to_sign", headers_to_sign)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
