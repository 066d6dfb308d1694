from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        type_ = self.type_

        exec_: list[None | str] | Unset = UNSET
        if not isinstance(self.exec_, Unset):
            exec_ = []
            for exec_item_data in self.exec_:
                exec_item: None | str
                exec_item = exec_item_data
                exec_.append(exec_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if exec_ is not UNSET:
            field_dict["exec"] = exec_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PatchCollectionEventScript that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id")
        _set(self, "id", id)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        _exec_ = d.pop("exec", UNSET)
        exec_: list[None | str] | Unset = UNSET
        if _exec_ is not UNSET:
            exec_ = []
            for exec_item_data in _exec_:

                def _parse_exec_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast("None | str", data)

                exec_item = _parse_exec_item(exec_item_data)

                exec_.append(exec_item)

        _set(self, "exec_", exec_)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("id", UNSET)
        if value is UNSET:
            return False
        value = data.get("exec", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
