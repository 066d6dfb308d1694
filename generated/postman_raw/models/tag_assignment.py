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
    from ..models.attached_tag import AttachedTag


T = TypeVar("T", bound="TagAssignment")


@_attrs_define
class TagAssignment(Model):
    """The tags attached to a collection or workspace (body of the GET and PUT tag endpoints)."""

    tags: list[AttachedTag] | Unset = UNSET
    """ The attached tags, at most five. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("tags",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "tags" in flaws:
            keep_raw(field_dict, flaws["tags"])
        else:
            tags: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tags, Unset):
                tags = []
                for tags_item_data in self.tags:
                    tags_item = tags_item_data.to_dict()
                    tags.append(tags_item)

            if tags is not UNSET:
                field_dict["tags"] = tags

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TagAssignment that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.attached_tag import AttachedTag  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("tags", UNSET)
        try:
            _tags = _value
            tags: list[AttachedTag] | Unset = UNSET
            if _tags is not UNSET:
                if not isinstance(_tags, list):
                    raise wrong_type("an array", _tags)
                tags = []
                for tags_item_data in _tags:
                    tags_item = AttachedTag.from_dict(tags_item_data)

                    tags.append(tags_item)

            _set(self, "tags", tags)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "tags", "tags", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("tags", UNSET)
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
