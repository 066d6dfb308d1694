from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "secret_id" in flaws:
            keep_raw(field_dict, flaws["secret_id"])
        else:
            secret_id = self.secret_id
            if secret_id is not UNSET:
                field_dict["secretId"] = secret_id

        if flaws is not None and "secret_type" in flaws:
            keep_raw(field_dict, flaws["secret_type"])
        else:
            secret_type = self.secret_type
            if secret_type is not UNSET:
                field_dict["secretType"] = secret_type

        if flaws is not None and "secret_hash" in flaws:
            keep_raw(field_dict, flaws["secret_hash"])
        else:
            secret_hash = self.secret_hash
            if secret_hash is not UNSET:
                field_dict["secretHash"] = secret_hash

        if flaws is not None and "obfuscated_secret" in flaws:
            keep_raw(field_dict, flaws["obfuscated_secret"])
        else:
            obfuscated_secret = self.obfuscated_secret
            if obfuscated_secret is not UNSET:
                field_dict["obfuscatedSecret"] = obfuscated_secret

        if flaws is not None and "workspace_id" in flaws:
            keep_raw(field_dict, flaws["workspace_id"])
        else:
            workspace_id = self.workspace_id
            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id

        if flaws is not None and "workspace_visibility" in flaws:
            keep_raw(field_dict, flaws["workspace_visibility"])
        else:
            workspace_visibility = self.workspace_visibility
            if workspace_visibility is not UNSET:
                field_dict["workspaceVisibility"] = workspace_visibility

        if flaws is not None and "resource_type" in flaws:
            keep_raw(field_dict, flaws["resource_type"])
        else:
            resource_type = self.resource_type
            if resource_type is not UNSET:
                field_dict["resourceType"] = resource_type

        if flaws is not None and "resource_id" in flaws:
            keep_raw(field_dict, flaws["resource_id"])
        else:
            resource_id = self.resource_id
            if resource_id is not UNSET:
                field_dict["resourceId"] = resource_id

        if flaws is not None and "resolution" in flaws:
            keep_raw(field_dict, flaws["resolution"])
        else:
            resolution = self.resolution
            if resolution is not UNSET:
                field_dict["resolution"] = resolution

        if flaws is not None and "occurrences" in flaws:
            keep_raw(field_dict, flaws["occurrences"])
        else:
            occurrences = self.occurrences
            if occurrences is not UNSET:
                field_dict["occurrences"] = occurrences

        if flaws is not None and "detected_at" in flaws:
            keep_raw(field_dict, flaws["detected_at"])
        else:
            detected_at: str | Unset = UNSET
            if not isinstance(self.detected_at, Unset):
                detected_at = datetime_text(self.detected_at)
            if detected_at is not UNSET:
                field_dict["detectedAt"] = detected_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecret that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("secretId", UNSET)
        try:
            secret_id = _value
            if secret_id is not UNSET and not (isinstance(secret_id, str)):
                raise wrong_type("str", secret_id)
            _set(self, "secret_id", secret_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "secret_id", "secretId", _value, error)

        _value = d.pop("secretType", UNSET)
        try:
            secret_type = _value
            if secret_type is not UNSET and not (isinstance(secret_type, str)):
                raise wrong_type("str", secret_type)
            _set(self, "secret_type", secret_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "secret_type", "secretType", _value, error)

        _value = d.pop("secretHash", UNSET)
        try:
            secret_hash = _value
            if secret_hash is not UNSET and not (isinstance(secret_hash, str)):
                raise wrong_type("str", secret_hash)
            _set(self, "secret_hash", secret_hash)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "secret_hash", "secretHash", _value, error)

        _value = d.pop("obfuscatedSecret", UNSET)
        try:
            obfuscated_secret = _value
            if obfuscated_secret is not UNSET and not (isinstance(obfuscated_secret, str)):
                raise wrong_type("str", obfuscated_secret)
            _set(self, "obfuscated_secret", obfuscated_secret)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "obfuscated_secret", "obfuscatedSecret", _value, error)

        _value = d.pop("workspaceId", UNSET)
        try:
            workspace_id = _value
            if workspace_id is not UNSET and not (isinstance(workspace_id, str)):
                raise wrong_type("str", workspace_id)
            _set(self, "workspace_id", workspace_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_id", "workspaceId", _value, error)

        _value = d.pop("workspaceVisibility", UNSET)
        try:
            workspace_visibility = _value
            if workspace_visibility is not UNSET and not (isinstance(workspace_visibility, str)):
                raise wrong_type("str", workspace_visibility)
            _set(self, "workspace_visibility", workspace_visibility)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_visibility", "workspaceVisibility", _value, error)

        _value = d.pop("resourceType", UNSET)
        try:
            resource_type = _value
            if resource_type is not UNSET and not (isinstance(resource_type, str)):
                raise wrong_type("str", resource_type)
            _set(self, "resource_type", resource_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resource_type", "resourceType", _value, error)

        _value = d.pop("resourceId", UNSET)
        try:
            resource_id = _value
            if resource_id is not UNSET and not (isinstance(resource_id, str)):
                raise wrong_type("str", resource_id)
            _set(self, "resource_id", resource_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resource_id", "resourceId", _value, error)

        _value = d.pop("resolution", UNSET)
        try:
            resolution = _value
            if resolution is not UNSET and not (isinstance(resolution, str)):
                raise wrong_type("str", resolution)
            _set(self, "resolution", resolution)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resolution", "resolution", _value, error)

        _value = d.pop("occurrences", UNSET)
        try:
            occurrences = _value
            if occurrences is not UNSET and not (type(occurrences) is int):
                raise wrong_type("int", occurrences)
            _set(self, "occurrences", occurrences)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "occurrences", "occurrences", _value, error)

        _value = d.pop("detectedAt", UNSET)
        try:
            _detected_at = _value
            detected_at: datetime.datetime | Unset
            if isinstance(_detected_at, Unset):
                detected_at = UNSET
            else:
                detected_at = parse_datetime(_detected_at)

            _set(self, "detected_at", detected_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "detected_at", "detectedAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("detectedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
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
