from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "response_name" in flaws:
            keep_raw(field_dict, flaws["response_name"])
        else:
            response_name = self.response_name
            if response_name is not UNSET:
                field_dict["responseName"] = response_name

        if flaws is not None and "served_at" in flaws:
            keep_raw(field_dict, flaws["served_at"])
        else:
            served_at: str | Unset = UNSET
            if not isinstance(self.served_at, Unset):
                served_at = datetime_text(self.served_at)
            if served_at is not UNSET:
                field_dict["servedAt"] = served_at

        if flaws is not None and "request" in flaws:
            keep_raw(field_dict, flaws["request"])
        else:
            request: dict[str, Any] | Unset = UNSET
            if not isinstance(self.request, Unset):
                request = self.request.to_dict()
            if request is not UNSET:
                field_dict["request"] = request

        if flaws is not None and "response" in flaws:
            keep_raw(field_dict, flaws["response"])
        else:
            response: dict[str, Any] | Unset = UNSET
            if not isinstance(self.response, Unset):
                response = self.response.to_dict()
            if response is not UNSET:
                field_dict["response"] = response

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockCallLog that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.mock_call_log_request import MockCallLogRequest  # noqa: PLC0415
        from postman_raw.models.mock_call_log_response import MockCallLogResponse  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("responseName", UNSET)
        try:
            response_name = _value
            if response_name is not UNSET and not (isinstance(response_name, str)):
                raise wrong_type("str", response_name)
            _set(self, "response_name", response_name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response_name", "responseName", _value, error)

        _value = d.pop("servedAt", UNSET)
        try:
            _served_at = _value
            served_at: datetime.datetime | Unset
            if isinstance(_served_at, Unset):
                served_at = UNSET
            else:
                served_at = parse_datetime(_served_at)

            _set(self, "served_at", served_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "served_at", "servedAt", _value, error)

        _value = d.pop("request", UNSET)
        try:
            _request = _value
            request: MockCallLogRequest | Unset
            if isinstance(_request, Unset):
                request = UNSET
            else:
                request = MockCallLogRequest.from_dict(_request)

            _set(self, "request", request)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request", "request", _value, error)

        _value = d.pop("response", UNSET)
        try:
            _response = _value
            response: MockCallLogResponse | Unset
            if isinstance(_response, Unset):
                response = UNSET
            else:
                response = MockCallLogResponse.from_dict(_response)

            _set(self, "response", response)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response", "response", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("servedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("request", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("response", UNSET)
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
