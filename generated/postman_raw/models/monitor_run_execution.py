from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if item is not UNSET:
            field_dict["item"] = item
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MonitorRunExecution that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.monitor_run_error import MonitorRunError  # noqa: PLC0415
        from postman_raw.models.monitor_run_executed_item import MonitorRunExecutedItem  # noqa: PLC0415
        from postman_raw.models.monitor_run_http_request import MonitorRunHttpRequest  # noqa: PLC0415
        from postman_raw.models.monitor_run_http_response import MonitorRunHttpResponse  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        _item = d.pop("item", UNSET)
        item: MonitorRunExecutedItem | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = MonitorRunExecutedItem.from_dict(_item)

        _set(self, "item", item)

        _request = d.pop("request", UNSET)
        request: MonitorRunHttpRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = MonitorRunHttpRequest.from_dict(_request)

        _set(self, "request", request)

        _response = d.pop("response", UNSET)
        response: MonitorRunHttpResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = MonitorRunHttpResponse.from_dict(_response)

        _set(self, "response", response)

        _errors = d.pop("errors", UNSET)
        errors: list[MonitorRunError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = MonitorRunError.from_dict(errors_item_data)

                errors.append(errors_item)

        _set(self, "errors", errors)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("item", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("request", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("response", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("errors", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
