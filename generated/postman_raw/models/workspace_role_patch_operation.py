from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_role_patch_operation_path import (
    WorkspaceRolePatchOperationPath,
    check_workspace_role_patch_operation_path,
)
from ..types import UNSET, Model, accepts, read_lazily

if TYPE_CHECKING:
    from ..models.workspace_role_grant import WorkspaceRoleGrant


T = TypeVar("T", bound="WorkspaceRolePatchOperation")


@_attrs_define
class WorkspaceRolePatchOperation(Model):
    """Grant or revoke roles for one kind of holder."""

    op: str
    """ `add` to grant, `remove` to revoke. """
    path: WorkspaceRolePatchOperationPath
    """ The kind of holder: users, user groups or partners. """
    value: list[WorkspaceRoleGrant]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("value",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        path: str = self.path

        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceRolePatchOperation that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.workspace_role_grant import WorkspaceRoleGrant  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        op = d.pop("op")
        _set(self, "op", op)

        path = check_workspace_role_patch_operation_path(d.pop("path"))

        _set(self, "path", path)

        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = WorkspaceRoleGrant.from_dict(value_item_data)

            value.append(value_item)

        _set(self, "value", value)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("op", UNSET)
        if value is UNSET:
            return False
        value = data.get("path", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_workspace_role_patch_operation_path, value)):
            return False
        value = data.get("value", UNSET)
        if value is UNSET:
            return False
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
