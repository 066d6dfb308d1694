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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

T = TypeVar("T", bound="GenerateOauthTokenRequest")


@_attrs_define
class GenerateOauthTokenRequest(Model):
    """Body of POST /oauth2/token."""

    grant_type: str
    """ The grant type; `client_credentials`. """
    installation_auth_id: str
    """ The id of the client's installation. """
    jwt: str
    """ A JWT signed by the client, with the claims `iss`, `aud`, `iat`, `exp` and `jti`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "grant_type" in flaws:
            keep_raw(field_dict, flaws["grant_type"])
        else:
            grant_type = self.grant_type
            field_dict["grant_type"] = grant_type

        if flaws is not None and "installation_auth_id" in flaws:
            keep_raw(field_dict, flaws["installation_auth_id"])
        else:
            installation_auth_id = self.installation_auth_id
            field_dict["installationAuthId"] = installation_auth_id

        if flaws is not None and "jwt" in flaws:
            keep_raw(field_dict, flaws["jwt"])
        else:
            jwt = self.jwt
            field_dict["jwt"] = jwt

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GenerateOauthTokenRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("grant_type", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("grant_type")
            grant_type = _value
            if not (isinstance(grant_type, str)):
                raise wrong_type("str", grant_type)
            _set(self, "grant_type", grant_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "grant_type", "grant_type", _value, error)

        _value = d.pop("installationAuthId", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("installationAuthId")
            installation_auth_id = _value
            if not (isinstance(installation_auth_id, str)):
                raise wrong_type("str", installation_auth_id)
            _set(self, "installation_auth_id", installation_auth_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "installation_auth_id", "installationAuthId", _value, error)

        _value = d.pop("jwt", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("jwt")
            jwt = _value
            if not (isinstance(jwt, str)):
                raise wrong_type("str", jwt)
            _set(self, "jwt", jwt)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "jwt", "jwt", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("grant_type", UNSET)
        if value is UNSET:
            return False
        value = data.get("installationAuthId", UNSET)
        if value is UNSET:
            return False
        value = data.get("jwt", UNSET)
        if value is UNSET:
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
