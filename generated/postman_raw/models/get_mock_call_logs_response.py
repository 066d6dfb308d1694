from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.mock_call_log import MockCallLog
    from ..models.mock_call_log_page_meta import MockCallLogPageMeta


T = TypeVar("T", bound="GetMockCallLogsResponse")


@_attrs_define
class GetMockCallLogsResponse(Model):
    """Body of GET /mocks/{mockId}/call-logs."""

    call_logs: list[MockCallLog] | Unset = UNSET
    """ The calls on this page, each with what was asked and what was answered. """
    meta: MockCallLogPageMeta | Unset = UNSET
    """ Paging information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "call_logs",
        "meta",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        call_logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_logs, Unset):
            call_logs = []
            for call_logs_item_data in self.call_logs:
                call_logs_item = call_logs_item_data.to_dict()
                call_logs.append(call_logs_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_logs is not UNSET:
            field_dict["call-logs"] = call_logs
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GetMockCallLogsResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.mock_call_log import MockCallLog  # noqa: PLC0415
        from postman_raw.models.mock_call_log_page_meta import MockCallLogPageMeta  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _call_logs = d.pop("call-logs", UNSET)
        call_logs: list[MockCallLog] | Unset = UNSET
        if _call_logs is not UNSET:
            call_logs = []
            for call_logs_item_data in _call_logs:
                call_logs_item = MockCallLog.from_dict(call_logs_item_data)

                call_logs.append(call_logs_item)

        _set(self, "call_logs", call_logs)

        _meta = d.pop("meta", UNSET)
        meta: MockCallLogPageMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = MockCallLogPageMeta.from_dict(_meta)

        _set(self, "meta", meta)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("call-logs", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("meta", UNSET)
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
