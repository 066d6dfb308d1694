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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "call_logs" in flaws:
            keep_raw(field_dict, flaws["call_logs"])
        else:
            call_logs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.call_logs, Unset):
                call_logs = []
                for call_logs_item_data in self.call_logs:
                    call_logs_item = call_logs_item_data.to_dict()
                    call_logs.append(call_logs_item)

            if call_logs is not UNSET:
                field_dict["call-logs"] = call_logs

        if flaws is not None and "meta" in flaws:
            keep_raw(field_dict, flaws["meta"])
        else:
            meta: dict[str, Any] | Unset = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
            if meta is not UNSET:
                field_dict["meta"] = meta

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GetMockCallLogsResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.mock_call_log import MockCallLog  # noqa: PLC0415
        from postman_raw.models.mock_call_log_page_meta import MockCallLogPageMeta  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("call-logs", UNSET)
        try:
            _call_logs = _value
            call_logs: list[MockCallLog] | Unset = UNSET
            if _call_logs is not UNSET:
                if not isinstance(_call_logs, list):
                    raise wrong_type("an array", _call_logs)
                call_logs = []
                for call_logs_item_data in _call_logs:
                    call_logs_item = MockCallLog.from_dict(call_logs_item_data)

                    call_logs.append(call_logs_item)

            _set(self, "call_logs", call_logs)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "call_logs", "call-logs", _value, error)

        _value = d.pop("meta", UNSET)
        try:
            _meta = _value
            meta: MockCallLogPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = MockCallLogPageMeta.from_dict(_meta)

            _set(self, "meta", meta)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "meta", "meta", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("call-logs", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("meta", UNSET)
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
