from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="ResponseCookie")


@_attrs_define
class ResponseCookie(Model):
    """A cookie received with a response."""

    domain: str | Unset = UNSET
    expires: None | str | Unset = UNSET
    max_age: str | Unset = UNSET
    host_only: bool | Unset = UNSET
    http_only: bool | Unset = UNSET
    name: str | Unset = UNSET
    path: str | Unset = UNSET
    secure: bool | Unset = UNSET
    session: bool | Unset = UNSET
    value: str | Unset = UNSET
    extensions: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        else:
            expires = self.expires

        max_age = self.max_age

        host_only = self.host_only

        http_only = self.http_only

        name = self.name

        path = self.path

        secure = self.secure

        session = self.session

        value = self.value

        extensions: list[Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if expires is not UNSET:
            field_dict["expires"] = expires
        if max_age is not UNSET:
            field_dict["maxAge"] = max_age
        if host_only is not UNSET:
            field_dict["hostOnly"] = host_only
        if http_only is not UNSET:
            field_dict["httpOnly"] = http_only
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if secure is not UNSET:
            field_dict["secure"] = secure
        if session is not UNSET:
            field_dict["session"] = session
        if value is not UNSET:
            field_dict["value"] = value
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ResponseCookie that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        _set(self, "domain", domain)

        def _parse_expires(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        expires = _parse_expires(d.pop("expires", UNSET))

        _set(self, "expires", expires)

        max_age = d.pop("maxAge", UNSET)
        _set(self, "max_age", max_age)

        host_only = d.pop("hostOnly", UNSET)
        _set(self, "host_only", host_only)

        http_only = d.pop("httpOnly", UNSET)
        _set(self, "http_only", http_only)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        path = d.pop("path", UNSET)
        _set(self, "path", path)

        secure = d.pop("secure", UNSET)
        _set(self, "secure", secure)

        session = d.pop("session", UNSET)
        _set(self, "session", session)

        value = d.pop("value", UNSET)
        _set(self, "value", value)

        extensions = cast("list[Any]", d.pop("extensions", UNSET))

        _set(self, "extensions", extensions)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("extensions", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
