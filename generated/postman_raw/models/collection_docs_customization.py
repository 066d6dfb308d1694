from __future__ import annotations

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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "appearance" in flaws:
            keep_raw(field_dict, flaws["appearance"])
        else:
            appearance: dict[str, Any] | Unset = UNSET
            if not isinstance(self.appearance, Unset):
                appearance = self.appearance.to_dict()
            if appearance is not UNSET:
                field_dict["appearance"] = appearance

        if flaws is not None and "meta_tags" in flaws:
            keep_raw(field_dict, flaws["meta_tags"])
        else:
            meta_tags: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.meta_tags, Unset):
                meta_tags = []
                for meta_tags_item_data in self.meta_tags:
                    meta_tags_item = meta_tags_item_data.to_dict()
                    meta_tags.append(meta_tags_item)

            if meta_tags is not UNSET:
                field_dict["metaTags"] = meta_tags

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionDocsCustomization that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_docs_appearance import CollectionDocsAppearance  # noqa: PLC0415
        from postman_raw.models.collection_docs_meta_tag import CollectionDocsMetaTag  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("appearance", UNSET)
        try:
            _appearance = _value
            appearance: CollectionDocsAppearance | Unset
            if isinstance(_appearance, Unset):
                appearance = UNSET
            else:
                appearance = CollectionDocsAppearance.from_dict(_appearance)

            _set(self, "appearance", appearance)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "appearance", "appearance", _value, error)

        _value = d.pop("metaTags", UNSET)
        try:
            _meta_tags = _value
            meta_tags: list[CollectionDocsMetaTag] | Unset = UNSET
            if _meta_tags is not UNSET:
                if not isinstance(_meta_tags, list):
                    raise wrong_type("an array", _meta_tags)
                meta_tags = []
                for meta_tags_item_data in _meta_tags:
                    meta_tags_item = CollectionDocsMetaTag.from_dict(meta_tags_item_data)

                    meta_tags.append(meta_tags_item)

            _set(self, "meta_tags", meta_tags)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "meta_tags", "metaTags", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("appearance", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("metaTags", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
