from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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

        name = self.name

        field_postman_id = self.field_postman_id

        description: dict[str, Any] | None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, FormatDescriptionBlock):
            description = self.description.to_dict()
        else:
            description = self.description

        version: dict[str, Any] | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, CollectionSemver):
            version = self.version.to_dict()
        else:
            version = self.version

        schema = self.schema

        uid = self.uid

        created_at = self.created_at

        updated_at = self.updated_at

        last_updated_by = self.last_updated_by

        fork: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fork, Unset):
            fork = self.fork.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if field_postman_id is not UNSET:
            field_dict["_postman_id"] = field_postman_id
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if schema is not UNSET:
            field_dict["schema"] = schema
        if uid is not UNSET:
            field_dict["uid"] = uid
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by
        if fork is not UNSET:
            field_dict["fork"] = fork

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionInfo that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_fork_info import CollectionForkInfo  # noqa: PLC0415
        from postman_raw.models.collection_semver import CollectionSemver  # noqa: PLC0415
        from postman_raw.models.format_description_block import FormatDescriptionBlock  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        _set(self, "name", name)

        field_postman_id = d.pop("_postman_id", UNSET)
        _set(self, "field_postman_id", field_postman_id)

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
            return cast("FormatDescriptionBlock | None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _set(self, "description", description)

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
            return cast("CollectionSemver | str | Unset", data)

        version = _parse_version(d.pop("version", UNSET))

        _set(self, "version", version)

        schema = d.pop("schema", UNSET)
        _set(self, "schema", schema)

        uid = d.pop("uid", UNSET)
        _set(self, "uid", uid)

        created_at = d.pop("createdAt", UNSET)
        _set(self, "created_at", created_at)

        updated_at = d.pop("updatedAt", UNSET)
        _set(self, "updated_at", updated_at)

        last_updated_by = d.pop("lastUpdatedBy", UNSET)
        _set(self, "last_updated_by", last_updated_by)

        _fork = d.pop("fork", UNSET)
        fork: CollectionForkInfo | Unset
        if isinstance(_fork, Unset):
            fork = UNSET
        else:
            fork = CollectionForkInfo.from_dict(_fork)

        _set(self, "fork", fork)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("fork", UNSET)
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
