from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="GetSdkDownloadUrlResponse")


@_attrs_define
class GetSdkDownloadUrlResponse(Model):
    """Body of GET /sdks/{sdkId}/downloads."""

    id: str
    """ The SDK's id. """
    language: str
    """ The SDK's target language (see `Sdk.language`). """
    url: str
    """ Signed link to the zip archive. """
    expires_at: datetime.datetime
    """ When the link stops working. """
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
            field_dict["id"] = id

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language = self.language
            field_dict["language"] = language

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url = self.url
            field_dict["url"] = url

        if flaws is not None and "expires_at" in flaws:
            keep_raw(field_dict, flaws["expires_at"])
        else:
            expires_at = datetime_text(self.expires_at)
            field_dict["expiresAt"] = expires_at

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GetSdkDownloadUrlResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("id")
            id = _value
            if not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("language", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("language")
            language = _value
            if not (isinstance(language, str)):
                raise wrong_type("str", language)
            _set(self, "language", language)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "language", "language", _value, error)

        _value = d.pop("url", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("url")
            url = _value
            if not (isinstance(url, str)):
                raise wrong_type("str", url)
            _set(self, "url", url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "url", "url", _value, error)

        _value = d.pop("expiresAt", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("expiresAt")
            expires_at = parse_datetime(_value)

            _set(self, "expires_at", expires_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "expires_at", "expiresAt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("id", UNSET)
        if value is UNSET:
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        value = data.get("url", UNSET)
        if value is UNSET:
            return False
        value = data.get("expiresAt", UNSET)
        if value is UNSET:
            return False
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
