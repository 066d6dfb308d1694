from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        code = self.code

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        response_time = self.response_time

        response_size = self.response_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if headers is not UNSET:
            field_dict["headers"] = headers
        if body is not UNSET:
            field_dict["body"] = body
        if response_time is not UNSET:
            field_dict["responseTime"] = response_time
        if response_size is not UNSET:
            field_dict["responseSize"] = response_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunHttpResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.monitor_run_http_response_body import MonitorRunHttpResponseBody  # noqa: PLC0415
        from postman_raw.models.monitor_run_http_response_headers import MonitorRunHttpResponseHeaders  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        _set(self, "code", code)

        _headers = d.pop("headers", UNSET)
        headers: MonitorRunHttpResponseHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = MonitorRunHttpResponseHeaders.from_dict(_headers)

        _set(self, "headers", headers)

        _body = d.pop("body", UNSET)
        body: MonitorRunHttpResponseBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = MonitorRunHttpResponseBody.from_dict(_body)

        _set(self, "body", body)

        response_time = d.pop("responseTime", UNSET)
        _set(self, "response_time", response_time)

        response_size = d.pop("responseSize", UNSET)
        _set(self, "response_size", response_size)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("headers", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("body", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
