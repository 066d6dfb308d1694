from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_sdk_git_connection_request_status import (
    UpdateSdkGitConnectionRequestStatus,
    check_update_sdk_git_connection_request_status,
)
from ..types import UNSET, Model, Unset, accepts, read_lazily

T = TypeVar("T", bound="UpdateSdkGitConnectionRequest")


@_attrs_define
class UpdateSdkGitConnectionRequest(Model):
    """Body of PUT /sdk-git-connections/{sdkGitConnectionId}."""

    status: UpdateSdkGitConnectionRequestStatus
    """ The state to put the connection in. """
    auto_update_pull_requests_enabled: bool | Unset = UNSET
    """ Whether pull requests are opened automatically (Enterprise plans; always false on Team plans). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        auto_update_pull_requests_enabled = self.auto_update_pull_requests_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if auto_update_pull_requests_enabled is not UNSET:
            field_dict["autoUpdatePullRequestsEnabled"] = auto_update_pull_requests_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateSdkGitConnectionRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        status = check_update_sdk_git_connection_request_status(d.pop("status"))

        _set(self, "status", status)

        auto_update_pull_requests_enabled = d.pop("autoUpdatePullRequestsEnabled", UNSET)
        _set(self, "auto_update_pull_requests_enabled", auto_update_pull_requests_enabled)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("status", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_update_sdk_git_connection_request_status, value)):
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
