from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.detected_secret_resolution_change import DetectedSecretResolutionChange


T = TypeVar("T", bound="UpdateDetectedSecretResolutionsResponse")


@_attrs_define
class UpdateDetectedSecretResolutionsResponse(Model):
    """Body of PUT /detected-secrets/{secretId}."""

    secret_hash: str | Unset = UNSET
    """ SHA-256 hash of the secret. """
    workspace_id: str | Unset = UNSET
    """ The workspace the secret was found in. """
    resolution: str | Unset = UNSET
    """ Current state: `ACTIVE`, `FALSE_POSITIVE`, `REVOKED` or `ACCEPTED_RISK`. """
    history: list[DetectedSecretResolutionChange] | Unset = UNSET
    """ Every change of the secret's resolution. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("history",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "secret_hash" in flaws:
            keep_raw(field_dict, flaws["secret_hash"])
        else:
            secret_hash = self.secret_hash
            if secret_hash is not UNSET:
                field_dict["secretHash"] = secret_hash

        if flaws is not None and "workspace_id" in flaws:
            keep_raw(field_dict, flaws["workspace_id"])
        else:
            workspace_id = self.workspace_id
            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id

        if flaws is not None and "resolution" in flaws:
            keep_raw(field_dict, flaws["resolution"])
        else:
            resolution = self.resolution
            if resolution is not UNSET:
                field_dict["resolution"] = resolution

        if flaws is not None and "history" in flaws:
            keep_raw(field_dict, flaws["history"])
        else:
            history: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.history, Unset):
                history = []
                for history_item_data in self.history:
                    history_item = history_item_data.to_dict()
                    history.append(history_item)

            if history is not UNSET:
                field_dict["history"] = history

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateDetectedSecretResolutionsResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.detected_secret_resolution_change import DetectedSecretResolutionChange  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("secretHash", UNSET)
        try:
            secret_hash = _value
            if secret_hash is not UNSET and not (isinstance(secret_hash, str)):
                raise wrong_type("str", secret_hash)
            _set(self, "secret_hash", secret_hash)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "secret_hash", "secretHash", _value, error)

        _value = d.pop("workspaceId", UNSET)
        try:
            workspace_id = _value
            if workspace_id is not UNSET and not (isinstance(workspace_id, str)):
                raise wrong_type("str", workspace_id)
            _set(self, "workspace_id", workspace_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "workspace_id", "workspaceId", _value, error)

        _value = d.pop("resolution", UNSET)
        try:
            resolution = _value
            if resolution is not UNSET and not (isinstance(resolution, str)):
                raise wrong_type("str", resolution)
            _set(self, "resolution", resolution)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "resolution", "resolution", _value, error)

        _value = d.pop("history", UNSET)
        try:
            _history = _value
            history: list[DetectedSecretResolutionChange] | Unset = UNSET
            if _history is not UNSET:
                if not isinstance(_history, list):
                    raise wrong_type("an array", _history)
                history = []
                for history_item_data in _history:
                    history_item = DetectedSecretResolutionChange.from_dict(history_item_data)

                    history.append(history_item)

            _set(self, "history", history)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "history", "history", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("history", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
