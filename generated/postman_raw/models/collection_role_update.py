from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_role_update_op import CollectionRoleUpdateOp, check_collection_role_update_op
from ..models.collection_role_update_path import CollectionRoleUpdatePath, check_collection_role_update_path

if TYPE_CHECKING:
    from ..models.collection_role_assignment import CollectionRoleAssignment


T = TypeVar("T", bound="CollectionRoleUpdate")


@_attrs_define
class CollectionRoleUpdate:
    """Role changes for one kind of holder."""

    op: CollectionRoleUpdateOp
    """ The operation; only `update` exists. """
    path: CollectionRoleUpdatePath
    """ Which kind of holder the entries of `value` are. """
    value: list[CollectionRoleAssignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

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
        from postman_raw.models.collection_role_assignment import CollectionRoleAssignment  # noqa: PLC0415

        d = dict(src_dict)
        op = check_collection_role_update_op(d.pop("op"))

        path = check_collection_role_update_path(d.pop("path"))

        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = CollectionRoleAssignment.from_dict(value_item_data)

            value.append(value_item)

        collection_role_update = cls(
            op=op,
            path=path,
            value=value,
        )

        collection_role_update.additional_properties = d
        return collection_role_update

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
