from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_role_assignment_role import CollectionRoleAssignmentRole, check_collection_role_assignment_role

T = TypeVar("T", bound="CollectionRoleAssignment")


@_attrs_define
class CollectionRoleAssignment:
    """The role to give one user, group or team."""

    id: int
    """ Id of the user, group or team. """
    role: CollectionRoleAssignmentRole
    """ `VIEWER` (view, fork, export) or `EDITOR` (also edit). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        role = check_collection_role_assignment_role(d.pop("role"))

        collection_role_assignment = cls(
            id=id,
            role=role,
        )

        collection_role_assignment.additional_properties = d
        return collection_role_assignment

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
