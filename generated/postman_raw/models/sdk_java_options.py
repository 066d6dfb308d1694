from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SdkJavaOptions")


@_attrs_define
class SdkJavaOptions:
    """Options read when `language` is `java`."""

    group_id: str | Unset = UNSET
    """ Maven group id written into `pom.xml`. """
    artifact_id: str | Unset = UNSET
    """ Maven artifact id written into `pom.xml`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        artifact_id = self.artifact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if artifact_id is not UNSET:
            field_dict["artifactId"] = artifact_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        artifact_id = d.pop("artifactId", UNSET)

        sdk_java_options = cls(
            group_id=group_id,
            artifact_id=artifact_id,
        )

        sdk_java_options.additional_properties = d
        return sdk_java_options

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
