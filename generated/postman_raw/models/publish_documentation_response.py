from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        collection_id = self.collection_id

        published = self.published

        public_url = self.public_url

        publish_date: str | Unset = UNSET
        if not isinstance(self.publish_date, Unset):
            publish_date = self.publish_date.isoformat()

        publisher_id = self.publisher_id

        documentation_layout = self.documentation_layout

        environment_uid = self.environment_uid

        custom_color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_color, Unset):
            custom_color = self.custom_color.to_dict()

        customization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customization, Unset):
            customization = self.customization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if published is not UNSET:
            field_dict["published"] = published
        if public_url is not UNSET:
            field_dict["publicUrl"] = public_url
        if publish_date is not UNSET:
            field_dict["publishDate"] = publish_date
        if publisher_id is not UNSET:
            field_dict["publisherId"] = publisher_id
        if documentation_layout is not UNSET:
            field_dict["documentationLayout"] = documentation_layout
        if environment_uid is not UNSET:
            field_dict["environmentUid"] = environment_uid
        if custom_color is not UNSET:
            field_dict["customColor"] = custom_color
        if customization is not UNSET:
            field_dict["customization"] = customization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PublishDocumentationResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_docs_colors import CollectionDocsColors  # noqa: PLC0415
        from postman_raw.models.collection_docs_customization import CollectionDocsCustomization  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        collection_id = d.pop("collectionId", UNSET)
        _set(self, "collection_id", collection_id)

        published = d.pop("published", UNSET)
        _set(self, "published", published)

        public_url = d.pop("publicUrl", UNSET)
        _set(self, "public_url", public_url)

        _publish_date = d.pop("publishDate", UNSET)
        publish_date: datetime.datetime | Unset
        if isinstance(_publish_date, Unset):
            publish_date = UNSET
        else:
            publish_date = datetime.datetime.fromisoformat(_publish_date)

        _set(self, "publish_date", publish_date)

        publisher_id = d.pop("publisherId", UNSET)
        _set(self, "publisher_id", publisher_id)

        documentation_layout = d.pop("documentationLayout", UNSET)
        _set(self, "documentation_layout", documentation_layout)

        environment_uid = d.pop("environmentUid", UNSET)
        _set(self, "environment_uid", environment_uid)

        _custom_color = d.pop("customColor", UNSET)
        custom_color: CollectionDocsColors | Unset
        if isinstance(_custom_color, Unset):
            custom_color = UNSET
        else:
            custom_color = CollectionDocsColors.from_dict(_custom_color)

        _set(self, "custom_color", custom_color)

        _customization = d.pop("customization", UNSET)
        customization: CollectionDocsCustomization | Unset
        if isinstance(_customization, Unset):
            customization = UNSET
        else:
            customization = CollectionDocsCustomization.from_dict(_customization)

        _set(self, "customization", customization)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("publishDate", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("customColor", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("customization", UNSET)
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
