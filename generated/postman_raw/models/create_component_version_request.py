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
    from ..models.component_version_source import ComponentVersionSource


T = TypeVar("T", bound="CreateComponentVersionRequest")


@_attrs_define
class CreateComponentVersionRequest(Model):
    """Body of POST /components/{componentId}/versions."""

    label: str
    """ The version label: letters, digits, `.`, `_`, `+` and `-`, starting and ending with a letter or digit. """
    source: ComponentVersionSource | Unset = UNSET
    """ What to publish from. The draft is used when this is omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("source",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "label" in flaws:
            keep_raw(field_dict, flaws["label"])
        else:
            label = self.label
            field_dict["label"] = label

        if flaws is not None and "source" in flaws:
            keep_raw(field_dict, flaws["source"])
        else:
            source: dict[str, Any] | Unset = UNSET
            if not isinstance(self.source, Unset):
                source = self.source.to_dict()
            if source is not UNSET:
                field_dict["source"] = source

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateComponentVersionRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.component_version_source import ComponentVersionSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("label", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("label")
            label = _value
            if not (isinstance(label, str)):
                raise wrong_type("str", label)
            _set(self, "label", label)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "label", "label", _value, error)

        _value = d.pop("source", UNSET)
        try:
            _source = _value
            source: ComponentVersionSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = ComponentVersionSource.from_dict(_source)

            _set(self, "source", source)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "source", "source", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("label", UNSET)
        if value is UNSET:
            return False
        value = data.get("source", UNSET)
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
