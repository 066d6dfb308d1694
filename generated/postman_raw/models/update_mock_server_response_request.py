from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mock_server_response_changes import MockServerResponseChanges


T = TypeVar("T", bound="UpdateMockServerResponseRequest")


@_attrs_define
class UpdateMockServerResponseRequest:
    """Body of PUT /mocks/{mockId}/server-responses/{serverResponseId}."""

    server_response: MockServerResponseChanges
    """ The server response fields to change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_response = self.server_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverResponse": server_response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.mock_server_response_changes import MockServerResponseChanges  # noqa: PLC0415

        d = dict(src_dict)
        server_response = MockServerResponseChanges.from_dict(d.pop("serverResponse"))

        update_mock_server_response_request = cls(
            server_response=server_response,
        )

        update_mock_server_response_request.additional_properties = d
        return update_mock_server_response_request

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
