from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_item_transfer_target_model import (
    CollectionItemTransferTargetModel,
    check_collection_item_transfer_target_model,
)

T = TypeVar("T", bound="CollectionItemTransferTarget")


@_attrs_define
class CollectionItemTransferTarget:
    """Where the items go."""

    model: CollectionItemTransferTargetModel
    """ What kind of item receives them: `collection` or `folder` for folders and requests, `request` for saved
    responses. """
    id: str
    """ Uid of the receiving collection, folder or request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = check_collection_item_transfer_target_model(d.pop("model"))

        id = d.pop("id")

        collection_item_transfer_target = cls(
            model=model,
            id=id,
        )

        collection_item_transfer_target.additional_properties = d
        return collection_item_transfer_target

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
