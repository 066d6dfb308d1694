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
    from ..models.comment import Comment


T = TypeVar("T", bound="CommentList")


@_attrs_define
class CommentList(Model):
    """Body of the GET `.../comments` operations."""

    data: list[Comment] | Unset = UNSET
    """ The comments on the target. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("data",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "data" in flaws:
            keep_raw(field_dict, flaws["data"])
        else:
            data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.data, Unset):
                data = []
                for data_item_data in self.data:
                    data_item = data_item_data.to_dict()
                    data.append(data_item)

            if data is not UNSET:
                field_dict["data"] = data

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CommentList that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.comment import Comment  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("data", UNSET)
        try:
            _data = _value
            data: list[Comment] | Unset = UNSET
            if _data is not UNSET:
                if not isinstance(_data, list):
                    raise wrong_type("an array", _data)
                data = []
                for data_item_data in _data:
                    data_item = Comment.from_dict(data_item_data)

                    data.append(data_item)

            _set(self, "data", data)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "data", "data", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("data", UNSET)
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
