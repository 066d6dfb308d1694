from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.collection_list_meta import CollectionListMeta
    from ..models.collection_summary import CollectionSummary


T = TypeVar("T", bound="GetCollectionsResponse")


@_attrs_define
class GetCollectionsResponse(Model):
    """Body of GET /collections."""

    collections: list[CollectionSummary] | Unset = UNSET
    meta: CollectionListMeta | Unset = UNSET
    """ Paging state of GET /collections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "collections",
        "meta",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = []
            for collections_item_data in self.collections:
                collections_item = collections_item_data.to_dict()
                collections.append(collections_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collections is not UNSET:
            field_dict["collections"] = collections
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GetCollectionsResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_list_meta import CollectionListMeta  # noqa: PLC0415
        from postman_raw.models.collection_summary import CollectionSummary  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _collections = d.pop("collections", UNSET)
        collections: list[CollectionSummary] | Unset = UNSET
        if _collections is not UNSET:
            collections = []
            for collections_item_data in _collections:
                collections_item = CollectionSummary.from_dict(collections_item_data)

                collections.append(collections_item)

        _set(self, "collections", collections)

        _meta = d.pop("meta", UNSET)
        meta: CollectionListMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = CollectionListMeta.from_dict(_meta)

        _set(self, "meta", meta)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("collections", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("meta", UNSET)
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
