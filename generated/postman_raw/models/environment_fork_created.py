from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvironmentForkCreated")


@_attrs_define
class EnvironmentForkCreated:
    """The fork just made."""

    uid: str | Unset = UNSET
    """ The fork's uid. """
    name: str | Unset = UNSET
    """ The fork's environment name (the parent's name). """
    fork_name: str | Unset = UNSET
    """ The label given to the fork. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        name = self.name

        fork_name = self.fork_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if name is not UNSET:
            field_dict["name"] = name
        if fork_name is not UNSET:
            field_dict["forkName"] = fork_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uid = d.pop("uid", UNSET)

        name = d.pop("name", UNSET)

        fork_name = d.pop("forkName", UNSET)

        environment_fork_created = cls(
            uid=uid,
            name=name,
            fork_name=fork_name,
        )

        environment_fork_created.additional_properties = d
        return environment_fork_created

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
