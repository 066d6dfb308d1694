from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        method = self.method

        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if body is not UNSET:
            field_dict["body"] = body
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunHttpRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.monitor_run_http_request_body import MonitorRunHttpRequestBody  # noqa: PLC0415
        from postman_raw.models.monitor_run_http_request_headers import MonitorRunHttpRequestHeaders  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        method = d.pop("method", UNSET)
        _set(self, "method", method)

        url = d.pop("url", UNSET)
        _set(self, "url", url)

        _headers = d.pop("headers", UNSET)
        headers: MonitorRunHttpRequestHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = MonitorRunHttpRequestHeaders.from_dict(_headers)

        _set(self, "headers", headers)

        _body = d.pop("body", UNSET)
        body: MonitorRunHttpRequestBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = MonitorRunHttpRequestBody.from_dict(_body)

        _set(self, "body", body)

        timestamp = d.pop("timestamp", UNSET)
        _set(self, "timestamp", timestamp)

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
