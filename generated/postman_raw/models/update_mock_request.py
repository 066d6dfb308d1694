from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mock_server_changes import MockServerChanges


T = TypeVar("T", bound="UpdateMockRequest")


@_attrs_define
class UpdateMockRequest:
    """Body of PUT /mocks/{mockId}; at least one field of `mock` must be given."""

    mock: MockServerChanges
    """ The mock server settings to change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mock = self.mock.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mock": mock,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.mock_server_changes import MockServerChanges  # noqa: PLC0415

        d = dict(src_dict)
        mock = MockServerChanges.from_dict(d.pop("mock"))

        update_mock_request = cls(
            mock=mock,
        )

        update_mock_request.additional_properties = d
        return update_mock_request

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
