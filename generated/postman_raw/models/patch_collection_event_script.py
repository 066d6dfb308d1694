from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

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

T = TypeVar("T", bound="PatchCollectionEventScript")


@_attrs_define
class PatchCollectionEventScript(Model):
    """Source of a collection-level script."""

    id: str
    """ An id chosen by the caller (a UUID, for example); required for collection-level scripts. """
    type_: str | Unset = UNSET
    """ Media type of the source, such as `text/javascript`. """
    exec_: list[None | str] | Unset = UNSET
    """ The source, one line per entry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            field_dict["id"] = id

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "exec_" in flaws:
            keep_raw(field_dict, flaws["exec_"])
        else:
            exec_: list[None | str] | Unset = UNSET
            if not isinstance(self.exec_, Unset):
                exec_ = []
                for exec_item_data in self.exec_:
                    exec_item: None | str
                    exec_item = exec_item_data
                    exec_.append(exec_item)

            if exec_ is not UNSET:
                field_dict["exec"] = exec_

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PatchCollectionEventScript that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("id")
            id = _value
            if not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("exec", UNSET)
        try:
            _exec_ = _value
            exec_: list[None | str] | Unset = UNSET
            if _exec_ is not UNSET:
                if not isinstance(_exec_, list):
                    raise wrong_type("an array", _exec_)
                exec_ = []
                for exec_item_data in _exec_:

                    def _parse_exec_item(data: object) -> None | str:
                        if data is None:
                            return data
                        if not (isinstance(data, str) or data is None):
                            raise wrong_type("None | str", data)
                        return cast("None | str", data)

                    exec_item = _parse_exec_item(exec_item_data)

                    exec_.append(exec_item)

            _set(self, "exec_", exec_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "exec_", "exec", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("id", UNSET)
        if value is UNSET:
            return False
        value = data.get("exec", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
