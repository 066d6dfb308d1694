from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_component_request_format import CreateComponentRequestFormat, check_create_component_request_format
from ..models.create_component_request_type import CreateComponentRequestType, check_create_component_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateComponentRequest")


@_attrs_define
class CreateComponentRequest:
    """Body of POST /components."""

    name: str
    """ Unique name within the team; letters, digits, `-`, `_` and `.` only. """
    type_: CreateComponentRequestType
    """ The specification format the content follows. """
    content: str
    """ The component's text (at most 500 KB of UTF-8). """
    format_: CreateComponentRequestFormat | Unset = UNSET
    """ Format of `content`; YAML when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        content = self.content

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "content": content,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_create_component_request_type(d.pop("type"))

        content = d.pop("content")

        _format_ = d.pop("format", UNSET)
        format_: CreateComponentRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_create_component_request_format(_format_)

        create_component_request = cls(
            name=name,
            type_=type_,
            content=content,
            format_=format_,
        )

        create_component_request.additional_properties = d
        return create_component_request

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
