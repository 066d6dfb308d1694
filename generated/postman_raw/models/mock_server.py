from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.mock_server_config import MockServerConfig


T = TypeVar("T", bound="MockServer")


@_attrs_define
class MockServer(Model):
    """A mock server. Lists and single reads carry `isPublic` and (single read) `deactivated`;
    the bodies of create and update leave them out.

    """

    id: str | Unset = UNSET
    """ The mock server's id. """
    owner: str | Unset = UNSET
    """ Numeric id of the user who owns the mock server, as a string. """
    uid: str | Unset = UNSET
    """ The mock server's uid (owner id, hyphen, id). """
    collection: str | Unset = UNSET
    """ Uid of the collection the mock server answers from. """
    environment: str | Unset = UNSET
    """ Uid of the environment whose variables the mock server resolves, when one is linked. """
    mock_url: str | Unset = UNSET
    """ Base URL to call, such as `https://<id>.mock.pstmn.io`. """
    name: str | Unset = UNSET
    config: MockServerConfig | Unset = UNSET
    """ How the mock server matches requests to examples, and how it answers. """
    is_public: bool | Unset = UNSET
    """ Whether the mock server is listed as public. This is not its access control setting (see publish and
    unpublish). """
    deactivated: bool | Unset = UNSET
    """ True when the mock server stopped working because its collection or environment was deleted. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("config",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "owner" in flaws:
            keep_raw(field_dict, flaws["owner"])
        else:
            owner = self.owner
            if owner is not UNSET:
                field_dict["owner"] = owner

        if flaws is not None and "uid" in flaws:
            keep_raw(field_dict, flaws["uid"])
        else:
            uid = self.uid
            if uid is not UNSET:
                field_dict["uid"] = uid

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

        if flaws is not None and "mock_url" in flaws:
            keep_raw(field_dict, flaws["mock_url"])
        else:
            mock_url = self.mock_url
            if mock_url is not UNSET:
                field_dict["mockUrl"] = mock_url

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "config" in flaws:
            keep_raw(field_dict, flaws["config"])
        else:
            config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.config, Unset):
                config = self.config.to_dict()
            if config is not UNSET:
                field_dict["config"] = config

        if flaws is not None and "is_public" in flaws:
            keep_raw(field_dict, flaws["is_public"])
        else:
            is_public = self.is_public
            if is_public is not UNSET:
                field_dict["isPublic"] = is_public

        if flaws is not None and "deactivated" in flaws:
            keep_raw(field_dict, flaws["deactivated"])
        else:
            deactivated = self.deactivated
            if deactivated is not UNSET:
                field_dict["deactivated"] = deactivated

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = datetime_text(self.created_at)
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = datetime_text(self.updated_at)
            if updated_at is not UNSET:
                field_dict["updatedAt"] = updated_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockServer that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.mock_server_config import MockServerConfig  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("owner", UNSET)
        try:
            owner = _value
            if owner is not UNSET and not (isinstance(owner, str)):
                raise wrong_type("str", owner)
            _set(self, "owner", owner)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "owner", "owner", _value, error)

        _value = d.pop("uid", UNSET)
        try:
            uid = _value
            if uid is not UNSET and not (isinstance(uid, str)):
                raise wrong_type("str", uid)
            _set(self, "uid", uid)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "uid", "uid", _value, error)

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

        _value = d.pop("mockUrl", UNSET)
        try:
            mock_url = _value
            if mock_url is not UNSET and not (isinstance(mock_url, str)):
                raise wrong_type("str", mock_url)
            _set(self, "mock_url", mock_url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "mock_url", "mockUrl", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("config", UNSET)
        try:
            _config = _value
            config: MockServerConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = MockServerConfig.from_dict(_config)

            _set(self, "config", config)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "config", "config", _value, error)

        _value = d.pop("isPublic", UNSET)
        try:
            is_public = _value
            if is_public is not UNSET and not (type(is_public) is bool):
                raise wrong_type("bool", is_public)
            _set(self, "is_public", is_public)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_public", "isPublic", _value, error)

        _value = d.pop("deactivated", UNSET)
        try:
            deactivated = _value
            if deactivated is not UNSET and not (type(deactivated) is bool):
                raise wrong_type("bool", deactivated)
            _set(self, "deactivated", deactivated)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "deactivated", "deactivated", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            _created_at = _value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            _updated_at = _value
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

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
        value = data.get("createdAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
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
