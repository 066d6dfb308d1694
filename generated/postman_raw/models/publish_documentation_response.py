from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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
    from ..models.collection_docs_colors import CollectionDocsColors
    from ..models.collection_docs_customization import CollectionDocsCustomization


T = TypeVar("T", bound="PublishDocumentationResponse")


@_attrs_define
class PublishDocumentationResponse(Model):
    """Body of the 200 answer of PUT /collections/{collectionId}/public-documentations."""

    id: str | Unset = UNSET
    """ The published documentation's id (the last segment of `publicUrl`). """
    collection_id: str | Unset = UNSET
    """ The collection's id. """
    published: bool | Unset = UNSET
    """ Whether the documentation is public. """
    public_url: str | Unset = UNSET
    """ Where the documentation can be read. """
    publish_date: datetime.datetime | Unset = UNSET
    """ When the documentation was published. """
    publisher_id: str | Unset = UNSET
    """ Numeric id (as a string) of the user who published it. """
    documentation_layout: str | Unset = UNSET
    """ `classic-single-column` or `classic-double-column`. """
    environment_uid: str | Unset = UNSET
    """ Uid of the environment published with the documentation. """
    custom_color: CollectionDocsColors | Unset = UNSET
    """ Colours as six hex digits without `#` (for example `0B6E4F`). In `customColor` they
    must equal the colours of the light or the dark theme.
     """
    customization: CollectionDocsCustomization | Unset = UNSET
    """ Look and metadata of the published documentation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "custom_color",
        "customization",
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

        if flaws is not None and "collection_id" in flaws:
            keep_raw(field_dict, flaws["collection_id"])
        else:
            collection_id = self.collection_id
            if collection_id is not UNSET:
                field_dict["collectionId"] = collection_id

        if flaws is not None and "published" in flaws:
            keep_raw(field_dict, flaws["published"])
        else:
            published = self.published
            if published is not UNSET:
                field_dict["published"] = published

        if flaws is not None and "public_url" in flaws:
            keep_raw(field_dict, flaws["public_url"])
        else:
            public_url = self.public_url
            if public_url is not UNSET:
                field_dict["publicUrl"] = public_url

        if flaws is not None and "publish_date" in flaws:
            keep_raw(field_dict, flaws["publish_date"])
        else:
            publish_date: str | Unset = UNSET
            if not isinstance(self.publish_date, Unset):
                publish_date = datetime_text(self.publish_date)
            if publish_date is not UNSET:
                field_dict["publishDate"] = publish_date

        if flaws is not None and "publisher_id" in flaws:
            keep_raw(field_dict, flaws["publisher_id"])
        else:
            publisher_id = self.publisher_id
            if publisher_id is not UNSET:
                field_dict["publisherId"] = publisher_id

        if flaws is not None and "documentation_layout" in flaws:
            keep_raw(field_dict, flaws["documentation_layout"])
        else:
            documentation_layout = self.documentation_layout
            if documentation_layout is not UNSET:
                field_dict["documentationLayout"] = documentation_layout

        if flaws is not None and "environment_uid" in flaws:
            keep_raw(field_dict, flaws["environment_uid"])
        else:
            environment_uid = self.environment_uid
            if environment_uid is not UNSET:
                field_dict["environmentUid"] = environment_uid

        if flaws is not None and "custom_color" in flaws:
            keep_raw(field_dict, flaws["custom_color"])
        else:
            custom_color: dict[str, Any] | Unset = UNSET
            if not isinstance(self.custom_color, Unset):
                custom_color = self.custom_color.to_dict()
            if custom_color is not UNSET:
                field_dict["customColor"] = custom_color

        if flaws is not None and "customization" in flaws:
            keep_raw(field_dict, flaws["customization"])
        else:
            customization: dict[str, Any] | Unset = UNSET
            if not isinstance(self.customization, Unset):
                customization = self.customization.to_dict()
            if customization is not UNSET:
                field_dict["customization"] = customization

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PublishDocumentationResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_docs_colors import CollectionDocsColors  # noqa: PLC0415
        from postman_raw.models.collection_docs_customization import CollectionDocsCustomization  # noqa: PLC0415

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

        _value = d.pop("collectionId", UNSET)
        try:
            collection_id = _value
            if collection_id is not UNSET and not (isinstance(collection_id, str)):
                raise wrong_type("str", collection_id)
            _set(self, "collection_id", collection_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection_id", "collectionId", _value, error)

        _value = d.pop("published", UNSET)
        try:
            published = _value
            if published is not UNSET and not (type(published) is bool):
                raise wrong_type("bool", published)
            _set(self, "published", published)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "published", "published", _value, error)

        _value = d.pop("publicUrl", UNSET)
        try:
            public_url = _value
            if public_url is not UNSET and not (isinstance(public_url, str)):
                raise wrong_type("str", public_url)
            _set(self, "public_url", public_url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "public_url", "publicUrl", _value, error)

        _value = d.pop("publishDate", UNSET)
        try:
            _publish_date = _value
            publish_date: datetime.datetime | Unset
            if isinstance(_publish_date, Unset):
                publish_date = UNSET
            else:
                publish_date = parse_datetime(_publish_date)

            _set(self, "publish_date", publish_date)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "publish_date", "publishDate", _value, error)

        _value = d.pop("publisherId", UNSET)
        try:
            publisher_id = _value
            if publisher_id is not UNSET and not (isinstance(publisher_id, str)):
                raise wrong_type("str", publisher_id)
            _set(self, "publisher_id", publisher_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "publisher_id", "publisherId", _value, error)

        _value = d.pop("documentationLayout", UNSET)
        try:
            documentation_layout = _value
            if documentation_layout is not UNSET and not (isinstance(documentation_layout, str)):
                raise wrong_type("str", documentation_layout)
            _set(self, "documentation_layout", documentation_layout)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "documentation_layout", "documentationLayout", _value, error)

        _value = d.pop("environmentUid", UNSET)
        try:
            environment_uid = _value
            if environment_uid is not UNSET and not (isinstance(environment_uid, str)):
                raise wrong_type("str", environment_uid)
            _set(self, "environment_uid", environment_uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "environment_uid", "environmentUid", _value, error)

        _value = d.pop("customColor", UNSET)
        try:
            _custom_color = _value
            custom_color: CollectionDocsColors | Unset
            if isinstance(_custom_color, Unset):
                custom_color = UNSET
            else:
                custom_color = CollectionDocsColors.from_dict(_custom_color)

            _set(self, "custom_color", custom_color)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "custom_color", "customColor", _value, error)

        _value = d.pop("customization", UNSET)
        try:
            _customization = _value
            customization: CollectionDocsCustomization | Unset
            if isinstance(_customization, Unset):
                customization = UNSET
            else:
                customization = CollectionDocsCustomization.from_dict(_customization)

            _set(self, "customization", customization)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "customization", "customization", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("publishDate", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("customColor", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("customization", UNSET)
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
