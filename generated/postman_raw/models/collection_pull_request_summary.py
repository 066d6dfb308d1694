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

T = TypeVar("T", bound="CollectionPullRequestSummary")


@_attrs_define
class CollectionPullRequestSummary(Model):
    """One pull request that involves the collection."""

    id: str | Unset = UNSET
    """ The pull request's id; use it with /pull-requests/{pullRequestId}. """
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values: `open`, `approved`, `declined`, `merged`. """
    comment: str | Unset = UNSET
    """ The reason given when the pull request was declined. """
    source_id: str | Unset = UNSET
    """ Uid of the fork whose changes are proposed. """
    destination_id: str | Unset = UNSET
    """ Uid of the collection the changes would be merged into. """
    href: str | Unset = UNSET
    """ API path of the pull request, such as `/pull-requests/{id}`. """
    created_by: str | Unset = UNSET
    """ Numeric id of the user who opened the pull request, as a string. """
    updated_by: str | Unset = UNSET
    """ Numeric id of the user who last changed the pull request, as a string. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
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

        if flaws is not None and "title" in flaws:
            keep_raw(field_dict, flaws["title"])
        else:
            title = self.title
            if title is not UNSET:
                field_dict["title"] = title

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "comment" in flaws:
            keep_raw(field_dict, flaws["comment"])
        else:
            comment = self.comment
            if comment is not UNSET:
                field_dict["comment"] = comment

        if flaws is not None and "source_id" in flaws:
            keep_raw(field_dict, flaws["source_id"])
        else:
            source_id = self.source_id
            if source_id is not UNSET:
                field_dict["sourceId"] = source_id

        if flaws is not None and "destination_id" in flaws:
            keep_raw(field_dict, flaws["destination_id"])
        else:
            destination_id = self.destination_id
            if destination_id is not UNSET:
                field_dict["destinationId"] = destination_id

        if flaws is not None and "href" in flaws:
            keep_raw(field_dict, flaws["href"])
        else:
            href = self.href
            if href is not UNSET:
                field_dict["href"] = href

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by = self.created_by
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

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionPullRequestSummary that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("title", UNSET)
        try:
            title = _value
            if title is not UNSET and not (isinstance(title, str)):
                raise wrong_type("str", title)
            _set(self, "title", title)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "title", "title", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("comment", UNSET)
        try:
            comment = _value
            if comment is not UNSET and not (isinstance(comment, str)):
                raise wrong_type("str", comment)
            _set(self, "comment", comment)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "comment", "comment", _value, error)

        _value = d.pop("sourceId", UNSET)
        try:
            source_id = _value
            if source_id is not UNSET and not (isinstance(source_id, str)):
                raise wrong_type("str", source_id)
            _set(self, "source_id", source_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "source_id", "sourceId", _value, error)

        _value = d.pop("destinationId", UNSET)
        try:
            destination_id = _value
            if destination_id is not UNSET and not (isinstance(destination_id, str)):
                raise wrong_type("str", destination_id)
            _set(self, "destination_id", destination_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "destination_id", "destinationId", _value, error)

        _value = d.pop("href", UNSET)
        try:
            href = _value
            if href is not UNSET and not (isinstance(href, str)):
                raise wrong_type("str", href)
            _set(self, "href", href)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "href", "href", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            created_by = _value
            if created_by is not UNSET and not (isinstance(created_by, str)):
                raise wrong_type("str", created_by)
            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _value = d.pop("updatedBy", UNSET)
        try:
            updated_by = _value
            if updated_by is not UNSET and not (isinstance(updated_by, str)):
                raise wrong_type("str", updated_by)
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

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
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
