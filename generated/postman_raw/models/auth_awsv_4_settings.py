from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        access_key = self.access_key

        secret_key = self.secret_key

        region = self.region

        service = self.service

        session_token = self.session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if secret_key is not UNSET:
            field_dict["secretKey"] = secret_key
        if region is not UNSET:
            field_dict["region"] = region
        if service is not UNSET:
            field_dict["service"] = service
        if session_token is not UNSET:
            field_dict["sessionToken"] = session_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthAwsv4Settings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        access_key = d.pop("accessKey", UNSET)
        _set(self, "access_key", access_key)

        secret_key = d.pop("secretKey", UNSET)
        _set(self, "secret_key", secret_key)

        region = d.pop("region", UNSET)
        _set(self, "region", region)

        service = d.pop("service", UNSET)
        _set(self, "service", service)

        session_token = d.pop("sessionToken", UNSET)
        _set(self, "session_token", session_token)

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
