from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_component_request_format import CreateComponentRequestFormat, check_create_component_request_format
from ..models.create_component_request_type import CreateComponentRequestType, check_create_component_request_type
from ..types import UNSET, Model, Unset, accepts, read_lazily

T = TypeVar("T", bound="CreateComponentRequest")


@_attrs_define
class CreateComponentRequest(Model):
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
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

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
        """A CreateComponentRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name")
        _set(self, "name", name)

        type_ = check_create_component_request_type(d.pop("type"))

        _set(self, "type_", type_)

        content = d.pop("content")
        _set(self, "content", content)

        _format_ = d.pop("format", UNSET)
        format_: CreateComponentRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_create_component_request_format(_format_)

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
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_create_component_request_type, value)):
            return False
        value = data.get("content", UNSET)
        if value is UNSET:
            return False
        value = data.get("format", UNSET)
        if value is not UNSET and not (accepts(check_create_component_request_format, value)):
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
