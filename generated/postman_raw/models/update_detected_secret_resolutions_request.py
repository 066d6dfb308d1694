from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_detected_secret_resolutions_request_resolution import (
    UpdateDetectedSecretResolutionsRequestResolution,
    check_update_detected_secret_resolutions_request_resolution,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="UpdateDetectedSecretResolutionsRequest")


@_attrs_define
class UpdateDetectedSecretResolutionsRequest(Model):
    """Body of PUT /detected-secrets/{secretId}."""

    resolution: UpdateDetectedSecretResolutionsRequestResolution
    """ How the secret was dealt with: `FALSE_POSITIVE` (not really a secret), `REVOKED`
    (the secret was rotated) or `ACCEPTED_RISK` (left in place on purpose).
     """
    workspace_id: str
    """ The workspace the secret was found in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "resolution" in flaws:
            keep_raw(field_dict, flaws["resolution"])
        else:
            resolution: str = self.resolution
            field_dict["resolution"] = resolution

        if flaws is not None and "workspace_id" in flaws:
            keep_raw(field_dict, flaws["workspace_id"])
        else:
            workspace_id = self.workspace_id
            field_dict["workspaceId"] = workspace_id

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateDetectedSecretResolutionsRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("resolution", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("resolution")
            resolution = enum_value(check_update_detected_secret_resolutions_request_resolution, _value)

            _set(self, "resolution", resolution)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resolution", "resolution", _value, error)

        _value = d.pop("workspaceId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("workspaceId")
            workspace_id = _value
            if not (isinstance(workspace_id, str)):
                raise wrong_type("str", workspace_id)
            _set(self, "workspace_id", workspace_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_id", "workspaceId", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("resolution", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_update_detected_secret_resolutions_request_resolution, value))
        ):
            return False
        value = data.get("workspaceId", UNSET)
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
