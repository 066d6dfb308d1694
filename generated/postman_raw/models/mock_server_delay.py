from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MockServerDelay")


@_attrs_define
class MockServerDelay:
    """A simulated network delay applied to every answer."""

    type_: str | Unset = UNSET
    """ Kind of delay; `fixed` is the only known value. """
    preset: str | Unset = UNSET
    """ The preset used, when one was: `1` for 2G (300 ms), `2` for 3G (100 ms). Absent for a custom delay. """
    duration: int | Unset = UNSET
    """ The delay in milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        preset = self.preset

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if preset is not UNSET:
            field_dict["preset"] = preset
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        preset = d.pop("preset", UNSET)

        duration = d.pop("duration", UNSET)

        mock_server_delay = cls(
            type_=type_,
            preset=preset,
            duration=duration,
        )

        mock_server_delay.additional_properties = d
        return mock_server_delay

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
