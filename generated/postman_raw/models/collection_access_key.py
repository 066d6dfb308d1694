from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "token" in flaws:
            keep_raw(field_dict, flaws["token"])
        else:
            token = self.token
            if token is not UNSET:
                field_dict["token"] = token

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "team_id" in flaws:
            keep_raw(field_dict, flaws["team_id"])
        else:
            team_id = self.team_id
            if team_id is not UNSET:
                field_dict["teamId"] = team_id

        if flaws is not None and "user_id" in flaws:
            keep_raw(field_dict, flaws["user_id"])
        else:
            user_id = self.user_id
            if user_id is not UNSET:
                field_dict["userId"] = user_id

        if flaws is not None and "collection_id" in flaws:
            keep_raw(field_dict, flaws["collection_id"])
        else:
            collection_id = self.collection_id
            if collection_id is not UNSET:
                field_dict["collectionId"] = collection_id

        if flaws is not None and "expires_after" in flaws:
            keep_raw(field_dict, flaws["expires_after"])
        else:
            expires_after: str | Unset = UNSET
            if not isinstance(self.expires_after, Unset):
                expires_after = datetime_text(self.expires_after)
            if expires_after is not UNSET:
                field_dict["expiresAfter"] = expires_after

        if flaws is not None and "last_used_at" in flaws:
            keep_raw(field_dict, flaws["last_used_at"])
        else:
            last_used_at = self.last_used_at
            if last_used_at is not UNSET:
                field_dict["lastUsedAt"] = last_used_at

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

        if flaws is not None and "deleted_at" in flaws:
            keep_raw(field_dict, flaws["deleted_at"])
        else:
            deleted_at: None | str | Unset
            if isinstance(self.deleted_at, Unset):
                deleted_at = UNSET
            elif isinstance(self.deleted_at, datetime.datetime):
                deleted_at = datetime_text(self.deleted_at)
            else:
                deleted_at = self.deleted_at
            if deleted_at is not UNSET:
                field_dict["deletedAt"] = deleted_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CollectionAccessKey that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
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

        _value = d.pop("token", UNSET)
        try:
            token = _value
            if token is not UNSET and not (isinstance(token, str)):
                raise wrong_type("str", token)
            _set(self, "token", token)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "token", "token", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("teamId", UNSET)
        try:
            team_id = _value
            if team_id is not UNSET and not (type(team_id) is int):
                raise wrong_type("int", team_id)
            _set(self, "team_id", team_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team_id", "teamId", _value, error)

        _value = d.pop("userId", UNSET)
        try:
            user_id = _value
            if user_id is not UNSET and not (type(user_id) is int):
                raise wrong_type("int", user_id)
            _set(self, "user_id", user_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user_id", "userId", _value, error)

        _value = d.pop("collectionId", UNSET)
        try:
            collection_id = _value
            if collection_id is not UNSET and not (isinstance(collection_id, str)):
                raise wrong_type("str", collection_id)
            _set(self, "collection_id", collection_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "collection_id", "collectionId", _value, error)

        _value = d.pop("expiresAfter", UNSET)
        try:
            _expires_after = _value
            expires_after: datetime.datetime | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = parse_datetime(_expires_after)

            _set(self, "expires_after", expires_after)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "expires_after", "expiresAfter", _value, error)

        _value = d.pop("lastUsedAt", UNSET)
        try:
            last_used_at = _value
            if last_used_at is not UNSET and not (isinstance(last_used_at, str)):
                raise wrong_type("str", last_used_at)
            _set(self, "last_used_at", last_used_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "last_used_at", "lastUsedAt", _value, error)

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

        _value = d.pop("deletedAt", UNSET)
        try:

            def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deleted_at_type_0 = parse_datetime(data)

                    return deleted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("datetime.datetime | None", data)
                return cast("datetime.datetime | None | Unset", data)

            deleted_at = _parse_deleted_at(_value)

            _set(self, "deleted_at", deleted_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "deleted_at", "deletedAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("expiresAfter", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
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
