from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionItemOperationMeta")


@_attrs_define
class CollectionItemOperationMeta:
    """What Postman did to produce the answer."""

    model: str | Unset = UNSET
    """ The kind of item: `folder`, `request` or `response`. """
    action: str | Unset = UNSET
    """ The operation performed, such as `find`, `create`, `import`, `update` or `destroy`. """
    changeset: bool | Unset = UNSET
    populate: bool | Unset = UNSET
    """ Whether the item's contents were included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        action = self.action

        changeset = self.changeset

        populate = self.populate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if action is not UNSET:
            field_dict["action"] = action
        if changeset is not UNSET:
            field_dict["changeset"] = changeset
        if populate is not UNSET:
            field_dict["populate"] = populate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        action = d.pop("action", UNSET)

        changeset = d.pop("changeset", UNSET)

        populate = d.pop("populate", UNSET)

        collection_item_operation_meta = cls(
            model=model,
            action=action,
            changeset=changeset,
            populate=populate,
        )

        collection_item_operation_meta.additional_properties = d
        return collection_item_operation_meta

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
