from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.sdk import Sdk


T = TypeVar("T", bound="SdkGitConnectionPullRequest")


@_attrs_define
class SdkGitConnectionPullRequest(Model):
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
    _model_fields: ClassVar[tuple[str, ...]] = ("sdk",)
    """The fields that can hold models: what materialize(deep=True) walks."""

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
        """A SdkGitConnectionPullRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.sdk import Sdk  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        number = d.pop("number")
        _set(self, "number", number)

        url = d.pop("url")
        _set(self, "url", url)

        status = d.pop("status")
        _set(self, "status", status)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _set(self, "created_at", created_at)

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _set(self, "updated_at", updated_at)

        _sdk = d.pop("sdk", UNSET)
        sdk: Sdk | Unset
        if isinstance(_sdk, Unset):
            sdk = UNSET
        else:
            sdk = Sdk.from_dict(_sdk)

        _set(self, "sdk", sdk)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("number", UNSET)
        if value is UNSET:
            return False
        value = data.get("url", UNSET)
        if value is UNSET:
            return False
        value = data.get("status", UNSET)
        if value is UNSET:
            return False
        value = data.get("createdAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("sdk", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
