from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="AuthHawkSettings")


@_attrs_define
class AuthHawkSettings(Model):
    """The Hawk settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as they came."""

    auth_id: str | Unset = UNSET
    auth_key: str | Unset = UNSET
    algorithm: str | Unset = UNSET
    user: str | Unset = UNSET
    nonce: str | Unset = UNSET
    extra_data: str | Unset = UNSET
    app_id: str | Unset = UNSET
    delegation: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        auth_id = self.auth_id

        auth_key = self.auth_key

        algorithm = self.algorithm

        user = self.user

        nonce = self.nonce

        extra_data = self.extra_data

        app_id = self.app_id

        delegation = self.delegation

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_id is not UNSET:
            field_dict["authId"] = auth_id
        if auth_key is not UNSET:
            field_dict["authKey"] = auth_key
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if user is not UNSET:
            field_dict["user"] = user
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if extra_data is not UNSET:
            field_dict["extraData"] = extra_data
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if delegation is not UNSET:
            field_dict["delegation"] = delegation
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthHawkSettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        auth_id = d.pop("authId", UNSET)
        _set(self, "auth_id", auth_id)

        auth_key = d.pop("authKey", UNSET)
        _set(self, "auth_key", auth_key)

        algorithm = d.pop("algorithm", UNSET)
        _set(self, "algorithm", algorithm)

        user = d.pop("user", UNSET)
        _set(self, "user", user)

        nonce = d.pop("nonce", UNSET)
        _set(self, "nonce", nonce)

        extra_data = d.pop("extraData", UNSET)
        _set(self, "extra_data", extra_data)

        app_id = d.pop("appId", UNSET)
        _set(self, "app_id", app_id)

        delegation = d.pop("delegation", UNSET)
        _set(self, "delegation", delegation)

        timestamp = d.pop("timestamp", UNSET)
        _set(self, "timestamp", timestamp)

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
