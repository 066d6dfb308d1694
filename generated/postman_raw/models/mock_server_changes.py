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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "collection" in flaws:
            keep_raw(field_dict, flaws["collection"])
        else:
            collection = self.collection
            if collection is not UNSET:
                field_dict["collection"] = collection

        if flaws is not None and "environment" in flaws:
            keep_raw(field_dict, flaws["environment"])
        else:
            environment = self.environment
            if environment is not UNSET:
                field_dict["environment"] = environment

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "private" in flaws:
            keep_raw(field_dict, flaws["private"])
        else:
            private = self.private
            if private is not UNSET:
                field_dict["private"] = private

        if flaws is not None and "version_tag" in flaws:
            keep_raw(field_dict, flaws["version_tag"])
        else:
            version_tag = self.version_tag
            if version_tag is not UNSET:
                field_dict["versionTag"] = version_tag

        if flaws is not None and "config" in flaws:
            keep_raw(field_dict, flaws["config"])
        else:
            config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.config, Unset):
                config = self.config.to_dict()
            if config is not UNSET:
                field_dict["config"] = config

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockServerChanges that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.mock_server_config_changes import MockServerConfigChanges  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("collection", UNSET)
        try:
            collection = _value
            if collection is not UNSET and not (isinstance(collection, str)):
                raise wrong_type("str", collection)
            _set(self, "collection", collection)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection", "collection", _value, error)

        _value = d.pop("environment", UNSET)
        try:
            environment = _value
            if environment is not UNSET and not (isinstance(environment, str)):
                raise wrong_type("str", environment)
            _set(self, "environment", environment)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "environment", "environment", _value, error)

        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("private", UNSET)
        try:
            private = _value
            if private is not UNSET and not (type(private) is bool):
                raise wrong_type("bool", private)
            _set(self, "private", private)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "private", "private", _value, error)

        _value = d.pop("versionTag", UNSET)
        try:
            version_tag = _value
            if version_tag is not UNSET and not (isinstance(version_tag, str)):
                raise wrong_type("str", version_tag)
            _set(self, "version_tag", version_tag)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "version_tag", "versionTag", _value, error)

        _value = d.pop("config", UNSET)
        try:
            _config = _value
            config: MockServerConfigChanges | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = MockServerConfigChanges.from_dict(_config)

            _set(self, "config", config)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "config", "config", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("config", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
