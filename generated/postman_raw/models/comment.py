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

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment(Model):
    """One comment. Comments are grouped in threads: the first comment opens the thread and
    the others are replies in it. Postman does not promise any of these fields, so none is
    required.

    """

    id: int | Unset = UNSET
    """ The comment's numeric id. """
    thread_id: int | Unset = UNSET
    """ The thread the comment belongs to. """
    status: str | Unset = UNSET
    """ State of the comment's thread: `Open` or `Resolved`. Always present in lists; documented as optional in
    create and update results. """
    created_by: int | Unset = UNSET
    """ Numeric id of the user who wrote the comment. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the comment was written. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the comment was last edited (equal to `createdAt` if never edited). """
    body: str | Unset = UNSET
    """ The comment's text, with mentions written as `@username`. """
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

        if flaws is not None and "thread_id" in flaws:
            keep_raw(field_dict, flaws["thread_id"])
        else:
            thread_id = self.thread_id
            if thread_id is not UNSET:
                field_dict["threadId"] = thread_id

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by = self.created_by
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

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

        if flaws is not None and "body" in flaws:
            keep_raw(field_dict, flaws["body"])
        else:
            body = self.body
            if body is not UNSET:
                field_dict["body"] = body

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Comment that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
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

        _value = d.pop("threadId", UNSET)
        try:
            thread_id = _value
            if thread_id is not UNSET and not (type(thread_id) is int):
                raise wrong_type("int", thread_id)
            _set(self, "thread_id", thread_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "thread_id", "threadId", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            created_by = _value
            if created_by is not UNSET and not (type(created_by) is int):
                raise wrong_type("int", created_by)
            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

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

        _value = d.pop("body", UNSET)
        try:
            body = _value
            if body is not UNSET and not (isinstance(body, str)):
                raise wrong_type("str", body)
            _set(self, "body", body)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "body", "body", _value, error)

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
