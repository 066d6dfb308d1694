from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.mock_server_config_changes import MockServerConfigChanges


T = TypeVar("T", bound="MockServerChanges")


@_attrs_define
class MockServerChanges(Model):
    """The mock server settings to change."""

    name: str | Unset = UNSET
    collection: str | Unset = UNSET
    """ Id of the collection the mock server should answer from. """
    environment: str | Unset = UNSET
    """ Uid of the environment to link. """
    description: str | Unset = UNSET
    private: bool | Unset = UNSET
    """ True to require an API key on calls to the mock server, false to let anyone call it. """
    version_tag: str | Unset = UNSET
    """ Id of an API version tag to mock. """
    config: MockServerConfigChanges | Unset = UNSET
    """ Configuration settings to change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("config",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        collection = self.collection

        environment = self.environment

        description = self.description

        private = self.private

        version_tag = self.version_tag

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if collection is not UNSET:
            field_dict["collection"] = collection
        if environment is not UNSET:
            field_dict["environment"] = environment
        if description is not UNSET:
            field_dict["description"] = description
        if private is not UNSET:
            field_dict["private"] = private
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockServerChanges that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.mock_server_config_changes import MockServerConfigChanges  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        _set(self, "name", name)

        collection = d.pop("collection", UNSET)
        _set(self, "collection", collection)

        environment = d.pop("environment", UNSET)
        _set(self, "environment", environment)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        private = d.pop("private", UNSET)
        _set(self, "private", private)

        version_tag = d.pop("versionTag", UNSET)
        _set(self, "version_tag", version_tag)

        _config = d.pop("config", UNSET)
        config: MockServerConfigChanges | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = MockServerConfigChanges.from_dict(_config)

        _set(self, "config", config)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("config", UNSET)
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
