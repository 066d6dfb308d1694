from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detected_secret_resource_type import DetectedSecretResourceType, check_detected_secret_resource_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectedSecretsResourceFilter")


@_attrs_define
class DetectedSecretsResourceFilter:
    """Resources of one kind to search in."""

    type_: DetectedSecretResourceType | Unset = UNSET
    """ A kind of resource a secret can be found in, as used in filters. """
    ids: list[str] | Unset = UNSET
    """ The resources' ids. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DetectedSecretResourceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_detected_secret_resource_type(_type_)

        ids = cast("list[str]", d.pop("ids", UNSET))

        detected_secrets_resource_filter = cls(
            type_=type_,
            ids=ids,
        )

        detected_secrets_resource_filter.additional_properties = d
        return detected_secrets_resource_filter

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
