from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mock_server_response_language import MockServerResponseLanguage, check_mock_server_response_language
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.mock_server_response_header import MockServerResponseHeader


T = TypeVar("T", bound="MockServerResponseChanges")


@_attrs_define
class MockServerResponseChanges(Model):
    """The server response fields to change."""

    name: str | Unset = UNSET
    status_code: int | Unset = UNSET
    """ The HTTP status code to answer with; only 5xx codes are accepted. """
    headers: list[MockServerResponseHeader] | Unset = UNSET
    """ Headers to send with the answer. """
    language: MockServerResponseLanguage | None | Unset = UNSET
    """ Language of `body`, or null for none. """
    body: str | Unset = UNSET
    """ The body to send with the answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("headers",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "status_code" in flaws:
            keep_raw(field_dict, flaws["status_code"])
        else:
            status_code = self.status_code
            if status_code is not UNSET:
                field_dict["statusCode"] = status_code

        if flaws is not None and "headers" in flaws:
            keep_raw(field_dict, flaws["headers"])
        else:
            headers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = []
                for headers_item_data in self.headers:
                    headers_item = headers_item_data.to_dict()
                    headers.append(headers_item)

            if headers is not UNSET:
                field_dict["headers"] = headers

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language: None | str | Unset
            if isinstance(self.language, Unset):
                language = UNSET
            elif isinstance(self.language, str):
                language = self.language
            else:
                language = self.language
            if language is not UNSET:
                field_dict["language"] = language

        if flaws is not None and "body" in flaws:
            keep_raw(field_dict, flaws["body"])
        else:
            body = self.body
            if body is not UNSET:
                field_dict["body"] = body

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockServerResponseChanges that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.mock_server_response_header import MockServerResponseHeader  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("statusCode", UNSET)
        try:
            status_code = _value
            if status_code is not UNSET and not (type(status_code) is int):
                raise wrong_type("int", status_code)
            _set(self, "status_code", status_code)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status_code", "statusCode", _value, error)

        _value = d.pop("headers", UNSET)
        try:
            _headers = _value
            headers: list[MockServerResponseHeader] | Unset = UNSET
            if _headers is not UNSET:
                if not isinstance(_headers, list):
                    raise wrong_type("an array", _headers)
                headers = []
                for headers_item_data in _headers:
                    headers_item = MockServerResponseHeader.from_dict(headers_item_data)

                    headers.append(headers_item)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

        _value = d.pop("language", UNSET)
        try:

            def _parse_language(data: object) -> MockServerResponseLanguage | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    language_type_0 = enum_value(check_mock_server_response_language, data)

                    return language_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("MockServerResponseLanguage | None", data)
                return cast("MockServerResponseLanguage | None | Unset", data)

            language = _parse_language(_value)

            _set(self, "language", language)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "language", "language", _value, error)

        _value = d.pop("body", UNSET)
        try:
            body = _value
            if body is not UNSET and not (isinstance(body, str)):
                raise wrong_type("str", body)
            _set(self, "body", body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "body", "body", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("headers", UNSET)
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
