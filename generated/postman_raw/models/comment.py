from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment(Model):
    """One comment. Comments are grouped in threads: the first comment opens the thread and
    the others are replies in it.

    """

    id: int
    """ The comment's numeric id. """
    thread_id: int
    """ The thread the comment belongs to. """
    created_by: int
    """ Numeric id of the user who wrote the comment. """
    created_at: datetime.datetime
    """ When the comment was written. """
    updated_at: datetime.datetime
    """ When the comment was last edited (equal to `createdAt` if never edited). """
    body: str
    """ The comment's text, with mentions written as `@username`. """
    status: str | Unset = UNSET
    """ State of the comment's thread: `Open` or `Resolved`. Always present in lists; documented as optional in
    create and update results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thread_id = self.thread_id

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        body = self.body

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "threadId": thread_id,
                "createdBy": created_by,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "body": body,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Comment that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id")
        _set(self, "id", id)

        thread_id = d.pop("threadId")
        _set(self, "thread_id", thread_id)

        created_by = d.pop("createdBy")
        _set(self, "created_by", created_by)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _set(self, "created_at", created_at)

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _set(self, "updated_at", updated_at)

        body = d.pop("body")
        _set(self, "body", body)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("id", UNSET)
        if value is UNSET:
            return False
        value = data.get("threadId", UNSET)
        if value is UNSET:
            return False
        value = data.get("createdBy", UNSET)
        if value is UNSET:
            return False
        value = data.get("createdAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("body", UNSET)
        if value is UNSET:
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
