from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_fork_info import CollectionForkInfo


T = TypeVar("T", bound="CreatedCollectionFork")


@_attrs_define
class CreatedCollectionFork:
    """The collection made by forking."""

    id: str | Unset = UNSET
    """ The fork's id. """
    uid: str | Unset = UNSET
    """ The fork's uid. """
    name: str | Unset = UNSET
    """ The collection's name (the same as its parent's). """
    fork: CollectionForkInfo | Unset = UNSET
    """ Where a forked collection came from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uid = self.uid

        name = self.name

        fork: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fork, Unset):
            fork = self.fork.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uid is not UNSET:
            field_dict["uid"] = uid
        if name is not UNSET:
            field_dict["name"] = name
        if fork is not UNSET:
            field_dict["fork"] = fork

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.collection_fork_info import CollectionForkInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        uid = d.pop("uid", UNSET)

        name = d.pop("name", UNSET)

        _fork = d.pop("fork", UNSET)
        fork: CollectionForkInfo | Unset
        if isinstance(_fork, Unset):
            fork = UNSET
        else:
            fork = CollectionForkInfo.from_dict(_fork)

        created_collection_fork = cls(
            id=id,
            uid=uid,
            name=name,
            fork=fork,
        )

        created_collection_fork.additional_properties = d
        return created_collection_fork

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
