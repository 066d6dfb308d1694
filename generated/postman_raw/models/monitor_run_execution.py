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
    from ..models.monitor_run_error import MonitorRunError
    from ..models.monitor_run_executed_item import MonitorRunExecutedItem
    from ..models.monitor_run_http_request import MonitorRunHttpRequest
    from ..models.monitor_run_http_response import MonitorRunHttpResponse


T = TypeVar("T", bound="MonitorRunExecution")


@_attrs_define
class MonitorRunExecution(Model):
    """One request the run sent and what came back."""

    id: float | Unset = UNSET
    """ Position of the execution in the run. """
    item: MonitorRunExecutedItem | Unset = UNSET
    """ The collection item that was run. """
    request: MonitorRunHttpRequest | Unset = UNSET
    """ The request as sent. """
    response: MonitorRunHttpResponse | Unset = UNSET
    """ The response as received. """
    errors: list[MonitorRunError] | Unset = UNSET
    """ Errors met by this execution, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "item",
        "request",
        "response",
        "errors",
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

        if flaws is not None and "item" in flaws:
            keep_raw(field_dict, flaws["item"])
        else:
            item: dict[str, Any] | Unset = UNSET
            if not isinstance(self.item, Unset):
                item = self.item.to_dict()
            if item is not UNSET:
                field_dict["item"] = item

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

        if flaws is not None and "errors" in flaws:
            keep_raw(field_dict, flaws["errors"])
        else:
            errors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.errors, Unset):
                errors = []
                for errors_item_data in self.errors:
                    errors_item = errors_item_data.to_dict()
                    errors.append(errors_item)

            if errors is not UNSET:
                field_dict["errors"] = errors

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunExecution that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.monitor_run_error import MonitorRunError  # noqa: PLC0415
        from postman_raw.models.monitor_run_executed_item import MonitorRunExecutedItem  # noqa: PLC0415
        from postman_raw.models.monitor_run_http_request import MonitorRunHttpRequest  # noqa: PLC0415
        from postman_raw.models.monitor_run_http_response import MonitorRunHttpResponse  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (type(id) in (float, int)):
                raise wrong_type("float", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("item", UNSET)
        try:
            _item = _value
            item: MonitorRunExecutedItem | Unset
            if isinstance(_item, Unset):
                item = UNSET
            else:
                item = MonitorRunExecutedItem.from_dict(_item)

            _set(self, "item", item)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "item", "item", _value, error)

        _value = d.pop("request", UNSET)
        try:
            _request = _value
            request: MonitorRunHttpRequest | Unset
            if isinstance(_request, Unset):
                request = UNSET
            else:
                request = MonitorRunHttpRequest.from_dict(_request)

            _set(self, "request", request)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request", "request", _value, error)

        _value = d.pop("response", UNSET)
        try:
            _response = _value
            response: MonitorRunHttpResponse | Unset
            if isinstance(_response, Unset):
                response = UNSET
            else:
                response = MonitorRunHttpResponse.from_dict(_response)

            _set(self, "response", response)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response", "response", _value, error)

        _value = d.pop("errors", UNSET)
        try:
            _errors = _value
            errors: list[MonitorRunError] | Unset = UNSET
            if _errors is not UNSET:
                if not isinstance(_errors, list):
                    raise wrong_type("an array", _errors)
                errors = []
                for errors_item_data in _errors:
                    errors_item = MonitorRunError.from_dict(errors_item_data)

                    errors.append(errors_item)

            _set(self, "errors", errors)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "errors", "errors", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("item", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("request", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("response", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("errors", UNSET)
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
