from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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

if TYPE_CHECKING:
    from ..models.spec_task_resource import SpecTaskResource


T = TypeVar("T", bound="SpecTaskResources")


@_attrs_define
class SpecTaskResources(Model):
    """The elements a completed task created or updated."""

    resources: list[SpecTaskResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("resources",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "resources" in flaws:
            keep_raw(field_dict, flaws["resources"])
        else:
            resources: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.resources, Unset):
                resources = []
                for resources_item_data in self.resources:
                    resources_item = resources_item_data.to_dict()
                    resources.append(resources_item)

            if resources is not UNSET:
                field_dict["resources"] = resources

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SpecTaskResources that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.spec_task_resource import SpecTaskResource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("resources", UNSET)
        try:
            _resources = _value
            resources: list[SpecTaskResource] | Unset = UNSET
            if _resources is not UNSET:
                if not isinstance(_resources, list):
                    raise wrong_type("an array", _resources)
                resources = []
                for resources_item_data in _resources:
                    resources_item = SpecTaskResource.from_dict(resources_item_data)

                    resources.append(resources_item)

            _set(self, "resources", resources)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resources", "resources", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("resources", UNSET)
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
