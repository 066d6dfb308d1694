from __future__ import annotations

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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.collection_fork_info import CollectionForkInfo
    from ..models.collection_semver import CollectionSemver
    from ..models.format_description_block import FormatDescriptionBlock


T = TypeVar("T", bound="CollectionInfo")


@_attrs_define
class CollectionInfo(Model):
    """The collection's name, ids and schema URL."""

    name: str | Unset = UNSET
    """ The collection's name. """
    field_postman_id: str | Unset = UNSET
    """ The collection's id. """
    description: FormatDescriptionBlock | None | str | Unset = UNSET
    """ A description, as plain text or as text with a content type and version. """
    version: CollectionSemver | str | Unset = UNSET
    """ A version, either as a semver object or as free text. """
    schema: str | Unset = UNSET
    """ URL of the format schema, for example
    `https://schema.getpostman.com/json/collection/v2.1.0/collection.json`. """
    uid: str | Unset = UNSET
    """ The collection's uid (owner id, hyphen, id). Sent by the API, ignored on input. """
    created_at: str | Unset = UNSET
    """ When the collection was created (ISO 8601). Sent by the API. """
    updated_at: str | Unset = UNSET
    """ When the collection last changed (ISO 8601). Sent by the API. """
    last_updated_by: str | Unset = UNSET
    """ Id of the user who last changed the collection. Sent by the API. """
    fork: CollectionForkInfo | Unset = UNSET
    """ Where a forked collection came from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "description",
        "version",
        "fork",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.collection_semver import CollectionSemver  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "field_postman_id" in flaws:
            keep_raw(field_dict, flaws["field_postman_id"])
        else:
            field_postman_id = self.field_postman_id
            if field_postman_id is not UNSET:
                field_dict["_postman_id"] = field_postman_id

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description: dict[str, Any] | None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            elif isinstance(self.description, FormatDescriptionBlock):
                description = self.description.to_dict()
            else:
                description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "version" in flaws:
            keep_raw(field_dict, flaws["version"])
        else:
            version: dict[str, Any] | str | Unset
            if isinstance(self.version, Unset):
                version = UNSET
            elif isinstance(self.version, CollectionSemver):
                version = self.version.to_dict()
            else:
                version = self.version
            if version is not UNSET:
                field_dict["version"] = version

        if flaws is not None and "schema" in flaws:
            keep_raw(field_dict, flaws["schema"])
        else:
            schema = self.schema
            if schema is not UNSET:
                field_dict["schema"] = schema

        if flaws is not None and "uid" in flaws:
            keep_raw(field_dict, flaws["uid"])
        else:
            uid = self.uid
            if uid is not UNSET:
                field_dict["uid"] = uid

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at = self.created_at
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at = self.updated_at
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at

        if flaws is not None and "last_updated_by" in flaws:
            keep_raw(field_dict, flaws["last_updated_by"])
        else:
            last_updated_by = self.last_updated_by
            if last_updated_by is not UNSET:
                field_dict["lastUpdatedBy"] = last_updated_by

        if flaws is not None and "fork" in flaws:
            keep_raw(field_dict, flaws["fork"])
        else:
            fork: dict[str, Any] | Unset = UNSET
            if not isinstance(self.fork, Unset):
                fork = self.fork.to_dict()
            if fork is not UNSET:
                field_dict["fork"] = fork

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionInfo that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_fork_info import CollectionForkInfo  # noqa: PLC0415
        from postman_raw.models.collection_semver import CollectionSemver  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("_postman_id", UNSET)
        try:
            field_postman_id = _value
            if field_postman_id is not UNSET and not (isinstance(field_postman_id, str)):
                raise wrong_type("str", field_postman_id)
            _set(self, "field_postman_id", field_postman_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "field_postman_id", "_postman_id", _value, error)

        _value = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> FormatDescriptionBlock | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not FormatDescriptionBlock._matches(data):
                        raise TypeError()
                    componentsschemas_format_description_type_0 = FormatDescriptionBlock.from_dict(data)

                    return componentsschemas_format_description_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("FormatDescriptionBlock | None | str", data)
                return cast("FormatDescriptionBlock | None | str | Unset", data)

            description = _parse_description(_value)

            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("version", UNSET)
        try:

            def _parse_version(data: object) -> CollectionSemver | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not CollectionSemver._matches(data):
                        raise TypeError()
                    version_type_0 = CollectionSemver.from_dict(data)

                    return version_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("CollectionSemver | str", data)
                return cast("CollectionSemver | str | Unset", data)

            version = _parse_version(_value)

            _set(self, "version", version)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "version", "version", _value, error)

        _value = d.pop("schema", UNSET)
        try:
            schema = _value
            if schema is not UNSET and not (isinstance(schema, str)):
                raise wrong_type("str", schema)
            _set(self, "schema", schema)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "schema", "schema", _value, error)

        _value = d.pop("uid", UNSET)
        try:
            uid = _value
            if uid is not UNSET and not (isinstance(uid, str)):
                raise wrong_type("str", uid)
            _set(self, "uid", uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "uid", "uid", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            created_at = _value
            if created_at is not UNSET and not (isinstance(created_at, str)):
                raise wrong_type("str", created_at)
            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            updated_at = _value
            if updated_at is not UNSET and not (isinstance(updated_at, str)):
                raise wrong_type("str", updated_at)
            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

        _value = d.pop("lastUpdatedBy", UNSET)
        try:
            last_updated_by = _value
            if last_updated_by is not UNSET and not (isinstance(last_updated_by, str)):
                raise wrong_type("str", last_updated_by)
            _set(self, "last_updated_by", last_updated_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_updated_by", "lastUpdatedBy", _value, error)

        _value = d.pop("fork", UNSET)
        try:
            _fork = _value
            fork: CollectionForkInfo | Unset
            if isinstance(_fork, Unset):
                fork = UNSET
            else:
                fork = CollectionForkInfo.from_dict(_fork)

            _set(self, "fork", fork)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "fork", "fork", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("fork", UNSET)
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
