from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePackageRequest")


@_attrs_define
class CreatePackageRequest:
    """Body of POST /packages."""

    name: str
    """ The import name; starts with a letter, then letters, digits, `-` or `_`. Stored in lowercase. """
    description: str | Unset = UNSET
    """ Free text in printable ASCII; empty when omitted. """
    script: str | Unset = UNSET
    """ The initial index script; empty when omitted. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        script = self.script

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if script is not UNSET:
            field_dict["script"] = script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        script = d.pop("script", UNSET)

        create_package_request = cls(
            name=name,
            description=description,
            script=script,
        )

        return create_package_request
