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

T = TypeVar("T", bound="SdkTypescriptOptions")


@_attrs_define
class SdkTypescriptOptions(Model):
    """Options read when `language` is `typescript`."""

    npm_org: str | Unset = UNSET
    """ npm scope of the package, without a trailing slash. """
    npm_name: str | Unset = UNSET
    """ Unscoped npm package name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "npm_org" in flaws:
            keep_raw(field_dict, flaws["npm_org"])
        else:
            npm_org = self.npm_org
            if npm_org is not UNSET:
                field_dict["npmOrg"] = npm_org

        if flaws is not None and "npm_name" in flaws:
            keep_raw(field_dict, flaws["npm_name"])
        else:
            npm_name = self.npm_name
            if npm_name is not UNSET:
                field_dict["npmName"] = npm_name

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SdkTypescriptOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("npmOrg", UNSET)
        try:
            npm_org = _value
            if npm_org is not UNSET and not (isinstance(npm_org, str)):
                raise wrong_type("str", npm_org)
            _set(self, "npm_org", npm_org)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "npm_org", "npmOrg", _value, error)

        _value = d.pop("npmName", UNSET)
        try:
            npm_name = _value
            if npm_name is not UNSET and not (isinstance(npm_name, str)):
                raise wrong_type("str", npm_name)
            _set(self, "npm_name", npm_name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "npm_name", "npmName", _value, error)

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
