from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk import Sdk


T = TypeVar("T", bound="SdkGitConnectionPullRequest")


@_attrs_define
class SdkGitConnectionPullRequest:
    """An SDK-update pull request opened through a Git connection."""

    number: int
    """ The pull request's number in the repository. """
    url: str
    """ The pull request's web URL. """
    status: str
    """ Pull request state: `open`, `merged` or `closed`. """
    created_at: datetime.datetime
    """ When the pull request was opened. """
    updated_at: datetime.datetime
    """ When the pull request last changed. """
    sdk: Sdk | Unset = UNSET
    """ A generated SDK and the state of its build. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        url = self.url

        status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        sdk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sdk, Unset):
            sdk = self.sdk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "url": url,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if sdk is not UNSET:
            field_dict["sdk"] = sdk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.sdk import Sdk  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        url = d.pop("url")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _sdk = d.pop("sdk", UNSET)
        sdk: Sdk | Unset
        if isinstance(_sdk, Unset):
            sdk = UNSET
        else:
            sdk = Sdk.from_dict(_sdk)

        sdk_git_connection_pull_request = cls(
            number=number,
            url=url,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            sdk=sdk,
        )

        sdk_git_connection_pull_request.additional_properties = d
        return sdk_git_connection_pull_request

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
