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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "auth_id" in flaws:
            keep_raw(field_dict, flaws["auth_id"])
        else:
            auth_id = self.auth_id
            if auth_id is not UNSET:
                field_dict["authId"] = auth_id

        if flaws is not None and "auth_key" in flaws:
            keep_raw(field_dict, flaws["auth_key"])
        else:
            auth_key = self.auth_key
            if auth_key is not UNSET:
                field_dict["authKey"] = auth_key

        if flaws is not None and "algorithm" in flaws:
            keep_raw(field_dict, flaws["algorithm"])
        else:
            algorithm = self.algorithm
            if algorithm is not UNSET:
                field_dict["algorithm"] = algorithm

        if flaws is not None and "user" in flaws:
            keep_raw(field_dict, flaws["user"])
        else:
            user = self.user
            if user is not UNSET:
                field_dict["user"] = user

        if flaws is not None and "nonce" in flaws:
            keep_raw(field_dict, flaws["nonce"])
        else:
            nonce = self.nonce
            if nonce is not UNSET:
                field_dict["nonce"] = nonce

        if flaws is not None and "extra_data" in flaws:
            keep_raw(field_dict, flaws["extra_data"])
        else:
            extra_data = self.extra_data
            if extra_data is not UNSET:
                field_dict["extraData"] = extra_data

        if flaws is not None and "app_id" in flaws:
            keep_raw(field_dict, flaws["app_id"])
        else:
            app_id = self.app_id
            if app_id is not UNSET:
                field_dict["appId"] = app_id

        if flaws is not None and "delegation" in flaws:
            keep_raw(field_dict, flaws["delegation"])
        else:
            delegation = self.delegation
            if delegation is not UNSET:
                field_dict["delegation"] = delegation

        if flaws is not None and "timestamp" in flaws:
            keep_raw(field_dict, flaws["timestamp"])
        else:
            timestamp = self.timestamp
            if timestamp is not UNSET:
                field_dict["timestamp"] = timestamp

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthHawkSettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("authId", UNSET)
        try:
            auth_id = _value
            if auth_id is not UNSET and not (isinstance(auth_id, str)):
                raise wrong_type("str", auth_id)
            _set(self, "auth_id", auth_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth_id", "authId", _value, error)

        _value = d.pop("authKey", UNSET)
        try:
            auth_key = _value
            if auth_key is not UNSET and not (isinstance(auth_key, str)):
                raise wrong_type("str", auth_key)
            _set(self, "auth_key", auth_key)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth_key", "authKey", _value, error)

        _value = d.pop("algorithm", UNSET)
        try:
            algorithm = _value
            if algorithm is not UNSET and not (isinstance(algorithm, str)):
                raise wrong_type("str", algorithm)
            _set(self, "algorithm", algorithm)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "algorithm", "algorithm", _value, error)

        _value = d.pop("user", UNSET)
        try:
            user = _value
            if user is not UNSET and not (isinstance(user, str)):
                raise wrong_type("str", user)
            _set(self, "user", user)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user", "user", _value, error)

        _value = d.pop("nonce", UNSET)
        try:
            nonce = _value
            if nonce is not UNSET and not (isinstance(nonce, str)):
                raise wrong_type("str", nonce)
            _set(self, "nonce", nonce)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "nonce", "nonce", _value, error)

        _value = d.pop("extraData", UNSET)
        try:
            extra_data = _value
            if extra_data is not UNSET and not (isinstance(extra_data, str)):
                raise wrong_type("str", extra_data)
            _set(self, "extra_data", extra_data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "extra_data", "extraData", _value, error)

        _value = d.pop("appId", UNSET)
        try:
            app_id = _value
            if app_id is not UNSET and not (isinstance(app_id, str)):
                raise wrong_type("str", app_id)
            _set(self, "app_id", app_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "app_id", "appId", _value, error)

        _value = d.pop("delegation", UNSET)
        try:
            delegation = _value
            if delegation is not UNSET and not (isinstance(delegation, str)):
                raise wrong_type("str", delegation)
            _set(self, "delegation", delegation)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "delegation", "delegation", _value, error)

        _value = d.pop("timestamp", UNSET)
        try:
            timestamp = _value
            if timestamp is not UNSET and not (isinstance(timestamp, str)):
                raise wrong_type("str", timestamp)
            _set(self, "timestamp", timestamp)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "timestamp", "timestamp", _value, error)

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
