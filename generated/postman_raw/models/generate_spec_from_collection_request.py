from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateSpecFromCollectionRequest")


@_attrs_define
class GenerateSpecFromCollectionRequest:
    """Body of POST /collections/{collectionUid}/generations/spec."""

    name: str
    """ The name of the spec to create. """
    type_: GenerateSpecFromCollectionRequestType | Unset = UNSET
    """ The OpenAPI version to generate. """
    format_: GenerateSpecFromCollectionRequestFormat | Unset = UNSET
    """ Whether the spec is written as JSON or YAML. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: GenerateSpecFromCollectionRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_generate_spec_from_collection_request_type(_type_)

        _format_ = d.pop("format", UNSET)
        format_: GenerateSpecFromCollectionRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_generate_spec_from_collection_request_format(_format_)

        generate_spec_from_collection_request = cls(
            name=name,
            type_=type_,
            format_=format_,
        )

        generate_spec_from_collection_request.additional_properties = d
        return generate_spec_from_collection_request

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
