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

T = TypeVar("T", bound="AuthAwsv4Settings")


@_attrs_define
class AuthAwsv4Settings(Model):
    """The AWS Signature v4 settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as
    they came.

    """

    access_key: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    region: str | Unset = UNSET
    service: str | Unset = UNSET
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "access_key" in flaws:
            keep_raw(field_dict, flaws["access_key"])
        else:
            access_key = self.access_key
            if access_key is not UNSET:
                field_dict["accessKey"] = access_key

        if flaws is not None and "secret_key" in flaws:
            keep_raw(field_dict, flaws["secret_key"])
        else:
            secret_key = self.secret_key
            if secret_key is not UNSET:
                field_dict["secretKey"] = secret_key

        if flaws is not None and "region" in flaws:
            keep_raw(field_dict, flaws["region"])
        else:
            region = self.region
            if region is not UNSET:
                field_dict["region"] = region

        if flaws is not None and "service" in flaws:
            keep_raw(field_dict, flaws["service"])
        else:
            service = self.service
            if service is not UNSET:
                field_dict["service"] = service

        if flaws is not None and "session_token" in flaws:
            keep_raw(field_dict, flaws["session_token"])
        else:
            session_token = self.session_token
            if session_token is not UNSET:
                field_dict["sessionToken"] = session_token

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthAwsv4Settings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("accessKey", UNSET)
        try:
            access_key = _value
            if access_key is not UNSET and not (isinstance(access_key, str)):
                raise wrong_type("str", access_key)
            _set(self, "access_key", access_key)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "access_key", "accessKey", _value, error)

        _value = d.pop("secretKey", UNSET)
        try:
            secret_key = _value
            if secret_key is not UNSET and not (isinstance(secret_key, str)):
                raise wrong_type("str", secret_key)
            _set(self, "secret_key", secret_key)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "secret_key", "secretKey", _value, error)

        _value = d.pop("region", UNSET)
        try:
            region = _value
            if region is not UNSET and not (isinstance(region, str)):
                raise wrong_type("str", region)
            _set(self, "region", region)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "region", "region", _value, error)

        _value = d.pop("service", UNSET)
        try:
            service = _value
            if service is not UNSET and not (isinstance(service, str)):
                raise wrong_type("str", service)
            _set(self, "service", service)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "service", "service", _value, error)

        _value = d.pop("sessionToken", UNSET)
        try:
            session_token = _value
            if session_token is not UNSET and not (isinstance(session_token, str)):
                raise wrong_type("str", session_token)
            _set(self, "session_token", session_token)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "session_token", "sessionToken", _value, error)

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
