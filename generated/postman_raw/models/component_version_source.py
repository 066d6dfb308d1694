from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.component_version_source_type import ComponentVersionSourceType, check_component_version_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComponentVersionSource")


@_attrs_define
class ComponentVersionSource:
    """What to publish from. The draft is used when this is omitted."""

    type_: ComponentVersionSourceType | Unset = UNSET
    """ Only `draft` is accepted. """

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ComponentVersionSourceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_component_version_source_type(_type_)

        component_version_source = cls(
            type_=type_,
        )

        return component_version_source
