from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_workspace_update_request_category import (
    CreateWorkspaceUpdateRequestCategory,
    check_create_workspace_update_request_category,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.workspace_update_related_resource import WorkspaceUpdateRelatedResource


T = TypeVar("T", bound="CreateWorkspaceUpdateRequest")


@_attrs_define
class CreateWorkspaceUpdateRequest(Model):
    """Body of POST /workspaces/{workspaceId}/updates."""

    topic: str
    """ The title. """
    description: str
    """ The text. """
    category: CreateWorkspaceUpdateRequestCategory
    related_resources: list[WorkspaceUpdateRelatedResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("related_resources",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "topic" in flaws:
            keep_raw(field_dict, flaws["topic"])
        else:
            topic = self.topic
            field_dict["topic"] = topic

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            field_dict["description"] = description

        if flaws is not None and "category" in flaws:
            keep_raw(field_dict, flaws["category"])
        else:
            category: str = self.category
            field_dict["category"] = category

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
        """A CreateWorkspaceUpdateRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.workspace_update_related_resource import WorkspaceUpdateRelatedResource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("topic", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("topic")
            topic = _value
            if not (isinstance(topic, str)):
                raise wrong_type("str", topic)
            _set(self, "topic", topic)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "topic", "topic", _value, error)

        _value = d.pop("description", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("description")
            description = _value
            if not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("category", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("category")
            category = enum_value(check_create_workspace_update_request_category, _value)

            _set(self, "category", category)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "category", "category", _value, error)

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
        value = data.get("topic", UNSET)
        if value is UNSET:
            return False
        value = data.get("description", UNSET)
        if value is UNSET:
            return False
        value = data.get("category", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_create_workspace_update_request_category, value))
        ):
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
