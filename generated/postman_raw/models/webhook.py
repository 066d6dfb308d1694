from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook that runs a collection."""

    id: str | Unset = UNSET
    """ The webhook's id. """
    uid: str | Unset = UNSET
    """ The webhook's uid. """
    name: str | Unset = UNSET
    collection: str | Unset = UNSET
    """ Uid of the collection the webhook runs. """
    webhook_url: str | Unset = UNSET
    """ The URL to post to in order to run the collection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uid = self.uid

        name = self.name

        collection = self.collection

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uid is not UNSET:
            field_dict["uid"] = uid
        if name is not UNSET:
            field_dict["name"] = name
        if collection is not UNSET:
            field_dict["collection"] = collection
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uid = d.pop("uid", UNSET)

        name = d.pop("name", UNSET)

        collection = d.pop("collection", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        webhook = cls(
            id=id,
            uid=uid,
            name=name,
            collection=collection,
            webhook_url=webhook_url,
        )

        webhook.additional_properties = d
        return webhook

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
