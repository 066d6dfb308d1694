from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="CollectionAccessKey")


@_attrs_define
class CollectionAccessKey(Model):
    """A collection access key, with the secret masked."""

    id: str | Unset = UNSET
    """ The key's id, used to delete it. """
    token: str | Unset = UNSET
    """ The key, masked except for its last characters (`PMAT-****...7QXK`). """
    status: str | Unset = UNSET
    """ `ACTIVE` or `INACTIVE`. """
    team_id: int | Unset = UNSET
    """ The team of the key's owner. """
    user_id: int | Unset = UNSET
    """ The key's owner. """
    collection_id: str | Unset = UNSET
    """ The uid of the collection the key opens. """
    expires_after: datetime.datetime | Unset = UNSET
    """ When the key expires unless it is used before; each use pushes this 60 days further. """
    last_used_at: str | Unset = UNSET
    """ When the key was last used (ISO 8601), or an empty string when it never was. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ When the key was revoked; null while it is valid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        status = self.status

        team_id = self.team_id

        user_id = self.user_id

        collection_id = self.collection_id

        expires_after: str | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.isoformat()

        last_used_at = self.last_used_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if token is not UNSET:
            field_dict["token"] = token
        if status is not UNSET:
            field_dict["status"] = status
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if expires_after is not UNSET:
            field_dict["expiresAfter"] = expires_after
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionAccessKey that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        token = d.pop("token", UNSET)
        _set(self, "token", token)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        team_id = d.pop("teamId", UNSET)
        _set(self, "team_id", team_id)

        user_id = d.pop("userId", UNSET)
        _set(self, "user_id", user_id)

        collection_id = d.pop("collectionId", UNSET)
        _set(self, "collection_id", collection_id)

        _expires_after = d.pop("expiresAfter", UNSET)
        expires_after: datetime.datetime | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = datetime.datetime.fromisoformat(_expires_after)

        _set(self, "expires_after", expires_after)

        last_used_at = d.pop("lastUsedAt", UNSET)
        _set(self, "last_used_at", last_used_at)

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

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        _set(self, "deleted_at", deleted_at)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("expiresAfter", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
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
