from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_visibility_filter_eq import SearchVisibilityFilterEq, check_search_visibility_filter_eq
from ..models.search_visibility_filter_ne import SearchVisibilityFilterNe, check_search_visibility_filter_ne
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
)

T = TypeVar("T", bound="SearchVisibilityFilter")


@_attrs_define
class SearchVisibilityFilter(Model):
    """A test on the visibility of the element's workspace (all element types): `internal`
    (the team only), `public` (every Postman user) or `partner` (invited partners).

    """

    eq: SearchVisibilityFilterEq | Unset = UNSET
    """ Keep elements with this visibility. """
    ne: SearchVisibilityFilterNe | Unset = UNSET
    """ Drop elements with this visibility. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "eq" in flaws:
            keep_raw(field_dict, flaws["eq"])
        else:
            eq: str | Unset = UNSET
            if not isinstance(self.eq, Unset):
                eq = self.eq

            if eq is not UNSET:
                field_dict["$eq"] = eq

        if flaws is not None and "ne" in flaws:
            keep_raw(field_dict, flaws["ne"])
        else:
            ne: str | Unset = UNSET
            if not isinstance(self.ne, Unset):
                ne = self.ne

            if ne is not UNSET:
                field_dict["$ne"] = ne

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchVisibilityFilter that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("$eq", UNSET)
        try:
            _eq = _value
            eq: SearchVisibilityFilterEq | Unset
            if isinstance(_eq, Unset):
                eq = UNSET
            else:
                eq = enum_value(check_search_visibility_filter_eq, _eq)

            _set(self, "eq", eq)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "eq", "$eq", _value, error)

        _value = d.pop("$ne", UNSET)
        try:
            _ne = _value
            ne: SearchVisibilityFilterNe | Unset
            if isinstance(_ne, Unset):
                ne = UNSET
            else:
                ne = enum_value(check_search_visibility_filter_ne, _ne)

            _set(self, "ne", ne)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "ne", "$ne", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("$eq", UNSET)
        if value is not UNSET and value is not None and not (accepts(check_search_visibility_filter_eq, value)):
            return False
        value = data.get("$ne", UNSET)
        if value is not UNSET and value is not None and not (accepts(check_search_visibility_filter_ne, value)):
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
