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

T = TypeVar("T", bound="SpecSyncOptions")


@_attrs_define
class SpecSyncOptions(Model):
    """How a generated collection and its spec are kept in step."""

    sync_examples: bool | Unset = UNSET
    """ Keep examples in the spec and example values in the collection in step (true unless changed). """
    delete_orphaned_requests: bool | Unset = UNSET
    """ On sync, delete requests whose endpoint no longer exists in the source (true unless changed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "sync_examples" in flaws:
            keep_raw(field_dict, flaws["sync_examples"])
        else:
            sync_examples = self.sync_examples
            if sync_examples is not UNSET:
                field_dict["syncExamples"] = sync_examples

        if flaws is not None and "delete_orphaned_requests" in flaws:
            keep_raw(field_dict, flaws["delete_orphaned_requests"])
        else:
            delete_orphaned_requests = self.delete_orphaned_requests
            if delete_orphaned_requests is not UNSET:
                field_dict["deleteOrphanedRequests"] = delete_orphaned_requests

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SpecSyncOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("syncExamples", UNSET)
        try:
            sync_examples = _value
            if sync_examples is not UNSET and not (type(sync_examples) is bool):
                raise wrong_type("bool", sync_examples)
            _set(self, "sync_examples", sync_examples)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "sync_examples", "syncExamples", _value, error)

        _value = d.pop("deleteOrphanedRequests", UNSET)
        try:
            delete_orphaned_requests = _value
            if delete_orphaned_requests is not UNSET and not (type(delete_orphaned_requests) is bool):
                raise wrong_type("bool", delete_orphaned_requests)
            _set(self, "delete_orphaned_requests", delete_orphaned_requests)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "delete_orphaned_requests", "deleteOrphanedRequests", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
