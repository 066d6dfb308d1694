from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_collection_event_listen import PatchCollectionEventListen, check_patch_collection_event_listen
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
)

if TYPE_CHECKING:
    from ..models.patch_collection_event_script import PatchCollectionEventScript


T = TypeVar("T", bound="PatchCollectionEvent")


@_attrs_define
class PatchCollectionEvent(Model):
    """A collection-level script. It has no top-level `id`; it is identified by `script.id`."""

    listen: PatchCollectionEventListen
    """ `prerequest` (runs before each request) or `test` (runs after each response). """
    script: PatchCollectionEventScript | Unset = UNSET
    """ Source of a collection-level script. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("script",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "listen" in flaws:
            keep_raw(field_dict, flaws["listen"])
        else:
            listen: str = self.listen
            field_dict["listen"] = listen

        if flaws is not None and "script" in flaws:
            keep_raw(field_dict, flaws["script"])
        else:
            script: dict[str, Any] | Unset = UNSET
            if not isinstance(self.script, Unset):
                script = self.script.to_dict()
            if script is not UNSET:
                field_dict["script"] = script

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PatchCollectionEvent that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.patch_collection_event_script import PatchCollectionEventScript  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("listen", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("listen")
            listen = enum_value(check_patch_collection_event_listen, _value)

            _set(self, "listen", listen)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "listen", "listen", _value, error)

        _value = d.pop("script", UNSET)
        try:
            _script = _value
            script: PatchCollectionEventScript | Unset
            if isinstance(_script, Unset):
                script = UNSET
            else:
                script = PatchCollectionEventScript.from_dict(_script)

            _set(self, "script", script)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "script", "script", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("listen", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_patch_collection_event_listen, value)):
            return False
        value = data.get("script", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
