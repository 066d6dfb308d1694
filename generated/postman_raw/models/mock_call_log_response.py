from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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

if TYPE_CHECKING:
    from ..models.mock_call_log_header import MockCallLogHeader
    from ..models.mock_call_log_response_body import MockCallLogResponseBody


T = TypeVar("T", bound="MockCallLogResponse")


@_attrs_define
class MockCallLogResponse(Model):
    """What the mock server answered."""

    type_: str | Unset = UNSET
    """ `success` when an example or server response answered, `error` when the mock server could not match the
    call. """
    status_code: float | Unset = UNSET
    """ The HTTP status code sent. """
    headers: list[MockCallLogHeader] | MockCallLogHeader | Unset = UNSET
    """ The response headers, present when `include` asks for `response.headers`.
    Normally a list of key-value pairs; a single pair is accepted too.
     """
    body: MockCallLogResponseBody | Unset = UNSET
    """ The response body, present when `include` asks for `response.body`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "headers",
        "body",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "status_code" in flaws:
            keep_raw(field_dict, flaws["status_code"])
        else:
            status_code = self.status_code
            if status_code is not UNSET:
                field_dict["statusCode"] = status_code

        if flaws is not None and "headers" in flaws:
            keep_raw(field_dict, flaws["headers"])
        else:
            headers: dict[str, Any] | list[dict[str, Any]] | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, list):
                headers = []
                for headers_type_0_item_data in self.headers:
                    headers_type_0_item = headers_type_0_item_data.to_dict()
                    headers.append(headers_type_0_item)

            else:
                headers = self.headers.to_dict()

            if headers is not UNSET:
                field_dict["headers"] = headers

        if flaws is not None and "body" in flaws:
            keep_raw(field_dict, flaws["body"])
        else:
            body: dict[str, Any] | Unset = UNSET
            if not isinstance(self.body, Unset):
                body = self.body.to_dict()
            if body is not UNSET:
                field_dict["body"] = body

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockCallLogResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.mock_call_log_header import MockCallLogHeader  # noqa: PLC0415
        from postman_raw.models.mock_call_log_response_body import MockCallLogResponseBody  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("statusCode", UNSET)
        try:
            status_code = _value
            if status_code is not UNSET and not (type(status_code) in (float, int)):
                raise wrong_type("float", status_code)
            _set(self, "status_code", status_code)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status_code", "statusCode", _value, error)

        _value = d.pop("headers", UNSET)
        try:

            def _parse_headers(data: object) -> list[MockCallLogHeader] | MockCallLogHeader | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    headers_type_0 = []
                    _headers_type_0 = data
                    if not isinstance(_headers_type_0, list):
                        raise wrong_type("an array", _headers_type_0)
                    for headers_type_0_item_data in _headers_type_0:
                        headers_type_0_item = MockCallLogHeader.from_dict(headers_type_0_item_data)

                        headers_type_0.append(headers_type_0_item)

                    return headers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_1 = MockCallLogHeader.from_dict(data)

                return headers_type_1

            headers = _parse_headers(_value)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

        _value = d.pop("body", UNSET)
        try:
            _body = _value
            body: MockCallLogResponseBody | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = MockCallLogResponseBody.from_dict(_body)

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
        value = data.get("body", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
