from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_event import AuditLogEvent


T = TypeVar("T", bound="GetAuditLogsResponse")


@_attrs_define
class GetAuditLogsResponse:
    """Body of GET /audit/logs."""

    trails: list[AuditLogEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trails, Unset):
            trails = []
            for trails_item_data in self.trails:
                trails_item = trails_item_data.to_dict()
                trails.append(trails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trails is not UNSET:
            field_dict["trails"] = trails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.audit_log_event import AuditLogEvent  # noqa: PLC0415

        d = dict(src_dict)
        _trails = d.pop("trails", UNSET)
        trails: list[AuditLogEvent] | Unset = UNSET
        if _trails is not UNSET:
            trails = []
            for trails_item_data in _trails:
                trails_item = AuditLogEvent.from_dict(trails_item_data)

                trails.append(trails_item)

        get_audit_logs_response = cls(
            trails=trails,
        )

        get_audit_logs_response.additional_properties = d
        return get_audit_logs_response

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
