from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePackageRequest")


@_attrs_define
class UpdatePackageRequest:
    """Body of PATCH /packages/{packageId} (a JSON merge patch); at least one field."""

    description: str | Unset = UNSET
    """ The new description, printable ASCII; may be empty. """
    script: str | Unset = UNSET
    """ The new index script; may be empty. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        script = self.script

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if script is not UNSET:
            field_dict["script"] = script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        script = d.pop("script", UNSET)

        update_package_request = cls(
            description=description,
            script=script,
        )

        return update_package_request
