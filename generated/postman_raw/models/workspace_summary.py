from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.workspace_scim_ids import WorkspaceScimIds


T = TypeVar("T", bound="WorkspaceSummary")


@_attrs_define
class WorkspaceSummary(Model):
    """A workspace as listed by GET /workspaces."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ `personal`, `team`, `private`, `public` or `partner` (non-personal workspaces usually report `team`; see
    `visibility`). """
    visibility: str | Unset = UNSET
    """ Who can open the workspace: `personal`, `team`, `private`, `public` or `partner`. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the workspace. """
    about: str | Unset = UNSET
    """ Short summary of the workspace. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    scim: WorkspaceScimIds | Unset = UNSET
    """ SCIM ids of the people behind a workspace (only with `include=scim`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("scim",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        visibility = self.visibility

        created_by = self.created_by

        about = self.about

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        scim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scim, Unset):
            scim = self.scim.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if about is not UNSET:
            field_dict["about"] = about
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if scim is not UNSET:
            field_dict["scim"] = scim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A WorkspaceSummary that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.workspace_scim_ids import WorkspaceScimIds  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        visibility = d.pop("visibility", UNSET)
        _set(self, "visibility", visibility)

        created_by = d.pop("createdBy", UNSET)
        _set(self, "created_by", created_by)

        about = d.pop("about", UNSET)
        _set(self, "about", about)

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

        _scim = d.pop("scim", UNSET)
        scim: WorkspaceScimIds | Unset
        if isinstance(_scim, Unset):
            scim = UNSET
        else:
            scim = WorkspaceScimIds.from_dict(_scim)

        _set(self, "scim", scim)

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
        value = data.get("scim", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
