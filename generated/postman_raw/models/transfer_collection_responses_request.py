from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_item_transfer_mode import CollectionItemTransferMode, check_collection_item_transfer_mode
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "ids" in flaws:
            keep_raw(field_dict, flaws["ids"])
        else:
            ids = self.ids

            field_dict["ids"] = ids

        if flaws is not None and "mode" in flaws:
            keep_raw(field_dict, flaws["mode"])
        else:
            mode: str = self.mode
            field_dict["mode"] = mode

        if flaws is not None and "target" in flaws:
            keep_raw(field_dict, flaws["target"])
        else:
            target = self.target.to_dict()
            field_dict["target"] = target

        if flaws is not None and "location" in flaws:
            keep_raw(field_dict, flaws["location"])
        else:
            location = self.location.to_dict()
            field_dict["location"] = location

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TransferCollectionResponsesRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_item_transfer_location import CollectionItemTransferLocation  # noqa: PLC0415
        from postman_raw.models.collection_item_transfer_target import CollectionItemTransferTarget  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("ids", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("ids")
            ids = cast("list[str]", _value)
            if not isinstance(ids, list) or not all(isinstance(item, str) for item in ids):
                raise wrong_type("an array of str", ids)

            _set(self, "ids", ids)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "ids", "ids", _value, error)

        _value = d.pop("mode", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("mode")
            mode = enum_value(check_collection_item_transfer_mode, _value)

            _set(self, "mode", mode)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "mode", "mode", _value, error)

        _value = d.pop("target", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("target")
            target = CollectionItemTransferTarget.from_dict(_value)

            _set(self, "target", target)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "target", "target", _value, error)

        _value = d.pop("location", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("location")
            location = CollectionItemTransferLocation.from_dict(_value)

            _set(self, "location", location)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "location", "location", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("ids", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("mode", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_collection_item_transfer_mode, value)):
            return False
        value = data.get("target", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("location", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
