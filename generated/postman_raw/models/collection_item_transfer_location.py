from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_item_transfer_location_position import (
    CollectionItemTransferLocationPosition,
    check_collection_item_transfer_location_position,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="CollectionItemTransferLocation")


@_attrs_define
class CollectionItemTransferLocation(Model):
    """Where among the target's existing items the transferred items are placed. For `start`
    and `end`, leave out `model` and `id` (or send them as null); for `before` and `after`,
    name the neighbouring item with both.

    """

    position: CollectionItemTransferLocationPosition
    """ Placement inside the target. Postman uses `end` when the value is missing. """
    model: None | str | Unset = UNSET
    """ For `before` and `after`: the kind of the neighbouring item, `folder`, `request` or `response`. """
    id: None | str | Unset = UNSET
    """ For `before` and `after`: the uid of the neighbouring item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "position" in flaws:
            keep_raw(field_dict, flaws["position"])
        else:
            position: str = self.position
            field_dict["position"] = position

        if flaws is not None and "model" in flaws:
            keep_raw(field_dict, flaws["model"])
        else:
            model: None | str | Unset
            if isinstance(self.model, Unset):
                model = UNSET
            else:
                model = self.model
            if model is not UNSET:
                field_dict["model"] = model

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionItemTransferLocation that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("position", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("position")
            position = enum_value(check_collection_item_transfer_location_position, _value)

            _set(self, "position", position)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "position", "position", _value, error)

        _value = d.pop("model", UNSET)
        try:

            def _parse_model(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            model = _parse_model(_value)

            _set(self, "model", model)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "model", "model", _value, error)

        _value = d.pop("id", UNSET)
        try:

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            id = _parse_id(_value)

            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("position", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_collection_item_transfer_location_position, value))
        ):
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
