from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="PrivateNetworkElement")


@_attrs_define
class PrivateNetworkElement(Model):
    """A workspace published in the Private API Network."""

    id: str | Unset = UNSET
    """ The workspace's id. """
    type_: str | Unset = UNSET
    """ Kind of element; currently always `workspace`. """
    name: str | Unset = UNSET
    summary: None | str | Unset = UNSET
    """ Short summary of the workspace. """
    description: None | str | Unset = UNSET
    """ Longer description of the workspace. """
    href: str | Unset = UNSET
    """ API URL of the workspace. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the element was created. """
    created_by: int | Unset = UNSET
    """ Id of the user who created the element. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the element last changed. """
    updated_by: int | Unset = UNSET
    """ Id of the user who last changed the element. """
    added_at: datetime.datetime | Unset = UNSET
    """ When the workspace was published in the network (equal to `updatedAt`). """
    added_by: int | Unset = UNSET
    """ Id of the user who published the workspace. """
    parent_folder_id: int | None | Unset = UNSET
    """ Left over from when the network had folders; `0` in lists, null on creation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        href = self.href

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        added_at: str | Unset = UNSET
        if not isinstance(self.added_at, Unset):
            added_at = self.added_at.isoformat()

        added_by = self.added_by

        parent_folder_id: int | None | Unset
        if isinstance(self.parent_folder_id, Unset):
            parent_folder_id = UNSET
        else:
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if summary is not UNSET:
            field_dict["summary"] = summary
        if description is not UNSET:
            field_dict["description"] = description
        if href is not UNSET:
            field_dict["href"] = href
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if added_at is not UNSET:
            field_dict["addedAt"] = added_at
        if added_by is not UNSET:
            field_dict["addedBy"] = added_by
        if parent_folder_id is not UNSET:
            field_dict["parentFolderId"] = parent_folder_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PrivateNetworkElement that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        summary = _parse_summary(d.pop("summary", UNSET))

        _set(self, "summary", summary)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

        href = d.pop("href", UNSET)
        _set(self, "href", href)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _set(self, "created_at", created_at)

        created_by = d.pop("createdBy", UNSET)
        _set(self, "created_by", created_by)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _set(self, "updated_at", updated_at)

        updated_by = d.pop("updatedBy", UNSET)
        _set(self, "updated_by", updated_by)

        _added_at = d.pop("addedAt", UNSET)
        added_at: datetime.datetime | Unset
        if isinstance(_added_at, Unset):
            added_at = UNSET
        else:
            added_at = datetime.datetime.fromisoformat(_added_at)

        _set(self, "added_at", added_at)

        added_by = d.pop("addedBy", UNSET)
        _set(self, "added_by", added_by)

        def _parse_parent_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        parent_folder_id = _parse_parent_folder_id(d.pop("parentFolderId", UNSET))

        _set(self, "parent_folder_id", parent_folder_id)

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
        value = data.get("addedAt", UNSET)
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
