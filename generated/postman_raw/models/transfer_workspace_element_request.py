from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_workspace_element_request_type import (
    TransferWorkspaceElementRequestType,
    check_transfer_workspace_element_request_type,
)
from ..types import UNSET, Model, accepts, read_lazily

T = TypeVar("T", bound="TransferWorkspaceElementRequest")


@_attrs_define
class TransferWorkspaceElementRequest(Model):
    """Body of POST /workspaces/{workspaceId}/element-transfers."""

    id: str
    """ The element's id, or its uid for a collection. """
    type_: TransferWorkspaceElementRequestType
    to: str
    """ Id of the workspace to move the element into. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TransferWorkspaceElementRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id")
        _set(self, "id", id)

        type_ = check_transfer_workspace_element_request_type(d.pop("type"))

        _set(self, "type_", type_)

        to = d.pop("to")
        _set(self, "to", to)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("id", UNSET)
        if value is UNSET:
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_transfer_workspace_element_request_type, value)):
            return False
        value = data.get("to", UNSET)
        if value is UNSET:
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
