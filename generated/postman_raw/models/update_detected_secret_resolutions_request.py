from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_detected_secret_resolutions_request_resolution import (
    UpdateDetectedSecretResolutionsRequestResolution,
    check_update_detected_secret_resolutions_request_resolution,
)
from ..types import UNSET, Model, accepts, read_lazily

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
        resolution: str = self.resolution

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resolution": resolution,
                "workspaceId": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateDetectedSecretResolutionsRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        resolution = check_update_detected_secret_resolutions_request_resolution(d.pop("resolution"))

        _set(self, "resolution", resolution)

        workspace_id = d.pop("workspaceId")
        _set(self, "workspace_id", workspace_id)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("resolution", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_update_detected_secret_resolutions_request_resolution, value)):
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
