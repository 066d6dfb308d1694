from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

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

T = TypeVar("T", bound="DetectedSecretsPageMeta")


@_attrs_define
class DetectedSecretsPageMeta(Model):
    """Cursor paging information of a detected-secrets search."""

    limit: int | Unset = UNSET
    """ The page size that was applied. """
    next_cursor: None | str | Unset = UNSET
    """ Pass as `cursor` to get the next page; null on the last page. """
    total: int | Unset = UNSET
    """ Number of matches across all pages; only with `include=meta.total`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "limit" in flaws:
            keep_raw(field_dict, flaws["limit"])
        else:
            limit = self.limit
            if limit is not UNSET:
                field_dict["limit"] = limit

        if flaws is not None and "next_cursor" in flaws:
            keep_raw(field_dict, flaws["next_cursor"])
        else:
            next_cursor: None | str | Unset
            if isinstance(self.next_cursor, Unset):
                next_cursor = UNSET
            else:
                next_cursor = self.next_cursor
            if next_cursor is not UNSET:
                field_dict["nextCursor"] = next_cursor

        if flaws is not None and "total" in flaws:
            keep_raw(field_dict, flaws["total"])
        else:
            total = self.total
            if total is not UNSET:
                field_dict["total"] = total

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecretsPageMeta that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("limit", UNSET)
        try:
            limit = _value
            if limit is not UNSET and not (type(limit) is int):
                raise wrong_type("int", limit)
            _set(self, "limit", limit)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "limit", "limit", _value, error)

        _value = d.pop("nextCursor", UNSET)
        try:

            def _parse_next_cursor(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            next_cursor = _parse_next_cursor(_value)

            _set(self, "next_cursor", next_cursor)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "next_cursor", "nextCursor", _value, error)

        _value = d.pop("total", UNSET)
        try:
            total = _value
            if total is not UNSET and not (type(total) is int):
                raise wrong_type("int", total)
            _set(self, "total", total)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "total", "total", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
