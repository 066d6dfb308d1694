from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.collection_docs_appearance import CollectionDocsAppearance
    from ..models.collection_docs_meta_tag import CollectionDocsMetaTag


T = TypeVar("T", bound="CollectionDocsCustomization")


@_attrs_define
class CollectionDocsCustomization(Model):
    """Look and metadata of the published documentation."""

    appearance: CollectionDocsAppearance | Unset = UNSET
    """ The light and dark themes, and which one readers see first. """
    meta_tags: list[CollectionDocsMetaTag] | Unset = UNSET
    """ The page's `title` and `description` metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "appearance",
        "meta_tags",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        appearance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appearance, Unset):
            appearance = self.appearance.to_dict()

        meta_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_tags, Unset):
            meta_tags = []
            for meta_tags_item_data in self.meta_tags:
                meta_tags_item = meta_tags_item_data.to_dict()
                meta_tags.append(meta_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appearance is not UNSET:
            field_dict["appearance"] = appearance
        if meta_tags is not UNSET:
            field_dict["metaTags"] = meta_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionDocsCustomization that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_docs_appearance import CollectionDocsAppearance  # noqa: PLC0415
        from postman_raw.models.collection_docs_meta_tag import CollectionDocsMetaTag  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _appearance = d.pop("appearance", UNSET)
        appearance: CollectionDocsAppearance | Unset
        if isinstance(_appearance, Unset):
            appearance = UNSET
        else:
            appearance = CollectionDocsAppearance.from_dict(_appearance)

        _set(self, "appearance", appearance)

        _meta_tags = d.pop("metaTags", UNSET)
        meta_tags: list[CollectionDocsMetaTag] | Unset = UNSET
        if _meta_tags is not UNSET:
            meta_tags = []
            for meta_tags_item_data in _meta_tags:
                meta_tags_item = CollectionDocsMetaTag.from_dict(meta_tags_item_data)

                meta_tags.append(meta_tags_item)

        _set(self, "meta_tags", meta_tags)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("appearance", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("metaTags", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
