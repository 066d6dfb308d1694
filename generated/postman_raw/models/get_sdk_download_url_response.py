from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetSdkDownloadUrlResponse")


@_attrs_define
class GetSdkDownloadUrlResponse:
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
        d = dict(src_dict)
        id = d.pop("id")

        language = d.pop("language")

        url = d.pop("url")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        get_sdk_download_url_response = cls(
            id=id,
            language=language,
            url=url,
            expires_at=expires_at,
        )

        get_sdk_download_url_response.additional_properties = d
        return get_sdk_download_url_response

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
