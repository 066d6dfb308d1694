from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="DetectedSecret")


@_attrs_define
class DetectedSecret(Model):
    """A secret found by the Secret Scanner, in one workspace (or resource)."""

    secret_id: str | Unset = UNSET
    """ The detected secret's id. """
    secret_type: str | Unset = UNSET
    """ Name of the secret's type, for example `Postman API Key`. """
    secret_hash: str | Unset = UNSET
    """ SHA-256 hash of the secret. """
    obfuscated_secret: str | Unset = UNSET
    """ The secret with most of it masked. """
    workspace_id: str | Unset = UNSET
    """ The workspace the secret was found in. """
    workspace_visibility: str | Unset = UNSET
    """ Visibility of that workspace: `personal`, `private`, `team` or `public`. """
    resource_type: str | Unset = UNSET
    """ Kind of resource, when the search was by resource. """
    resource_id: str | Unset = UNSET
    """ The resource's id, when the search was by resource. """
    resolution: str | Unset = UNSET
    """ Current state: `ACTIVE` (unresolved), `FALSE_POSITIVE`, `REVOKED` or `ACCEPTED_RISK`. """
    occurrences: int | Unset = UNSET
    """ How many times the secret occurs in the workspace. """
    detected_at: datetime.datetime | Unset = UNSET
    """ When the secret was first found. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        secret_id = self.secret_id

        secret_type = self.secret_type

        secret_hash = self.secret_hash

        obfuscated_secret = self.obfuscated_secret

        workspace_id = self.workspace_id

        workspace_visibility = self.workspace_visibility

        resource_type = self.resource_type

        resource_id = self.resource_id

        resolution = self.resolution

        occurrences = self.occurrences

        detected_at: str | Unset = UNSET
        if not isinstance(self.detected_at, Unset):
            detected_at = self.detected_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret_id is not UNSET:
            field_dict["secretId"] = secret_id
        if secret_type is not UNSET:
            field_dict["secretType"] = secret_type
        if secret_hash is not UNSET:
            field_dict["secretHash"] = secret_hash
        if obfuscated_secret is not UNSET:
            field_dict["obfuscatedSecret"] = obfuscated_secret
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if workspace_visibility is not UNSET:
            field_dict["workspaceVisibility"] = workspace_visibility
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if occurrences is not UNSET:
            field_dict["occurrences"] = occurrences
        if detected_at is not UNSET:
            field_dict["detectedAt"] = detected_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecret that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        secret_id = d.pop("secretId", UNSET)
        _set(self, "secret_id", secret_id)

        secret_type = d.pop("secretType", UNSET)
        _set(self, "secret_type", secret_type)

        secret_hash = d.pop("secretHash", UNSET)
        _set(self, "secret_hash", secret_hash)

        obfuscated_secret = d.pop("obfuscatedSecret", UNSET)
        _set(self, "obfuscated_secret", obfuscated_secret)

        workspace_id = d.pop("workspaceId", UNSET)
        _set(self, "workspace_id", workspace_id)

        workspace_visibility = d.pop("workspaceVisibility", UNSET)
        _set(self, "workspace_visibility", workspace_visibility)

        resource_type = d.pop("resourceType", UNSET)
        _set(self, "resource_type", resource_type)

        resource_id = d.pop("resourceId", UNSET)
        _set(self, "resource_id", resource_id)

        resolution = d.pop("resolution", UNSET)
        _set(self, "resolution", resolution)

        occurrences = d.pop("occurrences", UNSET)
        _set(self, "occurrences", occurrences)

        _detected_at = d.pop("detectedAt", UNSET)
        detected_at: datetime.datetime | Unset
        if isinstance(_detected_at, Unset):
            detected_at = UNSET
        else:
            detected_at = datetime.datetime.fromisoformat(_detected_at)

        _set(self, "detected_at", detected_at)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("detectedAt", UNSET)
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
