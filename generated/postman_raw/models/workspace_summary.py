from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_scim_ids import WorkspaceScimIds


T = TypeVar("T", bound="WorkspaceSummary")


@_attrs_define
class WorkspaceSummary:
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
        from postman_raw.models.workspace_scim_ids import WorkspaceScimIds  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        visibility = d.pop("visibility", UNSET)

        created_by = d.pop("createdBy", UNSET)

        about = d.pop("about", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _scim = d.pop("scim", UNSET)
        scim: WorkspaceScimIds | Unset
        if isinstance(_scim, Unset):
            scim = UNSET
        else:
            scim = WorkspaceScimIds.from_dict(_scim)

        workspace_summary = cls(
            id=id,
            name=name,
            type_=type_,
            visibility=visibility,
            created_by=created_by,
            about=about,
            created_at=created_at,
            updated_at=updated_at,
            scim=scim,
        )

        workspace_summary.additional_properties = d
        return workspace_summary

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
