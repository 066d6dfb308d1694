from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_item_transfer_mode import CollectionItemTransferMode, check_collection_item_transfer_mode
from ..types import UNSET, Model, accepts, read_lazily

if TYPE_CHECKING:
    from ..models.collection_item_transfer_location import CollectionItemTransferLocation
    from ..models.collection_item_transfer_target import CollectionItemTransferTarget


T = TypeVar("T", bound="TransferCollectionResponsesRequest")


@_attrs_define
class TransferCollectionResponsesRequest(Model):
    """Body of POST /collection-responses-transfers."""

    ids: list[str]
    """ Uids of the saved responses to copy or move. """
    mode: CollectionItemTransferMode
    """ `copy` leaves the originals where they are; `move` takes them out of their old place. """
    target: CollectionItemTransferTarget
    """ Where the items go. """
    location: CollectionItemTransferLocation
    """ Where among the target's existing items the transferred items are placed. For `start`
    and `end`, leave out `model` and `id` (or send them as null); for `before` and `after`,
    name the neighbouring item with both.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "target",
        "location",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        mode: str = self.mode

        target = self.target.to_dict()

        location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
                "mode": mode,
                "target": target,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TransferCollectionResponsesRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_item_transfer_location import CollectionItemTransferLocation  # noqa: PLC0415
        from postman_raw.models.collection_item_transfer_target import CollectionItemTransferTarget  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        ids = cast("list[str]", d.pop("ids"))

        _set(self, "ids", ids)

        mode = check_collection_item_transfer_mode(d.pop("mode"))

        _set(self, "mode", mode)

        target = CollectionItemTransferTarget.from_dict(d.pop("target"))

        _set(self, "target", target)

        location = CollectionItemTransferLocation.from_dict(d.pop("location"))

        _set(self, "location", location)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("ids", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("mode", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_collection_item_transfer_mode, value)):
            return False
        value = data.get("target", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("location", UNSET)
        if value is UNSET:
            return False
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
