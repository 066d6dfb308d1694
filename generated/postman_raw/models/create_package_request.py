from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="CreatePackageRequest")


@_attrs_define
class CreatePackageRequest(Model):
    """Body of POST /packages."""

    name: str
    """ The import name; starts with a letter, then letters, digits, `-` or `_`. Stored in lowercase. """
    description: str | Unset = UNSET
    """ Free text in printable ASCII; empty when omitted. """
    script: str | Unset = UNSET
    """ The initial index script; empty when omitted. """
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

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
        """A CreatePackageRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name")
        _set(self, "name", name)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        script = d.pop("script", UNSET)
        _set(self, "script", script)

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("name", UNSET)
        if value is UNSET:
            return False
        return True
