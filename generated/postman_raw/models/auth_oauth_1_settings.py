from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        consumer_key = self.consumer_key

        consumer_secret = self.consumer_secret

        token = self.token

        token_secret = self.token_secret

        signature_method = self.signature_method

        timestamp = self.timestamp

        nonce = self.nonce

        version = self.version

        realm = self.realm

        add_params_to_header = self.add_params_to_header

        add_empty_params_to_sign = self.add_empty_params_to_sign

        encode_o_auth_sign = self.encode_o_auth_sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consumer_key is not UNSET:
            field_dict["consumerKey"] = consumer_key
        if consumer_secret is not UNSET:
            field_dict["consumerSecret"] = consumer_secret
        if token is not UNSET:
            field_dict["token"] = token
        if token_secret is not UNSET:
            field_dict["tokenSecret"] = token_secret
        if signature_method is not UNSET:
            field_dict["signatureMethod"] = signature_method
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if version is not UNSET:
            field_dict["version"] = version
        if realm is not UNSET:
            field_dict["realm"] = realm
        if add_params_to_header is not UNSET:
            field_dict["addParamsToHeader"] = add_params_to_header
        if add_empty_params_to_sign is not UNSET:
            field_dict["addEmptyParamsToSign"] = add_empty_params_to_sign
        if encode_o_auth_sign is not UNSET:
            field_dict["encodeOAuthSign"] = encode_o_auth_sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthOauth1Settings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        consumer_key = d.pop("consumerKey", UNSET)
        _set(self, "consumer_key", consumer_key)

        consumer_secret = d.pop("consumerSecret", UNSET)
        _set(self, "consumer_secret", consumer_secret)

        token = d.pop("token", UNSET)
        _set(self, "token", token)

        token_secret = d.pop("tokenSecret", UNSET)
        _set(self, "token_secret", token_secret)

        signature_method = d.pop("signatureMethod", UNSET)
        _set(self, "signature_method", signature_method)

        timestamp = d.pop("timestamp", UNSET)
        _set(self, "timestamp", timestamp)

        nonce = d.pop("nonce", UNSET)
        _set(self, "nonce", nonce)

        version = d.pop("version", UNSET)
        _set(self, "version", version)

        realm = d.pop("realm", UNSET)
        _set(self, "realm", realm)

        add_params_to_header = d.pop("addParamsToHeader", UNSET)
        _set(self, "add_params_to_header", add_params_to_header)

        add_empty_params_to_sign = d.pop("addEmptyParamsToSign", UNSET)
        _set(self, "add_empty_params_to_sign", add_empty_params_to_sign)

        encode_o_auth_sign = d.pop("encodeOAuthSign", UNSET)
        _set(self, "encode_o_auth_sign", encode_o_auth_sign)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
