from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.workspace_update_related_resource import WorkspaceUpdateRelatedResource


T = TypeVar("T", bound="WorkspaceUpdateSaved")


@_attrs_define
class WorkspaceUpdateSaved(Model):
    """Body of POST /workspaces/{workspaceId}/updates and PATCH
    /workspaces/{workspaceId}/updates/{updateId}: the update as stored, with `createdBy` as a
    plain user id.

    """

    id: int | Unset = UNSET
    topic: str | Unset = UNSET
    description: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    created_by: int | Unset = UNSET
    """ Id of the user who posted the update. """
    updated_by: int | Unset = UNSET
    """ Id of the user who last changed the update. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    category: str | Unset = UNSET
    """ `improvement`, `new_feature`, `bug_fix`, `breaking_change` or `announcement`. """
    is_pinned: bool | Unset = UNSET
    related_resources: list[WorkspaceUpdateRelatedResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("related_resources",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        topic = self.topic

        description = self.description

        workspace_id = self.workspace_id

        created_by = self.created_by

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        category = self.category

        is_pinned = self.is_pinned

        related_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_resources, Unset):
            related_resources = []
            for related_resources_item_data in self.related_resources:
                related_resources_item = related_resources_item_data.to_dict()
                related_resources.append(related_resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if topic is not UNSET:
            field_dict["topic"] = topic
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if category is not UNSET:
            field_dict["category"] = category
        if is_pinned is not UNSET:
            field_dict["isPinned"] = is_pinned
        if related_resources is not UNSET:
            field_dict["relatedResources"] = related_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceUpdateSaved that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.workspace_update_related_resource import WorkspaceUpdateRelatedResource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        topic = d.pop("topic", UNSET)
        _set(self, "topic", topic)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        workspace_id = d.pop("workspaceId", UNSET)
        _set(self, "workspace_id", workspace_id)

        created_by = d.pop("createdBy", UNSET)
        _set(self, "created_by", created_by)

        updated_by = d.pop("updatedBy", UNSET)
        _set(self, "updated_by", updated_by)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _set(self, "created_at", created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _set(self, "updated_at", updated_at)

        category = d.pop("category", UNSET)
        _set(self, "category", category)

        is_pinned = d.pop("isPinned", UNSET)
        _set(self, "is_pinned", is_pinned)

        _related_resources = d.pop("relatedResources", UNSET)
        related_resources: list[WorkspaceUpdateRelatedResource] | Unset = UNSET
        if _related_resources is not UNSET:
            related_resources = []
            for related_resources_item_data in _related_resources:
                related_resources_item = WorkspaceUpdateRelatedResource.from_dict(related_resources_item_data)

                related_resources.append(related_resources_item)

        _set(self, "related_resources", related_resources)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("relatedResources", UNSET)
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
