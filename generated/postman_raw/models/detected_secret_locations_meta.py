from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

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
    from ..models.detected_secret_activity import DetectedSecretActivity


T = TypeVar("T", bound="DetectedSecretLocationsMeta")


@_attrs_define
class DetectedSecretLocationsMeta(Model):
    """The secret's details, its resolution history and paging information."""

    secret_type: str | Unset = UNSET
    """ Name of the secret's type. """
    secret_hash: str | Unset = UNSET
    """ SHA-256 hash of the secret. """
    obfuscated_secret: str | Unset = UNSET
    """ The secret with most of it masked. """
    activity_feed: list[DetectedSecretActivity] | Unset = UNSET
    """ Every change of the secret's resolution. """
    cursor: str | Unset = UNSET
    """ The cursor this page was read from. """
    limit: int | Unset = UNSET
    """ The page size that was applied. """
    next_cursor: None | str | Unset = UNSET
    """ Pass as `cursor` to get the next page; null on the last page. """
    total: int | Unset = UNSET
    """ Number of locations across all pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("activity_feed",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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

        if flaws is not None and "activity_feed" in flaws:
            keep_raw(field_dict, flaws["activity_feed"])
        else:
            activity_feed: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.activity_feed, Unset):
                activity_feed = []
                for activity_feed_item_data in self.activity_feed:
                    activity_feed_item = activity_feed_item_data.to_dict()
                    activity_feed.append(activity_feed_item)

            if activity_feed is not UNSET:
                field_dict["activityFeed"] = activity_feed

        if flaws is not None and "cursor" in flaws:
            keep_raw(field_dict, flaws["cursor"])
        else:
            cursor = self.cursor
            if cursor is not UNSET:
                field_dict["cursor"] = cursor

        if flaws is not None and "limit" in flaws:
            keep_raw(field_dict, flaws["limit"])
        else:
            limit = self.limit
            if limit is not UNSET:
                field_dict["limit"] = limit

        if flaws is not None and "next_cursor" in flaws:
            keep_raw(field_dict, flaws["next_cursor"])
        else:
            next_cursor: None | str | Unset
            if isinstance(self.next_cursor, Unset):
                next_cursor = UNSET
            else:
                next_cursor = self.next_cursor
            if next_cursor is not UNSET:
                field_dict["nextCursor"] = next_cursor

        if flaws is not None and "total" in flaws:
            keep_raw(field_dict, flaws["total"])
        else:
            total = self.total
            if total is not UNSET:
                field_dict["total"] = total

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecretLocationsMeta that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.detected_secret_activity import DetectedSecretActivity  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
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

        _value = d.pop("activityFeed", UNSET)
        try:
            _activity_feed = _value
            activity_feed: list[DetectedSecretActivity] | Unset = UNSET
            if _activity_feed is not UNSET:
                if not isinstance(_activity_feed, list):
                    raise wrong_type("an array", _activity_feed)
                activity_feed = []
                for activity_feed_item_data in _activity_feed:
                    activity_feed_item = DetectedSecretActivity.from_dict(activity_feed_item_data)

                    activity_feed.append(activity_feed_item)

            _set(self, "activity_feed", activity_feed)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "activity_feed", "activityFeed", _value, error)

        _value = d.pop("cursor", UNSET)
        try:
            cursor = _value
            if cursor is not UNSET and not (isinstance(cursor, str)):
                raise wrong_type("str", cursor)
            _set(self, "cursor", cursor)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "cursor", "cursor", _value, error)

        _value = d.pop("limit", UNSET)
        try:
            limit = _value
            if limit is not UNSET and not (type(limit) is int):
                raise wrong_type("int", limit)
            _set(self, "limit", limit)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "limit", "limit", _value, error)

        _value = d.pop("nextCursor", UNSET)
        try:

            def _parse_next_cursor(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            next_cursor = _parse_next_cursor(_value)

            _set(self, "next_cursor", next_cursor)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "next_cursor", "nextCursor", _value, error)

        _value = d.pop("total", UNSET)
        try:
            total = _value
            if total is not UNSET and not (type(total) is int):
                raise wrong_type("int", total)
            _set(self, "total", total)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "total", "total", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("activityFeed", UNSET)
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
