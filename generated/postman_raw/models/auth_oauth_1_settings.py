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

T = TypeVar("T", bound="AuthOauth1Settings")


@_attrs_define
class AuthOauth1Settings(Model):
    """The OAuth 1.0 settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as they
    came.

    """

    consumer_key: str | Unset = UNSET
    consumer_secret: str | Unset = UNSET
    token: str | Unset = UNSET
    token_secret: str | Unset = UNSET
    signature_method: str | Unset = UNSET
    """ Such as `HMAC-SHA1`. """
    timestamp: str | Unset = UNSET
    nonce: str | Unset = UNSET
    version: str | Unset = UNSET
    realm: str | Unset = UNSET
    add_params_to_header: bool | Unset = UNSET
    """ Whether the signature goes into the Authorization header. """
    add_empty_params_to_sign: bool | Unset = UNSET
    """ Whether empty parameters are signed. """
    encode_o_auth_sign: bool | Unset = UNSET
    """ Whether the signature is percent-encoded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "consumer_key" in flaws:
            keep_raw(field_dict, flaws["consumer_key"])
        else:
            consumer_key = self.consumer_key
            if consumer_key is not UNSET:
                field_dict["consumerKey"] = consumer_key

        if flaws is not None and "consumer_secret" in flaws:
            keep_raw(field_dict, flaws["consumer_secret"])
        else:
            consumer_secret = self.consumer_secret
            if consumer_secret is not UNSET:
                field_dict["consumerSecret"] = consumer_secret

        if flaws is not None and "token" in flaws:
            keep_raw(field_dict, flaws["token"])
        else:
            token = self.token
            if token is not UNSET:
                field_dict["token"] = token

        if flaws is not None and "token_secret" in flaws:
            keep_raw(field_dict, flaws["token_secret"])
        else:
            token_secret = self.token_secret
            if token_secret is not UNSET:
                field_dict["tokenSecret"] = token_secret

        if flaws is not None and "signature_method" in flaws:
            keep_raw(field_dict, flaws["signature_method"])
        else:
            signature_method = self.signature_method
            if signature_method is not UNSET:
                field_dict["signatureMethod"] = signature_method

        if flaws is not None and "timestamp" in flaws:
            keep_raw(field_dict, flaws["timestamp"])
        else:
            timestamp = self.timestamp
            if timestamp is not UNSET:
                field_dict["timestamp"] = timestamp

        if flaws is not None and "nonce" in flaws:
            keep_raw(field_dict, flaws["nonce"])
        else:
            nonce = self.nonce
            if nonce is not UNSET:
                field_dict["nonce"] = nonce

        if flaws is not None and "version" in flaws:
            keep_raw(field_dict, flaws["version"])
        else:
            version = self.version
            if version is not UNSET:
                field_dict["version"] = version

        if flaws is not None and "realm" in flaws:
            keep_raw(field_dict, flaws["realm"])
        else:
            realm = self.realm
            if realm is not UNSET:
                field_dict["realm"] = realm

        if flaws is not None and "add_params_to_header" in flaws:
            keep_raw(field_dict, flaws["add_params_to_header"])
        else:
            add_params_to_header = self.add_params_to_header
            if add_params_to_header is not UNSET:
                field_dict["addParamsToHeader"] = add_params_to_header

        if flaws is not None and "add_empty_params_to_sign" in flaws:
            keep_raw(field_dict, flaws["add_empty_params_to_sign"])
        else:
            add_empty_params_to_sign = self.add_empty_params_to_sign
            if add_empty_params_to_sign is not UNSET:
                field_dict["addEmptyParamsToSign"] = add_empty_params_to_sign

        if flaws is not None and "encode_o_auth_sign" in flaws:
            keep_raw(field_dict, flaws["encode_o_auth_sign"])
        else:
            encode_o_auth_sign = self.encode_o_auth_sign
            if encode_o_auth_sign is not UNSET:
                field_dict["encodeOAuthSign"] = encode_o_auth_sign

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthOauth1Settings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("consumerKey", UNSET)
        try:
            consumer_key = _value
            if consumer_key is not UNSET and not (isinstance(consumer_key, str)):
                raise wrong_type("str", consumer_key)
            _set(self, "consumer_key", consumer_key)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "consumer_key", "consumerKey", _value, error)

        _value = d.pop("consumerSecret", UNSET)
        try:
            consumer_secret = _value
            if consumer_secret is not UNSET and not (isinstance(consumer_secret, str)):
                raise wrong_type("str", consumer_secret)
            _set(self, "consumer_secret", consumer_secret)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "consumer_secret", "consumerSecret", _value, error)

        _value = d.pop("token", UNSET)
        try:
            token = _value
            if token is not UNSET and not (isinstance(token, str)):
                raise wrong_type("str", token)
            _set(self, "token", token)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "token", "token", _value, error)

        _value = d.pop("tokenSecret", UNSET)
        try:
            token_secret = _value
            if token_secret is not UNSET and not (isinstance(token_secret, str)):
                raise wrong_type("str", token_secret)
            _set(self, "token_secret", token_secret)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "token_secret", "tokenSecret", _value, error)

        _value = d.pop("signatureMethod", UNSET)
        try:
            signature_method = _value
            if signature_method is not UNSET and not (isinstance(signature_method, str)):
                raise wrong_type("str", signature_method)
            _set(self, "signature_method", signature_method)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "signature_method", "signatureMethod", _value, error)

        _value = d.pop("timestamp", UNSET)
        try:
            timestamp = _value
            if timestamp is not UNSET and not (isinstance(timestamp, str)):
                raise wrong_type("str", timestamp)
            _set(self, "timestamp", timestamp)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "timestamp", "timestamp", _value, error)

        _value = d.pop("nonce", UNSET)
        try:
            nonce = _value
            if nonce is not UNSET and not (isinstance(nonce, str)):
                raise wrong_type("str", nonce)
            _set(self, "nonce", nonce)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "nonce", "nonce", _value, error)

        _value = d.pop("version", UNSET)
        try:
            version = _value
            if version is not UNSET and not (isinstance(version, str)):
                raise wrong_type("str", version)
            _set(self, "version", version)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "version", "version", _value, error)

        _value = d.pop("realm", UNSET)
        try:
            realm = _value
            if realm is not UNSET and not (isinstance(realm, str)):
                raise wrong_type("str", realm)
            _set(self, "realm", realm)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "realm", "realm", _value, error)

        _value = d.pop("addParamsToHeader", UNSET)
        try:
            add_params_to_header = _value
            if add_params_to_header is not UNSET and not (type(add_params_to_header) is bool):
                raise wrong_type("bool", add_params_to_header)
            _set(self, "add_params_to_header", add_params_to_header)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "add_params_to_header", "addParamsToHeader", _value, error)

        _value = d.pop("addEmptyParamsToSign", UNSET)
        try:
            add_empty_params_to_sign = _value
            if add_empty_params_to_sign is not UNSET and not (type(add_empty_params_to_sign) is bool):
                raise wrong_type("bool", add_empty_params_to_sign)
            _set(self, "add_empty_params_to_sign", add_empty_params_to_sign)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "add_empty_params_to_sign", "addEmptyParamsToSign", _value, error)

        _value = d.pop("encodeOAuthSign", UNSET)
        try:
            encode_o_auth_sign = _value
            if encode_o_auth_sign is not UNSET and not (type(encode_o_auth_sign) is bool):
                raise wrong_type("bool", encode_o_auth_sign)
            _set(self, "encode_o_auth_sign", encode_o_auth_sign)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "encode_o_auth_sign", "encodeOAuthSign", _value, error)

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
