from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.workspace_update_author import WorkspaceUpdateAuthor
    from ..models.workspace_update_related_resource import WorkspaceUpdateRelatedResource


T = TypeVar("T", bound="WorkspaceUpdate")


@_attrs_define
class WorkspaceUpdate(Model):
    """An update (announcement) posted in a workspace, as read back."""

    id: int | Unset = UNSET
    topic: str | Unset = UNSET
    """ The update's title. """
    description: str | Unset = UNSET
    """ The update's text. """
    workspace_id: str | Unset = UNSET
    created_by: WorkspaceUpdateAuthor | Unset = UNSET
    """ The user who posted the update. """
    updated_by: int | Unset = UNSET
    """ Id of the user who last changed the update. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    category: str | Unset = UNSET
    """ `improvement`, `new_feature`, `bug_fix`, `breaking_change` or `announcement`. """
    is_pinned: bool | Unset = UNSET
    """ True when the update is pinned to the top of the list. """
    related_resources: list[WorkspaceUpdateRelatedResource] | Unset = UNSET
    """ Elements the update links to (at most ten). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "created_by",
        "related_resources",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "topic" in flaws:
            keep_raw(field_dict, flaws["topic"])
        else:
            topic = self.topic
            if topic is not UNSET:
                field_dict["topic"] = topic

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "workspace_id" in flaws:
            keep_raw(field_dict, flaws["workspace_id"])
        else:
            workspace_id = self.workspace_id
            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by: dict[str, Any] | Unset = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = self.created_by.to_dict()
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None and "updated_by" in flaws:
            keep_raw(field_dict, flaws["updated_by"])
        else:
            updated_by = self.updated_by
            if updated_by is not UNSET:
                field_dict["updatedBy"] = updated_by

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = datetime_text(self.created_at)
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = datetime_text(self.updated_at)
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at

        if flaws is not None and "category" in flaws:
            keep_raw(field_dict, flaws["category"])
        else:
            category = self.category
            if category is not UNSET:
                field_dict["category"] = category

        if flaws is not None and "is_pinned" in flaws:
            keep_raw(field_dict, flaws["is_pinned"])
        else:
            is_pinned = self.is_pinned
            if is_pinned is not UNSET:
                field_dict["isPinned"] = is_pinned

        if flaws is not None and "related_resources" in flaws:
            keep_raw(field_dict, flaws["related_resources"])
        else:
            related_resources: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.related_resources, Unset):
                related_resources = []
                for related_resources_item_data in self.related_resources:
                    related_resources_item = related_resources_item_data.to_dict()
                    related_resources.append(related_resources_item)

            if related_resources is not UNSET:
                field_dict["relatedResources"] = related_resources

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceUpdate that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.workspace_update_author import WorkspaceUpdateAuthor  # noqa: PLC0415
        from postman_raw.models.workspace_update_related_resource import WorkspaceUpdateRelatedResource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (type(id) is int):
                raise wrong_type("int", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("topic", UNSET)
        try:
            topic = _value
            if topic is not UNSET and not (isinstance(topic, str)):
                raise wrong_type("str", topic)
            _set(self, "topic", topic)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "topic", "topic", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("workspaceId", UNSET)
        try:
            workspace_id = _value
            if workspace_id is not UNSET and not (isinstance(workspace_id, str)):
                raise wrong_type("str", workspace_id)
            _set(self, "workspace_id", workspace_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_id", "workspaceId", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            _created_by = _value
            created_by: WorkspaceUpdateAuthor | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = WorkspaceUpdateAuthor.from_dict(_created_by)

            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _value = d.pop("updatedBy", UNSET)
        try:
            updated_by = _value
            if updated_by is not UNSET and not (type(updated_by) is int):
                raise wrong_type("int", updated_by)
            _set(self, "updated_by", updated_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_by", "updatedBy", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            _created_at = _value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            _updated_at = _value
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

        _value = d.pop("category", UNSET)
        try:
            category = _value
            if category is not UNSET and not (isinstance(category, str)):
                raise wrong_type("str", category)
            _set(self, "category", category)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "category", "category", _value, error)

        _value = d.pop("isPinned", UNSET)
        try:
            is_pinned = _value
            if is_pinned is not UNSET and not (type(is_pinned) is bool):
                raise wrong_type("bool", is_pinned)
            _set(self, "is_pinned", is_pinned)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_pinned", "isPinned", _value, error)

        _value = d.pop("relatedResources", UNSET)
        try:
            _related_resources = _value
            related_resources: list[WorkspaceUpdateRelatedResource] | Unset = UNSET
            if _related_resources is not UNSET:
                if not isinstance(_related_resources, list):
                    raise wrong_type("an array", _related_resources)
                related_resources = []
                for related_resources_item_data in _related_resources:
                    related_resources_item = WorkspaceUpdateRelatedResource.from_dict(related_resources_item_data)

                    related_resources.append(related_resources_item)

            _set(self, "related_resources", related_resources)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "related_resources", "relatedResources", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdBy", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("relatedResources", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
