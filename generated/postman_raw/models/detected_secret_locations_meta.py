from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        secret_type = self.secret_type

        secret_hash = self.secret_hash

        obfuscated_secret = self.obfuscated_secret

        activity_feed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activity_feed, Unset):
            activity_feed = []
            for activity_feed_item_data in self.activity_feed:
                activity_feed_item = activity_feed_item_data.to_dict()
                activity_feed.append(activity_feed_item)

        cursor = self.cursor

        limit = self.limit

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret_type is not UNSET:
            field_dict["secretType"] = secret_type
        if secret_hash is not UNSET:
            field_dict["secretHash"] = secret_hash
        if obfuscated_secret is not UNSET:
            field_dict["obfuscatedSecret"] = obfuscated_secret
        if activity_feed is not UNSET:
            field_dict["activityFeed"] = activity_feed
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A DetectedSecretLocationsMeta that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.detected_secret_activity import DetectedSecretActivity  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        secret_type = d.pop("secretType", UNSET)
        _set(self, "secret_type", secret_type)

        secret_hash = d.pop("secretHash", UNSET)
        _set(self, "secret_hash", secret_hash)

        obfuscated_secret = d.pop("obfuscatedSecret", UNSET)
        _set(self, "obfuscated_secret", obfuscated_secret)

        _activity_feed = d.pop("activityFeed", UNSET)
        activity_feed: list[DetectedSecretActivity] | Unset = UNSET
        if _activity_feed is not UNSET:
            activity_feed = []
            for activity_feed_item_data in _activity_feed:
                activity_feed_item = DetectedSecretActivity.from_dict(activity_feed_item_data)

                activity_feed.append(activity_feed_item)

        _set(self, "activity_feed", activity_feed)

        cursor = d.pop("cursor", UNSET)
        _set(self, "cursor", cursor)

        limit = d.pop("limit", UNSET)
        _set(self, "limit", limit)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        next_cursor = _parse_next_cursor(d.pop("nextCursor", UNSET))

        _set(self, "next_cursor", next_cursor)

        total = d.pop("total", UNSET)
        _set(self, "total", total)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("activityFeed", UNSET)
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
