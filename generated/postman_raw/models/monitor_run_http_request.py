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
    from ..models.monitor_run_http_request_body import MonitorRunHttpRequestBody
    from ..models.monitor_run_http_request_headers import MonitorRunHttpRequestHeaders


T = TypeVar("T", bound="MonitorRunHttpRequest")


@_attrs_define
class MonitorRunHttpRequest(Model):
    """The request as sent."""

    method: str | Unset = UNSET
    url: str | Unset = UNSET
    headers: MonitorRunHttpRequestHeaders | Unset = UNSET
    """ Header names and values (a value may be null). """
    body: MonitorRunHttpRequestBody | Unset = UNSET
    """ Facts about the body sent, such as `contentLength`. """
    timestamp: str | Unset = UNSET
    """ When the request was sent (ISO 8601). """
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

        if flaws is not None and "method" in flaws:
            keep_raw(field_dict, flaws["method"])
        else:
            method = self.method
            if method is not UNSET:
                field_dict["method"] = method

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url = self.url
            if url is not UNSET:
                field_dict["url"] = url

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
        """A MonitorRunHttpRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_run_http_request_body import MonitorRunHttpRequestBody  # noqa: PLC0415
        from postman_raw.models.monitor_run_http_request_headers import MonitorRunHttpRequestHeaders  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("method", UNSET)
        try:
            method = _value
            if method is not UNSET and not (isinstance(method, str)):
                raise wrong_type("str", method)
            _set(self, "method", method)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "method", "method", _value, error)

        _value = d.pop("url", UNSET)
        try:
            url = _value
            if url is not UNSET and not (isinstance(url, str)):
                raise wrong_type("str", url)
            _set(self, "url", url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "url", "url", _value, error)

        _value = d.pop("headers", UNSET)
        try:
            _headers = _value
            headers: MonitorRunHttpRequestHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = MonitorRunHttpRequestHeaders.from_dict(_headers)

            _set(self, "headers", headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "headers", "headers", _value, error)

        _value = d.pop("body", UNSET)
        try:
            _body = _value
            body: MonitorRunHttpRequestBody | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = MonitorRunHttpRequestBody.from_dict(_body)

            _set(self, "body", body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "body", "body", _value, error)

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
