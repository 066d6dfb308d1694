from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        owner = self.owner

        uid = self.uid

        collection = self.collection

        environment = self.environment

        mock_url = self.mock_url

        name = self.name

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        is_public = self.is_public

        deactivated = self.deactivated

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if uid is not UNSET:
            field_dict["uid"] = uid
        if collection is not UNSET:
            field_dict["collection"] = collection
        if environment is not UNSET:
            field_dict["environment"] = environment
        if mock_url is not UNSET:
            field_dict["mockUrl"] = mock_url
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if deactivated is not UNSET:
            field_dict["deactivated"] = deactivated
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A MockServer that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.mock_server_config import MockServerConfig  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        owner = d.pop("owner", UNSET)
        _set(self, "owner", owner)

        uid = d.pop("uid", UNSET)
        _set(self, "uid", uid)

        collection = d.pop("collection", UNSET)
        _set(self, "collection", collection)

        environment = d.pop("environment", UNSET)
        _set(self, "environment", environment)

        mock_url = d.pop("mockUrl", UNSET)
        _set(self, "mock_url", mock_url)

        name = d.pop("name", UNSET)
        _set(self, "name", name)

        _config = d.pop("config", UNSET)
        config: MockServerConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = MockServerConfig.from_dict(_config)

        _set(self, "config", config)

        is_public = d.pop("isPublic", UNSET)
        _set(self, "is_public", is_public)

        deactivated = d.pop("deactivated", UNSET)
        _set(self, "deactivated", deactivated)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _set(self, "created_at", created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _set(self, "updated_at", updated_at)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("config", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
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
