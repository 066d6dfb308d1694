from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SdkGitConnectionPullRequestSummary")


@_attrs_define
class SdkGitConnectionPullRequestSummary:
    """A short reference to an SDK-update pull request."""

    url: str
    """ The pull request's web URL. """
    status: str
    """ Pull request state: `open`, `merged` or `closed`. """
    sdk_id: str
    """ The SDK the pull request delivers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        status = self.status

        sdk_id = self.sdk_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "status": status,
                "sdkId": sdk_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        status = d.pop("status")

        sdk_id = d.pop("sdkId")

        sdk_git_connection_pull_request_summary = cls(
            url=url,
            status=status,
            sdk_id=sdk_id,
        )

        sdk_git_connection_pull_request_summary.additional_properties = d
        return sdk_git_connection_pull_request_summary

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
