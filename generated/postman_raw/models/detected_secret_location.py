from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="DetectedSecretLocation")


@_attrs_define
class DetectedSecretLocation(Model):
    """One place where a detected secret occurs."""

    location: str | Unset = UNSET
    """ Part of the resource holding the secret, for example `Headers`, `Body` or `Environment`. """
    occurrences: int | Unset = UNSET
    """ How many times the secret occurs there. """
    resource_type: str | Unset = UNSET
    """ Kind of resource, for example `request`, `example`, `environment` or `globals`. """
    resource_id: str | Unset = UNSET
    """ The resource's uid. """
    parent_resource_id: str | Unset = UNSET
    """ Uid of the resource's container: the collection for a request, folder or example;
    the resource itself for a collection, environment or globals.
     """
    is_resource_deleted: bool | Unset = UNSET
    """ Whether the resource has since been deleted. """
    leaked_by: int | Unset = UNSET
    """ Id of the user who exposed the secret. """
    detected_at: datetime.datetime | Unset = UNSET
    """ When the secret was found there. """
    url: str | Unset = UNSET
    """ Link to the resource in Postman. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        occurrences = self.occurrences

        resource_type = self.resource_type

        resource_id = self.resource_id

        parent_resource_id = self.parent_resource_id

        is_resource_deleted = self.is_resource_deleted

        leaked_by = self.leaked_by

        detected_at: str | Unset = UNSET
        if not isinstance(self.detected_at, Unset):
            detected_at = self.detected_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        if occurrences is not UNSET:
            field_dict["occurrences"] = occurrences
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if parent_resource_id is not UNSET:
            field_dict["parentResourceId"] = parent_resource_id
        if is_resource_deleted is not UNSET:
            field_dict["isResourceDeleted"] = is_resource_deleted
        if leaked_by is not UNSET:
            field_dict["leakedBy"] = leaked_by
        if detected_at is not UNSET:
            field_dict["detectedAt"] = detected_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecretLocation that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        location = d.pop("location", UNSET)
        _set(self, "location", location)

        occurrences = d.pop("occurrences", UNSET)
        _set(self, "occurrences", occurrences)

        resource_type = d.pop("resourceType", UNSET)
        _set(self, "resource_type", resource_type)

        resource_id = d.pop("resourceId", UNSET)
        _set(self, "resource_id", resource_id)

        parent_resource_id = d.pop("parentResourceId", UNSET)
        _set(self, "parent_resource_id", parent_resource_id)

        is_resource_deleted = d.pop("isResourceDeleted", UNSET)
        _set(self, "is_resource_deleted", is_resource_deleted)

        leaked_by = d.pop("leakedBy", UNSET)
        _set(self, "leaked_by", leaked_by)

        _detected_at = d.pop("detectedAt", UNSET)
        detected_at: datetime.datetime | Unset
        if isinstance(_detected_at, Unset):
            detected_at = UNSET
        else:
            detected_at = datetime.datetime.fromisoformat(_detected_at)

        _set(self, "detected_at", detected_at)

        url = d.pop("url", UNSET)
        _set(self, "url", url)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("detectedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
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
