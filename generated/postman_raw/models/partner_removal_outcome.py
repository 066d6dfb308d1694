from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.partner_removal_result_item import PartnerRemovalResultItem


T = TypeVar("T", bound="PartnerRemovalOutcome")


@_attrs_define
class PartnerRemovalOutcome(Model):
    """Result of a `remove_partner` action (it never carries `roleId`)."""

    action: str | Unset = UNSET
    """ `remove_partner`. """
    target_entity: str | Unset = UNSET
    """ `workspace` or `team`. """
    target_entity_id: str | Unset = UNSET
    results: list[PartnerRemovalResultItem] | Unset = UNSET
    """ One entry per user id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("results",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        target_entity = self.target_entity

        target_entity_id = self.target_entity_id

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if target_entity is not UNSET:
            field_dict["targetEntity"] = target_entity
        if target_entity_id is not UNSET:
            field_dict["targetEntityId"] = target_entity_id
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PartnerRemovalOutcome that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.partner_removal_result_item import PartnerRemovalResultItem  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        action = d.pop("action", UNSET)
        _set(self, "action", action)

        target_entity = d.pop("targetEntity", UNSET)
        _set(self, "target_entity", target_entity)

        target_entity_id = d.pop("targetEntityId", UNSET)
        _set(self, "target_entity_id", target_entity_id)

        _results = d.pop("results", UNSET)
        results: list[PartnerRemovalResultItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = PartnerRemovalResultItem.from_dict(results_item_data)

                results.append(results_item)

        _set(self, "results", results)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("results", UNSET)
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
