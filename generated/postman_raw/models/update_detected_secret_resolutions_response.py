from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        secret_hash = self.secret_hash

        workspace_id = self.workspace_id

        resolution = self.resolution

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret_hash is not UNSET:
            field_dict["secretHash"] = secret_hash
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A UpdateDetectedSecretResolutionsResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.detected_secret_resolution_change import DetectedSecretResolutionChange  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        secret_hash = d.pop("secretHash", UNSET)
        _set(self, "secret_hash", secret_hash)

        workspace_id = d.pop("workspaceId", UNSET)
        _set(self, "workspace_id", workspace_id)

        resolution = d.pop("resolution", UNSET)
        _set(self, "resolution", resolution)

        _history = d.pop("history", UNSET)
        history: list[DetectedSecretResolutionChange] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = DetectedSecretResolutionChange.from_dict(history_item_data)

                history.append(history_item)

        _set(self, "history", history)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("history", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
