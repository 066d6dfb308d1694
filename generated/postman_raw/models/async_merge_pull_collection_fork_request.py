from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_merge_pull_collection_fork_request_strategy import (
    AsyncMergePullCollectionForkRequestStrategy,
    check_async_merge_pull_collection_fork_request_strategy,
)

T = TypeVar("T", bound="AsyncMergePullCollectionForkRequest")


@_attrs_define
class AsyncMergePullCollectionForkRequest:
    """Body of PUT /collection-merges."""

    strategy: AsyncMergePullCollectionForkRequestStrategy
    """ What happens to the source once its changes are in the destination:
    `default` leaves the source as it is (Editor on the destination is enough);
    `updateSourceWithDestination` also copies the destination's own differences back
    into the source; `deleteSource` deletes the source (a fork) afterwards. The last
    two need Editor on both collections.
     """
    source: str
    """ Uid of the collection whose changes are taken (the fork when merging, the parent when pulling). """
    destination: str
    """ Uid of the collection that receives the changes (the parent when merging, the fork when pulling). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy: str = self.strategy

        source = self.source

        destination = self.destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "source": source,
                "destination": destination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        strategy = check_async_merge_pull_collection_fork_request_strategy(d.pop("strategy"))

        source = d.pop("source")

        destination = d.pop("destination")

        async_merge_pull_collection_fork_request = cls(
            strategy=strategy,
            source=source,
            destination=destination,
        )

        async_merge_pull_collection_fork_request.additional_properties = d
        return async_merge_pull_collection_fork_request

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
