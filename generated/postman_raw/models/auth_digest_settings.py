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

T = TypeVar("T", bound="AuthDigestSettings")


@_attrs_define
class AuthDigestSettings(Model):
    """The Digest settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as they came."""

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    realm: str | Unset = UNSET
    nonce: str | Unset = UNSET
    nonce_count: str | Unset = UNSET
    algorithm: str | Unset = UNSET
    qop: str | Unset = UNSET
    opaque: str | Unset = UNSET
    client_nonce: str | Unset = UNSET
    disable_retry_request: bool | Unset = UNSET
    """ Whether the app gives up after the first challenge. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "username" in flaws:
            keep_raw(field_dict, flaws["username"])
        else:
            username = self.username
            if username is not UNSET:
                field_dict["username"] = username

        if flaws is not None and "password" in flaws:
            keep_raw(field_dict, flaws["password"])
        else:
            password = self.password
            if password is not UNSET:
                field_dict["password"] = password

        if flaws is not None and "realm" in flaws:
            keep_raw(field_dict, flaws["realm"])
        else:
            realm = self.realm
            if realm is not UNSET:
                field_dict["realm"] = realm

        if flaws is not None and "nonce" in flaws:
            keep_raw(field_dict, flaws["nonce"])
        else:
            nonce = self.nonce
            if nonce is not UNSET:
                field_dict["nonce"] = nonce

        if flaws is not None and "nonce_count" in flaws:
            keep_raw(field_dict, flaws["nonce_count"])
        else:
            nonce_count = self.nonce_count
            if nonce_count is not UNSET:
                field_dict["nonceCount"] = nonce_count

        if flaws is not None and "algorithm" in flaws:
            keep_raw(field_dict, flaws["algorithm"])
        else:
            algorithm = self.algorithm
            if algorithm is not UNSET:
                field_dict["algorithm"] = algorithm

        if flaws is not None and "qop" in flaws:
            keep_raw(field_dict, flaws["qop"])
        else:
            qop = self.qop
            if qop is not UNSET:
                field_dict["qop"] = qop

        if flaws is not None and "opaque" in flaws:
            keep_raw(field_dict, flaws["opaque"])
        else:
            opaque = self.opaque
            if opaque is not UNSET:
                field_dict["opaque"] = opaque

        if flaws is not None and "client_nonce" in flaws:
            keep_raw(field_dict, flaws["client_nonce"])
        else:
            client_nonce = self.client_nonce
            if client_nonce is not UNSET:
                field_dict["clientNonce"] = client_nonce

        if flaws is not None and "disable_retry_request" in flaws:
            keep_raw(field_dict, flaws["disable_retry_request"])
        else:
            disable_retry_request = self.disable_retry_request
            if disable_retry_request is not UNSET:
                field_dict["disableRetryRequest"] = disable_retry_request

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthDigestSettings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("username", UNSET)
        try:
            username = _value
            if username is not UNSET and not (isinstance(username, str)):
                raise wrong_type("str", username)
            _set(self, "username", username)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "username", "username", _value, error)

        _value = d.pop("password", UNSET)
        try:
            password = _value
            if password is not UNSET and not (isinstance(password, str)):
                raise wrong_type("str", password)
            _set(self, "password", password)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "password", "password", _value, error)

        _value = d.pop("realm", UNSET)
        try:
            realm = _value
            if realm is not UNSET and not (isinstance(realm, str)):
                raise wrong_type("str", realm)
            _set(self, "realm", realm)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "realm", "realm", _value, error)

        _value = d.pop("nonce", UNSET)
        try:
            nonce = _value
            if nonce is not UNSET and not (isinstance(nonce, str)):
                raise wrong_type("str", nonce)
            _set(self, "nonce", nonce)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "nonce", "nonce", _value, error)

        _value = d.pop("nonceCount", UNSET)
        try:
            nonce_count = _value
            if nonce_count is not UNSET and not (isinstance(nonce_count, str)):
                raise wrong_type("str", nonce_count)
            _set(self, "nonce_count", nonce_count)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "nonce_count", "nonceCount", _value, error)

        _value = d.pop("algorithm", UNSET)
        try:
            algorithm = _value
            if algorithm is not UNSET and not (isinstance(algorithm, str)):
                raise wrong_type("str", algorithm)
            _set(self, "algorithm", algorithm)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "algorithm", "algorithm", _value, error)

        _value = d.pop("qop", UNSET)
        try:
            qop = _value
            if qop is not UNSET and not (isinstance(qop, str)):
                raise wrong_type("str", qop)
            _set(self, "qop", qop)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "qop", "qop", _value, error)

        _value = d.pop("opaque", UNSET)
        try:
            opaque = _value
            if opaque is not UNSET and not (isinstance(opaque, str)):
                raise wrong_type("str", opaque)
            _set(self, "opaque", opaque)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "opaque", "opaque", _value, error)

        _value = d.pop("clientNonce", UNSET)
        try:
            client_nonce = _value
            if client_nonce is not UNSET and not (isinstance(client_nonce, str)):
                raise wrong_type("str", client_nonce)
            _set(self, "client_nonce", client_nonce)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "client_nonce", "clientNonce", _value, error)

        _value = d.pop("disableRetryRequest", UNSET)
        try:
            disable_retry_request = _value
            if disable_retry_request is not UNSET and not (type(disable_retry_request) is bool):
                raise wrong_type("bool", disable_retry_request)
            _set(self, "disable_retry_request", disable_retry_request)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "disable_retry_request", "disableRetryRequest", _value, error)

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
