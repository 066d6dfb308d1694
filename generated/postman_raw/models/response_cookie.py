from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "domain" in flaws:
            keep_raw(field_dict, flaws["domain"])
        else:
            domain = self.domain
            if domain is not UNSET:
                field_dict["domain"] = domain

        if flaws is not None and "expires" in flaws:
            keep_raw(field_dict, flaws["expires"])
        else:
            expires: None | str | Unset
            if isinstance(self.expires, Unset):
                expires = UNSET
            else:
                expires = self.expires
            if expires is not UNSET:
                field_dict["expires"] = expires

        if flaws is not None and "max_age" in flaws:
            keep_raw(field_dict, flaws["max_age"])
        else:
            max_age = self.max_age
            if max_age is not UNSET:
                field_dict["maxAge"] = max_age

        if flaws is not None and "host_only" in flaws:
            keep_raw(field_dict, flaws["host_only"])
        else:
            host_only = self.host_only
            if host_only is not UNSET:
                field_dict["hostOnly"] = host_only

        if flaws is not None and "http_only" in flaws:
            keep_raw(field_dict, flaws["http_only"])
        else:
            http_only = self.http_only
            if http_only is not UNSET:
                field_dict["httpOnly"] = http_only

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "path" in flaws:
            keep_raw(field_dict, flaws["path"])
        else:
            path = self.path
            if path is not UNSET:
                field_dict["path"] = path

        if flaws is not None and "secure" in flaws:
            keep_raw(field_dict, flaws["secure"])
        else:
            secure = self.secure
            if secure is not UNSET:
                field_dict["secure"] = secure

        if flaws is not None and "session" in flaws:
            keep_raw(field_dict, flaws["session"])
        else:
            session = self.session
            if session is not UNSET:
                field_dict["session"] = session

        if flaws is not None and "value" in flaws:
            keep_raw(field_dict, flaws["value"])
        else:
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        if flaws is not None and "extensions" in flaws:
            keep_raw(field_dict, flaws["extensions"])
        else:
            extensions: list[Any] | Unset = UNSET
            if not isinstance(self.extensions, Unset):
                extensions = self.extensions

            if extensions is not UNSET:
                field_dict["extensions"] = extensions

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ResponseCookie that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("domain", UNSET)
        try:
            domain = _value
            if domain is not UNSET and not (isinstance(domain, str)):
                raise wrong_type("str", domain)
            _set(self, "domain", domain)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "domain", "domain", _value, error)

        _value = d.pop("expires", UNSET)
        try:

            def _parse_expires(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            expires = _parse_expires(_value)

            _set(self, "expires", expires)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "expires", "expires", _value, error)

        _value = d.pop("maxAge", UNSET)
        try:
            max_age = _value
            if max_age is not UNSET and not (isinstance(max_age, str)):
                raise wrong_type("str", max_age)
            _set(self, "max_age", max_age)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "max_age", "maxAge", _value, error)

        _value = d.pop("hostOnly", UNSET)
        try:
            host_only = _value
            if host_only is not UNSET and not (type(host_only) is bool):
                raise wrong_type("bool", host_only)
            _set(self, "host_only", host_only)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "host_only", "hostOnly", _value, error)

        _value = d.pop("httpOnly", UNSET)
        try:
            http_only = _value
            if http_only is not UNSET and not (type(http_only) is bool):
                raise wrong_type("bool", http_only)
            _set(self, "http_only", http_only)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "http_only", "httpOnly", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("path", UNSET)
        try:
            path = _value
            if path is not UNSET and not (isinstance(path, str)):
                raise wrong_type("str", path)
            _set(self, "path", path)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "path", "path", _value, error)

        _value = d.pop("secure", UNSET)
        try:
            secure = _value
            if secure is not UNSET and not (type(secure) is bool):
                raise wrong_type("bool", secure)
            _set(self, "secure", secure)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "secure", "secure", _value, error)

        _value = d.pop("session", UNSET)
        try:
            session = _value
            if session is not UNSET and not (type(session) is bool):
                raise wrong_type("bool", session)
            _set(self, "session", session)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "session", "session", _value, error)

        _value = d.pop("value", UNSET)
        try:
            value = _value
            if value is not UNSET and not (isinstance(value, str)):
                raise wrong_type("str", value)
            _set(self, "value", value)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "value", "value", _value, error)

        _value = d.pop("extensions", UNSET)
        try:
            extensions = cast("list[Any]", _value)
            if extensions is not UNSET and (not isinstance(extensions, list)):
                raise wrong_type("an array of Any", extensions)

            _set(self, "extensions", extensions)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "extensions", "extensions", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("extensions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
