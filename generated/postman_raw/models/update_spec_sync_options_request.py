from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.spec_sync_options import SpecSyncOptions


T = TypeVar("T", bound="UpdateSpecSyncOptionsRequest")


@_attrs_define
class UpdateSpecSyncOptionsRequest:
    """Body of PATCH /specs/{specId}/collections/{collectionId}/sync-options."""

    sync_options: SpecSyncOptions
    """ How a generated collection and its spec are kept in step. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_options = self.sync_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncOptions": sync_options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.spec_sync_options import SpecSyncOptions  # noqa: PLC0415

        d = dict(src_dict)
        sync_options = SpecSyncOptions.from_dict(d.pop("syncOptions"))

        update_spec_sync_options_request = cls(
            sync_options=sync_options,
        )

        update_spec_sync_options_request.additional_properties = d
        return update_spec_sync_options_request

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
