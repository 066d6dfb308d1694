from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.workspace_element_ref import WorkspaceElementRef
    from ..models.workspace_scim_ids import WorkspaceScimIds


T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace(Model):
    """A workspace with the elements it holds."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ `personal`, `team`, `private`, `public` or `partner`. """
    description: str | Unset = UNSET
    visibility: str | Unset = UNSET
    """ Who can open the workspace: `personal`, `team`, `private`, `public` or `partner`. """
    created_by: str | Unset = UNSET
    """ Id of the user who created the workspace. """
    updated_by: str | Unset = UNSET
    """ Id of the user who last changed the workspace. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    about: str | Unset = UNSET
    """ Short summary of the workspace. """
    team: None | str | Unset = UNSET
    """ Id of the owning team (only with `include=team`); null when no team owns it. """
    collections: list[WorkspaceElementRef] | Unset = UNSET
    environments: list[WorkspaceElementRef] | Unset = UNSET
    mocks: list[WorkspaceElementRef] | Unset = UNSET
    """ Mock servers (deactivated ones only with `include=mocks:deactivated`). """
    monitors: list[WorkspaceElementRef] | Unset = UNSET
    apis: list[WorkspaceElementRef] | Unset = UNSET
    """ APIs (the older API Builder elements). """
    specs: list[WorkspaceElementRef] | Unset = UNSET
    """ API specifications. """
    scim: WorkspaceScimIds | Unset = UNSET
    """ SCIM ids of the people behind a workspace (only with `include=scim`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "collections",
        "environments",
        "mocks",
        "monitors",
        "apis",
        "specs",
        "scim",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        description = self.description

        visibility = self.visibility

        created_by = self.created_by

        updated_by = self.updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        about = self.about

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = []
            for collections_item_data in self.collections:
                collections_item = collections_item_data.to_dict()
                collections.append(collections_item)

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        mocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mocks, Unset):
            mocks = []
            for mocks_item_data in self.mocks:
                mocks_item = mocks_item_data.to_dict()
                mocks.append(mocks_item)

        monitors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.monitors, Unset):
            monitors = []
            for monitors_item_data in self.monitors:
                monitors_item = monitors_item_data.to_dict()
                monitors.append(monitors_item)

        apis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apis, Unset):
            apis = []
            for apis_item_data in self.apis:
                apis_item = apis_item_data.to_dict()
                apis.append(apis_item)

        specs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.specs, Unset):
            specs = []
            for specs_item_data in self.specs:
                specs_item = specs_item_data.to_dict()
                specs.append(specs_item)

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
        if description is not UNSET:
            field_dict["description"] = description
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if about is not UNSET:
            field_dict["about"] = about
        if team is not UNSET:
            field_dict["team"] = team
        if collections is not UNSET:
            field_dict["collections"] = collections
        if environments is not UNSET:
            field_dict["environments"] = environments
        if mocks is not UNSET:
            field_dict["mocks"] = mocks
        if monitors is not UNSET:
            field_dict["monitors"] = monitors
        if apis is not UNSET:
            field_dict["apis"] = apis
        if specs is not UNSET:
            field_dict["specs"] = specs
        if scim is not UNSET:
            field_dict["scim"] = scim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Workspace that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.workspace_element_ref import WorkspaceElementRef  # noqa: PLC0415
        from postman_raw.models.workspace_scim_ids import WorkspaceScimIds  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        visibility = d.pop("visibility", UNSET)
        _set(self, "visibility", visibility)

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

        about = d.pop("about", UNSET)
        _set(self, "about", about)

        def _parse_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        team = _parse_team(d.pop("team", UNSET))

        _set(self, "team", team)

        _collections = d.pop("collections", UNSET)
        collections: list[WorkspaceElementRef] | Unset = UNSET
        if _collections is not UNSET:
            collections = []
            for collections_item_data in _collections:
                collections_item = WorkspaceElementRef.from_dict(collections_item_data)

                collections.append(collections_item)

        _set(self, "collections", collections)

        _environments = d.pop("environments", UNSET)
        environments: list[WorkspaceElementRef] | Unset = UNSET
        if _environments is not UNSET:
            environments = []
            for environments_item_data in _environments:
                environments_item = WorkspaceElementRef.from_dict(environments_item_data)

                environments.append(environments_item)

        _set(self, "environments", environments)

        _mocks = d.pop("mocks", UNSET)
        mocks: list[WorkspaceElementRef] | Unset = UNSET
        if _mocks is not UNSET:
            mocks = []
            for mocks_item_data in _mocks:
                mocks_item = WorkspaceElementRef.from_dict(mocks_item_data)

                mocks.append(mocks_item)

        _set(self, "mocks", mocks)

        _monitors = d.pop("monitors", UNSET)
        monitors: list[WorkspaceElementRef] | Unset = UNSET
        if _monitors is not UNSET:
            monitors = []
            for monitors_item_data in _monitors:
                monitors_item = WorkspaceElementRef.from_dict(monitors_item_data)

                monitors.append(monitors_item)

        _set(self, "monitors", monitors)

        _apis = d.pop("apis", UNSET)
        apis: list[WorkspaceElementRef] | Unset = UNSET
        if _apis is not UNSET:
            apis = []
            for apis_item_data in _apis:
                apis_item = WorkspaceElementRef.from_dict(apis_item_data)

                apis.append(apis_item)

        _set(self, "apis", apis)

        _specs = d.pop("specs", UNSET)
        specs: list[WorkspaceElementRef] | Unset = UNSET
        if _specs is not UNSET:
            specs = []
            for specs_item_data in _specs:
                specs_item = WorkspaceElementRef.from_dict(specs_item_data)

                specs.append(specs_item)

        _set(self, "specs", specs)

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
        value = data.get("collections", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("environments", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("mocks", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("monitors", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("apis", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("specs", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
