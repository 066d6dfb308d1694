from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.environment_variable_source import EnvironmentVariableSource


T = TypeVar("T", bound="EnvironmentVariable")


@_attrs_define
class EnvironmentVariable(Model):
    """One variable of an environment. A variable kept in the Postman Vault has `secret: true`
    and a `source` that says where its value lives; its `value` is then empty.

    """

    key: str | Unset = UNSET
    """ The variable's name. """
    value: str | Unset = UNSET
    """ The variable's (shared) value. """
    enabled: bool | Unset = UNSET
    """ Whether the variable is in effect. """
    type_: str | Unset = UNSET
    """ `default` (shown in plain text) or `secret` (masked in the app). """
    description: str | Unset = UNSET
    """ What the variable is for (up to 512 characters). """
    secret: bool | Unset = UNSET
    """ Whether the value comes from the provider named in `source` rather than from `value`. """
    source: EnvironmentVariableSource | Unset = UNSET
    """ Where a vault-backed variable's value is kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("source",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        enabled = self.enabled

        type_ = self.type_

        description = self.description

        secret = self.secret

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if secret is not UNSET:
            field_dict["secret"] = secret
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A EnvironmentVariable that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.environment_variable_source import EnvironmentVariableSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        _set(self, "key", key)

        value = d.pop("value", UNSET)
        _set(self, "value", value)

        enabled = d.pop("enabled", UNSET)
        _set(self, "enabled", enabled)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        secret = d.pop("secret", UNSET)
        _set(self, "secret", secret)

        _source = d.pop("source", UNSET)
        source: EnvironmentVariableSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = EnvironmentVariableSource.from_dict(_source)

        _set(self, "source", source)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("source", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
