from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerRemovalResultItem")


@_attrs_define
class PartnerRemovalResultItem:
    """What happened to one partner."""

    user_id: str | Unset = UNSET
    status: str | Unset = UNSET
    """ `REMOVED` or `FAILED`. """
    message: str | Unset = UNSET
    error: str | Unset = UNSET
    """ Why the removal failed (with `FAILED`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        status = self.status

        message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        error = d.pop("error", UNSET)

        partner_removal_result_item = cls(
            user_id=user_id,
            status=status,
            message=message,
            error=error,
        )

        partner_removal_result_item.additional_properties = d
        return partner_removal_result_item

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
