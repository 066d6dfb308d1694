from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "visibility" in flaws:
            keep_raw(field_dict, flaws["visibility"])
        else:
            visibility = self.visibility
            if visibility is not UNSET:
                field_dict["visibility"] = visibility

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

        if flaws is not None and "about" in flaws:
            keep_raw(field_dict, flaws["about"])
        else:
            about = self.about
            if about is not UNSET:
                field_dict["about"] = about

        if flaws is not None and "team" in flaws:
            keep_raw(field_dict, flaws["team"])
        else:
            team: None | str | Unset
            if isinstance(self.team, Unset):
                team = UNSET
            else:
                team = self.team
            if team is not UNSET:
                field_dict["team"] = team

        if flaws is not None and "collections" in flaws:
            keep_raw(field_dict, flaws["collections"])
        else:
            collections: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.collections, Unset):
                collections = []
                for collections_item_data in self.collections:
                    collections_item = collections_item_data.to_dict()
                    collections.append(collections_item)

            if collections is not UNSET:
                field_dict["collections"] = collections

        if flaws is not None and "environments" in flaws:
            keep_raw(field_dict, flaws["environments"])
        else:
            environments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.environments, Unset):
                environments = []
                for environments_item_data in self.environments:
                    environments_item = environments_item_data.to_dict()
                    environments.append(environments_item)

            if environments is not UNSET:
                field_dict["environments"] = environments

        if flaws is not None and "mocks" in flaws:
            keep_raw(field_dict, flaws["mocks"])
        else:
            mocks: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.mocks, Unset):
                mocks = []
                for mocks_item_data in self.mocks:
                    mocks_item = mocks_item_data.to_dict()
                    mocks.append(mocks_item)

            if mocks is not UNSET:
                field_dict["mocks"] = mocks

        if flaws is not None and "monitors" in flaws:
            keep_raw(field_dict, flaws["monitors"])
        else:
            monitors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.monitors, Unset):
                monitors = []
                for monitors_item_data in self.monitors:
                    monitors_item = monitors_item_data.to_dict()
                    monitors.append(monitors_item)

            if monitors is not UNSET:
                field_dict["monitors"] = monitors

        if flaws is not None and "apis" in flaws:
            keep_raw(field_dict, flaws["apis"])
        else:
            apis: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.apis, Unset):
                apis = []
                for apis_item_data in self.apis:
                    apis_item = apis_item_data.to_dict()
                    apis.append(apis_item)

            if apis is not UNSET:
                field_dict["apis"] = apis

        if flaws is not None and "specs" in flaws:
            keep_raw(field_dict, flaws["specs"])
        else:
            specs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.specs, Unset):
                specs = []
                for specs_item_data in self.specs:
                    specs_item = specs_item_data.to_dict()
                    specs.append(specs_item)

            if specs is not UNSET:
                field_dict["specs"] = specs

        if flaws is not None and "scim" in flaws:
            keep_raw(field_dict, flaws["scim"])
        else:
            scim: dict[str, Any] | Unset = UNSET
            if not isinstance(self.scim, Unset):
                scim = self.scim.to_dict()
            if scim is not UNSET:
                field_dict["scim"] = scim

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Workspace that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.workspace_element_ref import WorkspaceElementRef  # noqa: PLC0415
        from postman_raw.models.workspace_scim_ids import WorkspaceScimIds  # noqa: PLC0415

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

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("visibility", UNSET)
        try:
            visibility = _value
            if visibility is not UNSET and not (isinstance(visibility, str)):
                raise wrong_type("str", visibility)
            _set(self, "visibility", visibility)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "visibility", "visibility", _value, error)

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

        _value = d.pop("about", UNSET)
        try:
            about = _value
            if about is not UNSET and not (isinstance(about, str)):
                raise wrong_type("str", about)
            _set(self, "about", about)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "about", "about", _value, error)

        _value = d.pop("team", UNSET)
        try:

            def _parse_team(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            team = _parse_team(_value)

            _set(self, "team", team)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team", "team", _value, error)

        _value = d.pop("collections", UNSET)
        try:
            _collections = _value
            collections: list[WorkspaceElementRef] | Unset = UNSET
            if _collections is not UNSET:
                if not isinstance(_collections, list):
                    raise wrong_type("an array", _collections)
                collections = []
                for collections_item_data in _collections:
                    collections_item = WorkspaceElementRef.from_dict(collections_item_data)

                    collections.append(collections_item)

            _set(self, "collections", collections)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collections", "collections", _value, error)

        _value = d.pop("environments", UNSET)
        try:
            _environments = _value
            environments: list[WorkspaceElementRef] | Unset = UNSET
            if _environments is not UNSET:
                if not isinstance(_environments, list):
                    raise wrong_type("an array", _environments)
                environments = []
                for environments_item_data in _environments:
                    environments_item = WorkspaceElementRef.from_dict(environments_item_data)

                    environments.append(environments_item)

            _set(self, "environments", environments)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "environments", "environments", _value, error)

        _value = d.pop("mocks", UNSET)
        try:
            _mocks = _value
            mocks: list[WorkspaceElementRef] | Unset = UNSET
            if _mocks is not UNSET:
                if not isinstance(_mocks, list):
                    raise wrong_type("an array", _mocks)
                mocks = []
                for mocks_item_data in _mocks:
                    mocks_item = WorkspaceElementRef.from_dict(mocks_item_data)

                    mocks.append(mocks_item)

            _set(self, "mocks", mocks)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "mocks", "mocks", _value, error)

        _value = d.pop("monitors", UNSET)
        try:
            _monitors = _value
            monitors: list[WorkspaceElementRef] | Unset = UNSET
            if _monitors is not UNSET:
                if not isinstance(_monitors, list):
                    raise wrong_type("an array", _monitors)
                monitors = []
                for monitors_item_data in _monitors:
                    monitors_item = WorkspaceElementRef.from_dict(monitors_item_data)

                    monitors.append(monitors_item)

            _set(self, "monitors", monitors)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "monitors", "monitors", _value, error)

        _value = d.pop("apis", UNSET)
        try:
            _apis = _value
            apis: list[WorkspaceElementRef] | Unset = UNSET
            if _apis is not UNSET:
                if not isinstance(_apis, list):
                    raise wrong_type("an array", _apis)
                apis = []
                for apis_item_data in _apis:
                    apis_item = WorkspaceElementRef.from_dict(apis_item_data)

                    apis.append(apis_item)

            _set(self, "apis", apis)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "apis", "apis", _value, error)

        _value = d.pop("specs", UNSET)
        try:
            _specs = _value
            specs: list[WorkspaceElementRef] | Unset = UNSET
            if _specs is not UNSET:
                if not isinstance(_specs, list):
                    raise wrong_type("an array", _specs)
                specs = []
                for specs_item_data in _specs:
                    specs_item = WorkspaceElementRef.from_dict(specs_item_data)

                    specs.append(specs_item)

            _set(self, "specs", specs)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "specs", "specs", _value, error)

        _value = d.pop("scim", UNSET)
        try:
            _scim = _value
            scim: WorkspaceScimIds | Unset
            if isinstance(_scim, Unset):
                scim = UNSET
            else:
                scim = WorkspaceScimIds.from_dict(_scim)

            _set(self, "scim", scim)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "scim", "scim", _value, error)

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
        value = data.get("collections", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("environments", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("mocks", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("monitors", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("apis", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("specs", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("scim", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
