from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_workspace_update_request_category import (
    CreateWorkspaceUpdateRequestCategory,
    check_create_workspace_update_request_category,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_update_related_resource import WorkspaceUpdateRelatedResource


T = TypeVar("T", bound="CreateWorkspaceUpdateRequest")


@_attrs_define
class CreateWorkspaceUpdateRequest:
    """Body of POST /workspaces/{workspaceId}/updates."""

    topic: str
    """ The title. """
    description: str
    """ The text. """
    category: CreateWorkspaceUpdateRequestCategory
    related_resources: list[WorkspaceUpdateRelatedResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        description = self.description

        category: str = self.category

        related_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_resources, Unset):
            related_resources = []
            for related_resources_item_data in self.related_resources:
                related_resources_item = related_resources_item_data.to_dict()
                related_resources.append(related_resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "description": description,
                "category": category,
            }
        )
        if related_resources is not UNSET:
            field_dict["relatedResources"] = related_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.workspace_update_related_resource import WorkspaceUpdateRelatedResource  # noqa: PLC0415

        d = dict(src_dict)
        topic = d.pop("topic")

        description = d.pop("description")

        category = check_create_workspace_update_request_category(d.pop("category"))

        _related_resources = d.pop("relatedResources", UNSET)
        related_resources: list[WorkspaceUpdateRelatedResource] | Unset = UNSET
        if _related_resources is not UNSET:
            related_resources = []
            for related_resources_item_data in _related_resources:
                related_resources_item = WorkspaceUpdateRelatedResource.from_dict(related_resources_item_data)

                related_resources.append(related_resources_item)

        create_workspace_update_request = cls(
            topic=topic,
            description=description,
            category=category,
            related_resources=related_resources,
        )

        create_workspace_update_request.additional_properties = d
        return create_workspace_update_request

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
