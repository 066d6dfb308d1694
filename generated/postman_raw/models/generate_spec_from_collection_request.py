from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_spec_from_collection_request_format import (
    GenerateSpecFromCollectionRequestFormat,
    check_generate_spec_from_collection_request_format,
)
from ..models.generate_spec_from_collection_request_type import (
    GenerateSpecFromCollectionRequestType,
    check_generate_spec_from_collection_request_type,
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

T = TypeVar("T", bound="GenerateSpecFromCollectionRequest")


@_attrs_define
class GenerateSpecFromCollectionRequest(Model):
    """Body of POST /collections/{collectionUid}/generations/spec."""

    name: str
    """ The name of the spec to create. """
    type_: GenerateSpecFromCollectionRequestType | Unset = UNSET
    """ The OpenAPI version to generate. """
    format_: GenerateSpecFromCollectionRequestFormat | Unset = UNSET
    """ Whether the spec is written as JSON or YAML. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            field_dict["name"] = name

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "format_" in flaws:
            keep_raw(field_dict, flaws["format_"])
        else:
            format_: str | Unset = UNSET
            if not isinstance(self.format_, Unset):
                format_ = self.format_

            if format_ is not UNSET:
                field_dict["format"] = format_

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GenerateSpecFromCollectionRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("name")
            name = _value
            if not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("type", UNSET)
        try:
            _type_ = _value
            type_: GenerateSpecFromCollectionRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = enum_value(check_generate_spec_from_collection_request_type, _type_)

            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("format", UNSET)
        try:
            _format_ = _value
            format_: GenerateSpecFromCollectionRequestFormat | Unset
            if isinstance(_format_, Unset):
                format_ = UNSET
            else:
                format_ = enum_value(check_generate_spec_from_collection_request_format, _format_)

            _set(self, "format_", format_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "format_", "format", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("name", UNSET)
        if value is UNSET:
            return False
        value = data.get("type", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_generate_spec_from_collection_request_type, value))
        ):
            return False
        value = data.get("format", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_generate_spec_from_collection_request_format, value))
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
