from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCookie")


@_attrs_define
class ResponseCookie:
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
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        def _parse_expires(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        expires = _parse_expires(d.pop("expires", UNSET))

        max_age = d.pop("maxAge", UNSET)

        host_only = d.pop("hostOnly", UNSET)

        http_only = d.pop("httpOnly", UNSET)

        name = d.pop("name", UNSET)

        path = d.pop("path", UNSET)

        secure = d.pop("secure", UNSET)

        session = d.pop("session", UNSET)

        value = d.pop("value", UNSET)

        extensions = cast("list[Any]", d.pop("extensions", UNSET))

        response_cookie = cls(
            domain=domain,
            expires=expires,
            max_age=max_age,
            host_only=host_only,
            http_only=http_only,
            name=name,
            path=path,
            secure=secure,
            session=session,
            value=value,
            extensions=extensions,
        )

        response_cookie.additional_properties = d
        return response_cookie

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
