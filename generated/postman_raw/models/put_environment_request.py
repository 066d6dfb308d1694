from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.environment_replace_data import EnvironmentReplaceData


T = TypeVar("T", bound="PutEnvironmentRequest")


@_attrs_define
class PutEnvironmentRequest:
    """Body of PUT /environments/{environmentId}."""

    environment: EnvironmentReplaceData
    """ The environment's new name and complete list of variables. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.environment_replace_data import EnvironmentReplaceData  # noqa: PLC0415

        d = dict(src_dict)
        environment = EnvironmentReplaceData.from_dict(d.pop("environment"))

        put_environment_request = cls(
            environment=environment,
        )

        put_environment_request.additional_properties = d
        return put_environment_request

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
