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
    from ..models.component_version import ComponentVersion


T = TypeVar("T", bound="Component")


@_attrs_define
class Component(Model):
    """A component of the team's library."""

    id: str | Unset = UNSET
    """ The component's id. """
    name: str | Unset = UNSET
    """ The component's name, unique within the team. """
    type_: str | Unset = UNSET
    """ The specification format the content follows: `OAS2`, `OAS3` or `OAS3_1`. """
    status: str | Unset = UNSET
    """ Lifecycle state: `active` (editable and publishable) or `archived` (read-only; published versions stay
    readable). """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    """ Id of the user who created the component (sent as a string). """
    updated_by: str | Unset = UNSET
    """ Id of the user who last changed the component (sent as a string). """
    has_versions: bool | Unset = UNSET
    """ Whether anything has been published. Sent only when `include` names `hasVersions`. """
    latest_version: ComponentVersion | None | str | Unset = UNSET
    """ The most recently published version, sent only when `include` names `latestVersion`:
    its id, or the version itself when `expand=latestVersion` is also passed; null when
    nothing has been published.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("latest_version",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.component_version import ComponentVersion  # noqa: PLC0415

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

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

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

        if flaws is not None and "has_versions" in flaws:
            keep_raw(field_dict, flaws["has_versions"])
        else:
            has_versions = self.has_versions
            if has_versions is not UNSET:
                field_dict["hasVersions"] = has_versions

        if flaws is not None and "latest_version" in flaws:
            keep_raw(field_dict, flaws["latest_version"])
        else:
            latest_version: dict[str, Any] | None | str | Unset
            if isinstance(self.latest_version, Unset):
                latest_version = UNSET
            elif isinstance(self.latest_version, ComponentVersion):
                latest_version = self.latest_version.to_dict()
            else:
                latest_version = self.latest_version
            if latest_version is not UNSET:
                field_dict["latestVersion"] = latest_version

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Component that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.component_version import ComponentVersion  # noqa: PLC0415

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

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

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

        _value = d.pop("hasVersions", UNSET)
        try:
            has_versions = _value
            if has_versions is not UNSET and not (type(has_versions) is bool):
                raise wrong_type("bool", has_versions)
            _set(self, "has_versions", has_versions)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "has_versions", "hasVersions", _value, error)

        _value = d.pop("latestVersion", UNSET)
        try:

            def _parse_latest_version(data: object) -> ComponentVersion | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not ComponentVersion._matches(data):
                        raise TypeError()
                    latest_version_type_0 = ComponentVersion.from_dict(data)

                    return latest_version_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("ComponentVersion | None | str", data)
                return cast("ComponentVersion | None | str | Unset", data)

            latest_version = _parse_latest_version(_value)

            _set(self, "latest_version", latest_version)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "latest_version", "latestVersion", _value, error)

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
