from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, read_lazily

T = TypeVar("T", bound="SdkGitConnectionPullRequestSummary")


@_attrs_define
class SdkGitConnectionPullRequestSummary(Model):
    """A short reference to an SDK-update pull request."""

    url: str
    """ The pull request's web URL. """
    status: str
    """ Pull request state: `open`, `merged` or `closed`. """
    sdk_id: str
    """ The SDK the pull request delivers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

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
        """A SdkGitConnectionPullRequestSummary that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        url = d.pop("url")
        _set(self, "url", url)

        status = d.pop("status")
        _set(self, "status", status)

        sdk_id = d.pop("sdkId")
        _set(self, "sdk_id", sdk_id)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("url", UNSET)
        if value is UNSET:
            return False
        value = data.get("status", UNSET)
        if value is UNSET:
            return False
        value = data.get("sdkId", UNSET)
        if value is UNSET:
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
