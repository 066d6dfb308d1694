from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_sdk_git_connection_request_status import (
    UpdateSdkGitConnectionRequestStatus,
    check_update_sdk_git_connection_request_status,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status: str = self.status
            field_dict["status"] = status

        if flaws is not None and "auto_update_pull_requests_enabled" in flaws:
            keep_raw(field_dict, flaws["auto_update_pull_requests_enabled"])
        else:
            auto_update_pull_requests_enabled = self.auto_update_pull_requests_enabled
            if auto_update_pull_requests_enabled is not UNSET:
                field_dict["autoUpdatePullRequestsEnabled"] = auto_update_pull_requests_enabled

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateSdkGitConnectionRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("status", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("status")
            status = enum_value(check_update_sdk_git_connection_request_status, _value)

            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("autoUpdatePullRequestsEnabled", UNSET)
        try:
            auto_update_pull_requests_enabled = _value
            if auto_update_pull_requests_enabled is not UNSET and not (type(auto_update_pull_requests_enabled) is bool):
                raise wrong_type("bool", auto_update_pull_requests_enabled)
            _set(self, "auto_update_pull_requests_enabled", auto_update_pull_requests_enabled)
        except DATA_ERRORS as error:
            flaws = note_flaw(
                self, flaws, "auto_update_pull_requests_enabled", "autoUpdatePullRequestsEnabled", _value, error
            )

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("status", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_update_sdk_git_connection_request_status, value))
        ):
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
