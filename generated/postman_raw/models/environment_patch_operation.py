from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="EnvironmentPatchOperation")


@_attrs_define
class EnvironmentPatchOperation(Model):
    """One change, in the manner of a JSON Patch operation:
    - `replace` with path `/name` and a string value renames the environment;
    - `add` with path `/values/{n}` and a variable object inserts a variable at position n;
      with `/values/{n}/description` it adds a description to an existing variable;
    - `replace` with path `/values/{n}/{field}` (`key`, `value`, `type`, `enabled`,
      `description`, `secret`, `source`) changes one field of a variable;
    - `remove` with path `/values/{n}` deletes a variable (no value).

    """

    op: str
    """ `add`, `replace` or `remove`. """
    path: str
    """ A JSON Pointer (RFC 6901) into the environment, such as `/name`, `/values/2` or `/values/2/enabled`;
    positions count from 0. """
    value: Any | Unset = UNSET
    """ The new value: a variable object (see EnvironmentVariable) when adding at
    `/values/{n}`, a boolean for `enabled` or `secret`, a source object for `source`,
    otherwise a string. Not sent with `remove`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        path = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A EnvironmentPatchOperation that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        op = d.pop("op")
        _set(self, "op", op)

        path = d.pop("path")
        _set(self, "path", path)

        value = d.pop("value", UNSET)
        _set(self, "value", value)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("op", UNSET)
        if value is UNSET:
            return False
        value = data.get("path", UNSET)
        if value is UNSET:
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
