from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spec_file_source_type import SpecFileSourceType, check_spec_file_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpecFileSource")


@_attrs_define
class SpecFileSource:
    """One file to store in a new spec."""

    path: str
    """ The file's path; `/` creates folders. Accepted endings: `.json`, `.yaml`, `.proto`, `.graphql`, `.smithy`
    (multi-file specs: `.json`, `.yaml`, `.proto`). """
    content: str
    """ The file's contents as text. """
    type_: SpecFileSourceType | Unset = UNSET
    """ Required when the spec has several files: `ROOT` for the one entry-point file, which refers to the others,
    and `DEFAULT` for every other file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        content = self.content

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        content = d.pop("content")

        _type_ = d.pop("type", UNSET)
        type_: SpecFileSourceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_spec_file_source_type(_type_)

        spec_file_source = cls(
            path=path,
            content=content,
            type_=type_,
        )

        spec_file_source.additional_properties = d
        return spec_file_source

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
