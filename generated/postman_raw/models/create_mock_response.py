from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mock_server import MockServer


T = TypeVar("T", bound="CreateMockResponse")


@_attrs_define
class CreateMockResponse:
    """Body returned by POST /mocks."""

    mock: MockServer | Unset = UNSET
    """ A mock server. Lists and single reads carry `isPublic` and (single read) `deactivated`;
    the bodies of create and update leave them out.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mock: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mock, Unset):
            mock = self.mock.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mock is not UNSET:
            field_dict["mock"] = mock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.mock_server import MockServer  # noqa: PLC0415

        d = dict(src_dict)
        _mock = d.pop("mock", UNSET)
        mock: MockServer | Unset
        if isinstance(_mock, Unset):
            mock = UNSET
        else:
            mock = MockServer.from_dict(_mock)

        create_mock_response = cls(
            mock=mock,
        )

        create_mock_response.additional_properties = d
        return create_mock_response

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
