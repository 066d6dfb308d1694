from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "location" in flaws:
            keep_raw(field_dict, flaws["location"])
        else:
            location = self.location
            if location is not UNSET:
                field_dict["location"] = location

        if flaws is not None and "occurrences" in flaws:
            keep_raw(field_dict, flaws["occurrences"])
        else:
            occurrences = self.occurrences
            if occurrences is not UNSET:
                field_dict["occurrences"] = occurrences

        if flaws is not None and "resource_type" in flaws:
            keep_raw(field_dict, flaws["resource_type"])
        else:
            resource_type = self.resource_type
            if resource_type is not UNSET:
                field_dict["resourceType"] = resource_type

        if flaws is not None and "resource_id" in flaws:
            keep_raw(field_dict, flaws["resource_id"])
        else:
            resource_id = self.resource_id
            if resource_id is not UNSET:
                field_dict["resourceId"] = resource_id

        if flaws is not None and "parent_resource_id" in flaws:
            keep_raw(field_dict, flaws["parent_resource_id"])
        else:
            parent_resource_id = self.parent_resource_id
            if parent_resource_id is not UNSET:
                field_dict["parentResourceId"] = parent_resource_id

        if flaws is not None and "is_resource_deleted" in flaws:
            keep_raw(field_dict, flaws["is_resource_deleted"])
        else:
            is_resource_deleted = self.is_resource_deleted
            if is_resource_deleted is not UNSET:
                field_dict["isResourceDeleted"] = is_resource_deleted

        if flaws is not None and "leaked_by" in flaws:
            keep_raw(field_dict, flaws["leaked_by"])
        else:
            leaked_by = self.leaked_by
            if leaked_by is not UNSET:
                field_dict["leakedBy"] = leaked_by

        if flaws is not None and "detected_at" in flaws:
            keep_raw(field_dict, flaws["detected_at"])
        else:
            detected_at: str | Unset = UNSET
            if not isinstance(self.detected_at, Unset):
                detected_at = datetime_text(self.detected_at)
            if detected_at is not UNSET:
                field_dict["detectedAt"] = detected_at

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url = self.url
            if url is not UNSET:
                field_dict["url"] = url

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecretLocation that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("location", UNSET)
        try:
            location = _value
            if location is not UNSET and not (isinstance(location, str)):
                raise wrong_type("str", location)
            _set(self, "location", location)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "location", "location", _value, error)

        _value = d.pop("occurrences", UNSET)
        try:
            occurrences = _value
            if occurrences is not UNSET and not (type(occurrences) is int):
                raise wrong_type("int", occurrences)
            _set(self, "occurrences", occurrences)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "occurrences", "occurrences", _value, error)

        _value = d.pop("resourceType", UNSET)
        try:
            resource_type = _value
            if resource_type is not UNSET and not (isinstance(resource_type, str)):
                raise wrong_type("str", resource_type)
            _set(self, "resource_type", resource_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resource_type", "resourceType", _value, error)

        _value = d.pop("resourceId", UNSET)
        try:
            resource_id = _value
            if resource_id is not UNSET and not (isinstance(resource_id, str)):
                raise wrong_type("str", resource_id)
            _set(self, "resource_id", resource_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resource_id", "resourceId", _value, error)

        _value = d.pop("parentResourceId", UNSET)
        try:
            parent_resource_id = _value
            if parent_resource_id is not UNSET and not (isinstance(parent_resource_id, str)):
                raise wrong_type("str", parent_resource_id)
            _set(self, "parent_resource_id", parent_resource_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "parent_resource_id", "parentResourceId", _value, error)

        _value = d.pop("isResourceDeleted", UNSET)
        try:
            is_resource_deleted = _value
            if is_resource_deleted is not UNSET and not (type(is_resource_deleted) is bool):
                raise wrong_type("bool", is_resource_deleted)
            _set(self, "is_resource_deleted", is_resource_deleted)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_resource_deleted", "isResourceDeleted", _value, error)

        _value = d.pop("leakedBy", UNSET)
        try:
            leaked_by = _value
            if leaked_by is not UNSET and not (type(leaked_by) is int):
                raise wrong_type("int", leaked_by)
            _set(self, "leaked_by", leaked_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "leaked_by", "leakedBy", _value, error)

        _value = d.pop("detectedAt", UNSET)
        try:
            _detected_at = _value
            detected_at: datetime.datetime | Unset
            if isinstance(_detected_at, Unset):
                detected_at = UNSET
            else:
                detected_at = parse_datetime(_detected_at)

            _set(self, "detected_at", detected_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "detected_at", "detectedAt", _value, error)

        _value = d.pop("url", UNSET)
        try:
            url = _value
            if url is not UNSET and not (isinstance(url, str)):
                raise wrong_type("str", url)
            _set(self, "url", url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "url", "url", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("detectedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
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
