from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "op" in flaws:
            keep_raw(field_dict, flaws["op"])
        else:
            op = self.op
            field_dict["op"] = op

        if flaws is not None and "path" in flaws:
            keep_raw(field_dict, flaws["path"])
        else:
            path = self.path
            field_dict["path"] = path

        if flaws is not None and "value" in flaws:
            keep_raw(field_dict, flaws["value"])
        else:
            value = self.value
            if value is not UNSET:
                field_dict["value"] = value

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A EnvironmentPatchOperation that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("op", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("op")
            op = _value
            if not (isinstance(op, str)):
                raise wrong_type("str", op)
            _set(self, "op", op)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "op", "op", _value, error)

        _value = d.pop("path", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("path")
            path = _value
            if not (isinstance(path, str)):
                raise wrong_type("str", path)
            _set(self, "path", path)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "path", "path", _value, error)

        _value = d.pop("value", UNSET)
        try:
            value = _value
            _set(self, "value", value)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "value", "value", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

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
