from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.security_validation_position import SecurityValidationPosition


T = TypeVar("T", bound="SecurityValidationLocation")


@_attrs_define
class SecurityValidationLocation(Model):
    """The span of the definition text the finding covers."""

    start: SecurityValidationPosition | Unset = UNSET
    """ A position in the definition text. """
    end: SecurityValidationPosition | Unset = UNSET
    """ A position in the definition text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "start",
        "end",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SecurityValidationLocation that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.security_validation_position import SecurityValidationPosition  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _start = d.pop("start", UNSET)
        start: SecurityValidationPosition | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = SecurityValidationPosition.from_dict(_start)

        _set(self, "start", start)

        _end = d.pop("end", UNSET)
        end: SecurityValidationPosition | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = SecurityValidationPosition.from_dict(_end)

        _set(self, "end", end)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("start", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("end", UNSET)
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
