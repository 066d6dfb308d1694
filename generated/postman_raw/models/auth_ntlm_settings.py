from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="AuthNtlmSettings")


@_attrs_define
class AuthNtlmSettings(Model):
    """The NTLM settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as they came."""

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    domain: str | Unset = UNSET
    workstation: str | Unset = UNSET
    disable_retry_request: bool | Unset = UNSET
    """ Whether the app gives up after the first challenge. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        domain = self.domain

        workstation = self.workstation

        disable_retry_request = self.disable_retry_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if domain is not UNSET:
            field_dict["domain"] = domain
        if workstation is not UNSET:
            field_dict["workstation"] = workstation
        if disable_retry_request is not UNSET:
            field_dict["disableRetryRequest"] = disable_retry_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthNtlmSettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        username = d.pop("username", UNSET)
        _set(self, "username", username)

        password = d.pop("password", UNSET)
        _set(self, "password", password)

        domain = d.pop("domain", UNSET)
        _set(self, "domain", domain)

        workstation = d.pop("workstation", UNSET)
        _set(self, "workstation", workstation)

        disable_retry_request = d.pop("disableRetryRequest", UNSET)
        _set(self, "disable_retry_request", disable_retry_request)

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
