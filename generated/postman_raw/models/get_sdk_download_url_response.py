from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, read_lazily

T = TypeVar("T", bound="GetSdkDownloadUrlResponse")


@_attrs_define
class GetSdkDownloadUrlResponse(Model):
    """Body of GET /sdks/{sdkId}/downloads."""

    id: str
    """ The SDK's id. """
    language: str
    """ The SDK's target language (see `Sdk.language`). """
    url: str
    """ Signed link to the zip archive. """
    expires_at: datetime.datetime
    """ When the link stops working. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        language = self.language

        url = self.url

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "language": language,
                "url": url,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GetSdkDownloadUrlResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id")
        _set(self, "id", id)

        language = d.pop("language")
        _set(self, "language", language)

        url = d.pop("url")
        _set(self, "url", url)

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        _set(self, "expires_at", expires_at)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("id", UNSET)
        if value is UNSET:
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        value = data.get("url", UNSET)
        if value is UNSET:
            return False
        value = data.get("expiresAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, str)):
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
