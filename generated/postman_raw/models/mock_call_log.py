from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.mock_call_log_request import MockCallLogRequest
    from ..models.mock_call_log_response import MockCallLogResponse


T = TypeVar("T", bound="MockCallLog")


@_attrs_define
class MockCallLog(Model):
    """One call the mock server received."""

    id: str | Unset = UNSET
    """ Id of the log entry. """
    response_name: str | Unset = UNSET
    """ Name of the example or server response that answered, or the reason no example matched. """
    served_at: datetime.datetime | Unset = UNSET
    """ When the answer was sent. """
    request: MockCallLogRequest | Unset = UNSET
    """ The incoming request. """
    response: MockCallLogResponse | Unset = UNSET
    """ What the mock server answered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "request",
        "response",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        response_name = self.response_name

        served_at: str | Unset = UNSET
        if not isinstance(self.served_at, Unset):
            served_at = self.served_at.isoformat()

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if response_name is not UNSET:
            field_dict["responseName"] = response_name
        if served_at is not UNSET:
            field_dict["servedAt"] = served_at
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockCallLog that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.mock_call_log_request import MockCallLogRequest  # noqa: PLC0415
        from postman_raw.models.mock_call_log_response import MockCallLogResponse  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        response_name = d.pop("responseName", UNSET)
        _set(self, "response_name", response_name)

        _served_at = d.pop("servedAt", UNSET)
        served_at: datetime.datetime | Unset
        if isinstance(_served_at, Unset):
            served_at = UNSET
        else:
            served_at = datetime.datetime.fromisoformat(_served_at)

        _set(self, "served_at", served_at)

        _request = d.pop("request", UNSET)
        request: MockCallLogRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = MockCallLogRequest.from_dict(_request)

        _set(self, "request", request)

        _response = d.pop("response", UNSET)
        response: MockCallLogResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = MockCallLogResponse.from_dict(_response)

        _set(self, "response", response)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("servedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("request", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("response", UNSET)
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
