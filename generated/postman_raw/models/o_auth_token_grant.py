from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

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

T = TypeVar("T", bound="OAuthTokenGrant")


@_attrs_define
class OAuthTokenGrant(Model):
    """Body of POST /oauth2/token."""

    access_token: str | Unset = UNSET
    """ The access token to send with API requests. """
    token_type: str | Unset = UNSET
    """ How to send the token; `Bearer`. """
    expires_in: int | Unset = UNSET
    """ The token's lifetime. Postman documents it in milliseconds, though its sample value (3600) reads like
    seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "access_token" in flaws:
            keep_raw(field_dict, flaws["access_token"])
        else:
            access_token = self.access_token
            if access_token is not UNSET:
                field_dict["access_token"] = access_token

        if flaws is not None and "token_type" in flaws:
            keep_raw(field_dict, flaws["token_type"])
        else:
            token_type = self.token_type
            if token_type is not UNSET:
                field_dict["token_type"] = token_type

        if flaws is not None and "expires_in" in flaws:
            keep_raw(field_dict, flaws["expires_in"])
        else:
            expires_in = self.expires_in
            if expires_in is not UNSET:
                field_dict["expires_in"] = expires_in

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A OAuthTokenGrant that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("access_token", UNSET)
        try:
            access_token = _value
            if access_token is not UNSET and not (isinstance(access_token, str)):
                raise wrong_type("str", access_token)
            _set(self, "access_token", access_token)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "access_token", "access_token", _value, error)

        _value = d.pop("token_type", UNSET)
        try:
            token_type = _value
            if token_type is not UNSET and not (isinstance(token_type, str)):
                raise wrong_type("str", token_type)
            _set(self, "token_type", token_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "token_type", "token_type", _value, error)

        _value = d.pop("expires_in", UNSET)
        try:
            expires_in = _value
            if expires_in is not UNSET and not (type(expires_in) is int):
                raise wrong_type("int", expires_in)
            _set(self, "expires_in", expires_in)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "expires_in", "expires_in", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
