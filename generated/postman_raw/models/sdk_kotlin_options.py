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

T = TypeVar("T", bound="SdkKotlinOptions")


@_attrs_define
class SdkKotlinOptions(Model):
    """Options read when `language` is `kotlin`."""

    group_id: str | Unset = UNSET
    """ Maven group id written into `pom.xml`. """
    artifact_id: str | Unset = UNSET
    """ Maven artifact id written into `pom.xml`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "group_id" in flaws:
            keep_raw(field_dict, flaws["group_id"])
        else:
            group_id = self.group_id
            if group_id is not UNSET:
                field_dict["groupId"] = group_id

        if flaws is not None and "artifact_id" in flaws:
            keep_raw(field_dict, flaws["artifact_id"])
        else:
            artifact_id = self.artifact_id
            if artifact_id is not UNSET:
                field_dict["artifactId"] = artifact_id

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SdkKotlinOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("groupId", UNSET)
        try:
            group_id = _value
            if group_id is not UNSET and not (isinstance(group_id, str)):
                raise wrong_type("str", group_id)
            _set(self, "group_id", group_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "group_id", "groupId", _value, error)

        _value = d.pop("artifactId", UNSET)
        try:
            artifact_id = _value
            if artifact_id is not UNSET and not (isinstance(artifact_id, str)):
                raise wrong_type("str", artifact_id)
            _set(self, "artifact_id", artifact_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "artifact_id", "artifactId", _value, error)

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
