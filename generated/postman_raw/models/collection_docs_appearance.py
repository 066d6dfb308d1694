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
    from ..models.collection_docs_theme import CollectionDocsTheme


T = TypeVar("T", bound="CollectionDocsAppearance")


@_attrs_define
class CollectionDocsAppearance(Model):
    """The light and dark themes, and which one readers see first."""

    default: str | Unset = UNSET
    """ The theme shown by default: `light` or `dark`. """
    themes: list[CollectionDocsTheme] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("themes",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "default" in flaws:
            keep_raw(field_dict, flaws["default"])
        else:
            default = self.default
            if default is not UNSET:
                field_dict["default"] = default

        if flaws is not None and "themes" in flaws:
            keep_raw(field_dict, flaws["themes"])
        else:
            themes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.themes, Unset):
                themes = []
                for themes_item_data in self.themes:
                    themes_item = themes_item_data.to_dict()
                    themes.append(themes_item)

            if themes is not UNSET:
                field_dict["themes"] = themes

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionDocsAppearance that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_docs_theme import CollectionDocsTheme  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("default", UNSET)
        try:
            default = _value
            if default is not UNSET and not (isinstance(default, str)):
                raise wrong_type("str", default)
            _set(self, "default", default)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "default", "default", _value, error)

        _value = d.pop("themes", UNSET)
        try:
            _themes = _value
            themes: list[CollectionDocsTheme] | Unset = UNSET
            if _themes is not UNSET:
                if not isinstance(_themes, list):
                    raise wrong_type("an array", _themes)
                themes = []
                for themes_item_data in _themes:
                    themes_item = CollectionDocsTheme.from_dict(themes_item_data)

                    themes.append(themes_item)

            _set(self, "themes", themes)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "themes", "themes", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("themes", UNSET)
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
