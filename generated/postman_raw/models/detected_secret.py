from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectedSecret")


@_attrs_define
class DetectedSecret:
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
        d = dict(src_dict)
        secret_id = d.pop("secretId", UNSET)

        secret_type = d.pop("secretType", UNSET)

        secret_hash = d.pop("secretHash", UNSET)

        obfuscated_secret = d.pop("obfuscatedSecret", UNSET)

        workspace_id = d.pop("workspaceId", UNSET)

        workspace_visibility = d.pop("workspaceVisibility", UNSET)

        resource_type = d.pop("resourceType", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        resolution = d.pop("resolution", UNSET)

        occurrences = d.pop("occurrences", UNSET)

        _detected_at = d.pop("detectedAt", UNSET)
        detected_at: datetime.datetime | Unset
        if isinstance(_detected_at, Unset):
            detected_at = UNSET
        else:
            detected_at = datetime.datetime.fromisoformat(_detected_at)

        detected_secret = cls(
            secret_id=secret_id,
            secret_type=secret_type,
            secret_hash=secret_hash,
            obfuscated_secret=obfuscated_secret,
            workspace_id=workspace_id,
            workspace_visibility=workspace_visibility,
            resource_type=resource_type,
            resource_id=resource_id,
            resolution=resolution,
            occurrences=occurrences,
            detected_at=detected_at,
        )

        detected_secret.additional_properties = d
        return detected_secret

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
