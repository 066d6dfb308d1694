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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "action" in flaws:
            keep_raw(field_dict, flaws["action"])
        else:
            action = self.action
            if action is not UNSET:
                field_dict["action"] = action

        if flaws is not None and "target_entity" in flaws:
            keep_raw(field_dict, flaws["target_entity"])
        else:
            target_entity = self.target_entity
            if target_entity is not UNSET:
                field_dict["targetEntity"] = target_entity

        if flaws is not None and "target_entity_id" in flaws:
            keep_raw(field_dict, flaws["target_entity_id"])
        else:
            target_entity_id = self.target_entity_id
            if target_entity_id is not UNSET:
                field_dict["targetEntityId"] = target_entity_id

        if flaws is not None and "results" in flaws:
            keep_raw(field_dict, flaws["results"])
        else:
            results: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.results, Unset):
                results = []
                for results_item_data in self.results:
                    results_item = results_item_data.to_dict()
                    results.append(results_item)

            if results is not UNSET:
                field_dict["results"] = results

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PartnerRemovalOutcome that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.partner_removal_result_item import PartnerRemovalResultItem  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("action", UNSET)
        try:
            action = _value
            if action is not UNSET and not (isinstance(action, str)):
                raise wrong_type("str", action)
            _set(self, "action", action)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "action", "action", _value, error)

        _value = d.pop("targetEntity", UNSET)
        try:
            target_entity = _value
            if target_entity is not UNSET and not (isinstance(target_entity, str)):
                raise wrong_type("str", target_entity)
            _set(self, "target_entity", target_entity)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "target_entity", "targetEntity", _value, error)

        _value = d.pop("targetEntityId", UNSET)
        try:
            target_entity_id = _value
            if target_entity_id is not UNSET and not (isinstance(target_entity_id, str)):
                raise wrong_type("str", target_entity_id)
            _set(self, "target_entity_id", target_entity_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "target_entity_id", "targetEntityId", _value, error)

        _value = d.pop("results", UNSET)
        try:
            _results = _value
            results: list[PartnerRemovalResultItem] | Unset = UNSET
            if _results is not UNSET:
                if not isinstance(_results, list):
                    raise wrong_type("an array", _results)
                results = []
                for results_item_data in _results:
                    results_item = PartnerRemovalResultItem.from_dict(results_item_data)

                    results.append(results_item)

            _set(self, "results", results)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "results", "results", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("results", UNSET)
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
