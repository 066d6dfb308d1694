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
    from ..models.monitor_run_http_response_body import MonitorRunHttpResponseBody
    from ..models.monitor_run_http_response_headers import MonitorRunHttpResponseHeaders


T = TypeVar("T", bound="MonitorRunHttpResponse")


@_attrs_define
class MonitorRunHttpResponse(Model):
    """The response as received."""

    code: float | Unset = UNSET
    """ The HTTP status code. """
    headers: MonitorRunHttpResponseHeaders | Unset = UNSET
    """ Header names and values (a value may be null). """
    body: MonitorRunHttpResponseBody | Unset = UNSET
    """ Facts about the body received, such as `contentLength`. """
    response_time: float | Unset = UNSET
    """ Time to the response, in milliseconds. """
    response_size: float | Unset = UNSET
    """ Size of the response, in bytes. """
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

        if flaws is not None and "code" in flaws:
            keep_raw(field_dict, flaws["code"])
        else:
            code = self.code
            if code is not UNSET:
                field_dict["code"] = code

        if flaws is not None and "headers" in flaws:
            keep_raw(field_dict, flaws["headers"])
        else:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
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

        if flaws is not None and "response_time" in flaws:
            keep_raw(field_dict, flaws["response_time"])
        else:
            response_time = self.response_time
            if response_time is not UNSET:
                field_dict["responseTime"] = response_time

        if flaws is not None and "response_size" in flaws:
            keep_raw(field_dict, flaws["response_size"])
        else:
            response_size = self.response_size
            if response_size is not UNSET:
                field_dict["responseSize"] = response_size

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunHttpResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_run_http_response_body import MonitorRunHttpResponseBody  # noqa: PLC0415
        from postman_raw.models.monitor_run_http_response_headers import MonitorRunHttpResponseHeaders  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("code", UNSET)
        try:
            code = _value
            if code is not UNSET and not (type(code) in (float, int)):
                raise wrong_type("float", code)
            _set(self, "code", code)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "code", "code", _value, error)

        _value = d.pop("headers", UNSET)
        try:
            _headers = _value
            headers: MonitorRunHttpResponseHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = MonitorRunHttpResponseHeaders.from_dict(_headers)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

        _value = d.pop("body", UNSET)
        try:
            _body = _value
            body: MonitorRunHttpResponseBody | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = MonitorRunHttpResponseBody.from_dict(_body)

            _set(self, "body", body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "body", "body", _value, error)

        _value = d.pop("responseTime", UNSET)
        try:
            response_time = _value
            if response_time is not UNSET and not (type(response_time) in (float, int)):
                raise wrong_type("float", response_time)
            _set(self, "response_time", response_time)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response_time", "responseTime", _value, error)

        _value = d.pop("responseSize", UNSET)
        try:
            response_size = _value
            if response_size is not UNSET and not (type(response_size) in (float, int)):
                raise wrong_type("float", response_size)
            _set(self, "response_size", response_size)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response_size", "responseSize", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("headers", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
