from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

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

T = TypeVar("T", bound="CollectionDocsColors")


@_attrs_define
class CollectionDocsColors(Model):
    """Colours as six hex digits without `#` (for example `0B6E4F`). In `customColor` they
    must equal the colours of the light or the dark theme.

    """

    highlight: str | Unset = UNSET
    """ Colour of highlighted elements. """
    right_sidebar: str | Unset = UNSET
    """ Colour of the right sidebar. """
    top_bar: str | Unset = UNSET
    """ Colour of the top bar. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "highlight" in flaws:
            keep_raw(field_dict, flaws["highlight"])
        else:
            highlight = self.highlight
            if highlight is not UNSET:
                field_dict["highlight"] = highlight

        if flaws is not None and "right_sidebar" in flaws:
            keep_raw(field_dict, flaws["right_sidebar"])
        else:
            right_sidebar = self.right_sidebar
            if right_sidebar is not UNSET:
                field_dict["rightSidebar"] = right_sidebar

        if flaws is not None and "top_bar" in flaws:
            keep_raw(field_dict, flaws["top_bar"])
        else:
            top_bar = self.top_bar
            if top_bar is not UNSET:
                field_dict["topBar"] = top_bar

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionDocsColors that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("highlight", UNSET)
        try:
            highlight = _value
            if highlight is not UNSET and not (isinstance(highlight, str)):
                raise wrong_type("str", highlight)
            _set(self, "highlight", highlight)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "highlight", "highlight", _value, error)

        _value = d.pop("rightSidebar", UNSET)
        try:
            right_sidebar = _value
            if right_sidebar is not UNSET and not (isinstance(right_sidebar, str)):
                raise wrong_type("str", right_sidebar)
            _set(self, "right_sidebar", right_sidebar)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "right_sidebar", "rightSidebar", _value, error)

        _value = d.pop("topBar", UNSET)
        try:
            top_bar = _value
            if top_bar is not UNSET and not (isinstance(top_bar, str)):
                raise wrong_type("str", top_bar)
            _set(self, "top_bar", top_bar)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "top_bar", "topBar", _value, error)

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
