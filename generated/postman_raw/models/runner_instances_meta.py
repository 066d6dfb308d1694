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

T = TypeVar("T", bound="RunnerInstancesMeta")


@_attrs_define
class RunnerInstancesMeta(Model):
    """Paging information for a list of runner instances."""

    model: str | Unset = UNSET
    """ Always `runnerInstance`. """
    action: str | Unset = UNSET
    """ Always `find`. """
    url: str | Unset = UNSET
    """ The address of this page. """
    next_cursor: str | Unset = UNSET
    """ Pass as `cursor` to get the next page; absent on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "model" in flaws:
            keep_raw(field_dict, flaws["model"])
        else:
            model = self.model
            if model is not UNSET:
                field_dict["model"] = model

        if flaws is not None and "action" in flaws:
            keep_raw(field_dict, flaws["action"])
        else:
            action = self.action
            if action is not UNSET:
                field_dict["action"] = action

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url = self.url
            if url is not UNSET:
                field_dict["url"] = url

        if flaws is not None and "next_cursor" in flaws:
            keep_raw(field_dict, flaws["next_cursor"])
        else:
            next_cursor = self.next_cursor
            if next_cursor is not UNSET:
                field_dict["nextCursor"] = next_cursor

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A RunnerInstancesMeta that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("model", UNSET)
        try:
            model = _value
            if model is not UNSET and not (isinstance(model, str)):
                raise wrong_type("str", model)
            _set(self, "model", model)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "model", "model", _value, error)

        _value = d.pop("action", UNSET)
        try:
            action = _value
            if action is not UNSET and not (isinstance(action, str)):
                raise wrong_type("str", action)
            _set(self, "action", action)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "action", "action", _value, error)

        _value = d.pop("url", UNSET)
        try:
            url = _value
            if url is not UNSET and not (isinstance(url, str)):
                raise wrong_type("str", url)
            _set(self, "url", url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "url", "url", _value, error)

        _value = d.pop("nextCursor", UNSET)
        try:
            next_cursor = _value
            if next_cursor is not UNSET and not (isinstance(next_cursor, str)):
                raise wrong_type("str", next_cursor)
            _set(self, "next_cursor", next_cursor)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "next_cursor", "nextCursor", _value, error)

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
