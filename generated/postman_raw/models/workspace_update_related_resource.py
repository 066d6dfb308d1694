from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceUpdateRelatedResource")


@_attrs_define
class WorkspaceUpdateRelatedResource:
    """An element a workspace update links to."""

    resource: str
    """ `collection`, `request`, `response`, `folder`, `extensibleCollection` or `extensibleCollectionItem`. """
    resource_id: str
    """ The element's id (a uid for collections). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "resourceId": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = d.pop("resource")

        resource_id = d.pop("resourceId")

        workspace_update_related_resource = cls(
            resource=resource,
            resource_id=resource_id,
        )

        workspace_update_related_resource.additional_properties = d
        return workspace_update_related_resource

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
