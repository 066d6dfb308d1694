from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="SpecVersionTagEntry")


@_attrs_define
class SpecVersionTagEntry(Model):
    """A file or folder of a spec as it was when a version tag was created."""

    id: str | Unset = UNSET
    """ The file's or folder's id. """
    name: str | Unset = UNSET
    path: str | Unset = UNSET
    """ The path within the spec. """
    type_: str | Unset = UNSET
    """ `FILE` or `FOLDER`. """
    file_type: str | Unset = UNSET
    """ Files only: `ROOT` for the entry-point file, `DEFAULT` for any other. """
    content: str | Unset = UNSET
    """ Files only; the file's contents as text. """
    parent_id: str | Unset = UNSET
    """ Id of the enclosing folder; absent at the top level. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the entry. Sent as a string here (`"12345678"`), unlike elsewhere in Specs. """
    updated_by: str | Unset = UNSET
    """ Id of the user who changed the entry last, as a string. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        path = self.path

        type_ = self.type_

        file_type = self.file_type

        content = self.content

        parent_id = self.parent_id

        created_by = self.created_by

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_type is not UNSET:
            field_dict["fileType"] = file_type
        if content is not UNSET:
            field_dict["content"] = content
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SpecVersionTagEntry that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        path = d.pop("path", UNSET)
        _set(self, "path", path)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        file_type = d.pop("fileType", UNSET)
        _set(self, "file_type", file_type)

        content = d.pop("content", UNSET)
        _set(self, "content", content)

        parent_id = d.pop("parentId", UNSET)
        _set(self, "parent_id", parent_id)

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
