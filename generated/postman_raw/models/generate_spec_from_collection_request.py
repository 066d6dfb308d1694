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
from ..types import UNSET, Model, Unset, accepts, read_lazily

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
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GenerateSpecFromCollectionRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name")
        _set(self, "name", name)

        _type_ = d.pop("type", UNSET)
        type_: GenerateSpecFromCollectionRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_generate_spec_from_collection_request_type(_type_)

        _set(self, "type_", type_)

        _format_ = d.pop("format", UNSET)
        format_: GenerateSpecFromCollectionRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_generate_spec_from_collection_request_format(_format_)

        _set(self, "format_", format_)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("name", UNSET)
        if value is UNSET:
            return False
        value = data.get("type", UNSET)
        if value is not UNSET and not (accepts(check_generate_spec_from_collection_request_type, value)):
            return False
        value = data.get("format", UNSET)
        if value is not UNSET and not (accepts(check_generate_spec_from_collection_request_format, value)):
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
