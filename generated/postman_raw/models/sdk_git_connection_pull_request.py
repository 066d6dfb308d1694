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
    from ..models.sdk import Sdk


T = TypeVar("T", bound="SdkGitConnectionPullRequest")


@_attrs_define
class SdkGitConnectionPullRequest(Model):
    """An SDK-update pull request opened through a Git connection."""

    number: int
    """ The pull request's number in the repository. """
    url: str
    """ The pull request's web URL. """
    status: str
    """ Pull request state: `open`, `merged` or `closed`. """
    created_at: datetime.datetime
    """ When the pull request was opened. """
    updated_at: datetime.datetime
    """ When the pull request last changed. """
    sdk: Sdk | Unset = UNSET
    """ A generated SDK and the state of its build. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("sdk",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "number" in flaws:
            keep_raw(field_dict, flaws["number"])
        else:
            number = self.number
            field_dict["number"] = number

        if flaws is not None and "url" in flaws:
            keep_raw(field_dict, flaws["url"])
        else:
            url = self.url
            field_dict["url"] = url

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            field_dict["status"] = status

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at = datetime_text(self.created_at)
            field_dict["createdAt"] = created_at

        if flaws is not None and "updated_at" in flaws:
            keep_raw(field_dict, flaws["updated_at"])
        else:
            updated_at = datetime_text(self.updated_at)
            field_dict["updatedAt"] = updated_at

        if flaws is not None and "sdk" in flaws:
            keep_raw(field_dict, flaws["sdk"])
        else:
            sdk: dict[str, Any] | Unset = UNSET
            if not isinstance(self.sdk, Unset):
                sdk = self.sdk.to_dict()
            if sdk is not UNSET:
                field_dict["sdk"] = sdk

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SdkGitConnectionPullRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.sdk import Sdk  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("number", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("number")
            number = _value
            if not (type(number) is int):
                raise wrong_type("int", number)
            _set(self, "number", number)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "number", "number", _value, error)

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

        _value = d.pop("status", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("status")
            status = _value
            if not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("createdAt")
            created_at = parse_datetime(_value)

            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("updatedAt", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("updatedAt")
            updated_at = parse_datetime(_value)

            _set(self, "updated_at", updated_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "updated_at", "updatedAt", _value, error)

        _value = d.pop("sdk", UNSET)
        try:
            _sdk = _value
            sdk: Sdk | Unset
            if isinstance(_sdk, Unset):
                sdk = UNSET
            else:
                sdk = Sdk.from_dict(_sdk)

            _set(self, "sdk", sdk)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "sdk", "sdk", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("number", UNSET)
        if value is UNSET:
            return False
        value = data.get("url", UNSET)
        if value is UNSET:
            return False
        value = data.get("status", UNSET)
        if value is UNSET:
            return False
        value = data.get("createdAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("updatedAt", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("sdk", UNSET)
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
