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

T = TypeVar("T", bound="AuthOauth2Settings")


@_attrs_define
class AuthOauth2Settings(Model):
    """The OAuth 2.0 settings of a Collection Format v2.0 auth, keyed by setting name. Other settings are kept as they
    came.

    """

    access_token: str | Unset = UNSET
    add_token_to: str | Unset = UNSET
    """ `header` or `queryParams`. """
    token_type: str | Unset = UNSET
    grant_type: str | Unset = UNSET
    auth_url: str | Unset = UNSET
    access_token_url: str | Unset = UNSET
    call_back_url: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    client_auth: str | Unset = UNSET
    """ `header` or `body`. """
    scope: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
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
                field_dict["accessToken"] = access_token

        if flaws is not None and "add_token_to" in flaws:
            keep_raw(field_dict, flaws["add_token_to"])
        else:
            add_token_to = self.add_token_to
            if add_token_to is not UNSET:
                field_dict["addTokenTo"] = add_token_to

        if flaws is not None and "token_type" in flaws:
            keep_raw(field_dict, flaws["token_type"])
        else:
            token_type = self.token_type
            if token_type is not UNSET:
                field_dict["tokenType"] = token_type

        if flaws is not None and "grant_type" in flaws:
            keep_raw(field_dict, flaws["grant_type"])
        else:
            grant_type = self.grant_type
            if grant_type is not UNSET:
                field_dict["grantType"] = grant_type

        if flaws is not None and "auth_url" in flaws:
            keep_raw(field_dict, flaws["auth_url"])
        else:
            auth_url = self.auth_url
            if auth_url is not UNSET:
                field_dict["authUrl"] = auth_url

        if flaws is not None and "access_token_url" in flaws:
            keep_raw(field_dict, flaws["access_token_url"])
        else:
            access_token_url = self.access_token_url
            if access_token_url is not UNSET:
                field_dict["accessTokenUrl"] = access_token_url

        if flaws is not None and "call_back_url" in flaws:
            keep_raw(field_dict, flaws["call_back_url"])
        else:
            call_back_url = self.call_back_url
            if call_back_url is not UNSET:
                field_dict["callBackUrl"] = call_back_url

        if flaws is not None and "redirect_uri" in flaws:
            keep_raw(field_dict, flaws["redirect_uri"])
        else:
            redirect_uri = self.redirect_uri
            if redirect_uri is not UNSET:
                field_dict["redirectUri"] = redirect_uri

        if flaws is not None and "client_id" in flaws:
            keep_raw(field_dict, flaws["client_id"])
        else:
            client_id = self.client_id
            if client_id is not UNSET:
                field_dict["clientId"] = client_id

        if flaws is not None and "client_secret" in flaws:
            keep_raw(field_dict, flaws["client_secret"])
        else:
            client_secret = self.client_secret
            if client_secret is not UNSET:
                field_dict["clientSecret"] = client_secret

        if flaws is not None and "client_auth" in flaws:
            keep_raw(field_dict, flaws["client_auth"])
        else:
            client_auth = self.client_auth
            if client_auth is not UNSET:
                field_dict["clientAuth"] = client_auth

        if flaws is not None and "scope" in flaws:
            keep_raw(field_dict, flaws["scope"])
        else:
            scope = self.scope
            if scope is not UNSET:
                field_dict["scope"] = scope

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

        if flaws is not None and "refresh_token" in flaws:
            keep_raw(field_dict, flaws["refresh_token"])
        else:
            refresh_token = self.refresh_token
            if refresh_token is not UNSET:
                field_dict["refreshToken"] = refresh_token

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthOauth2Settings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("accessToken", UNSET)
        try:
            access_token = _value
            if access_token is not UNSET and not (isinstance(access_token, str)):
                raise wrong_type("str", access_token)
            _set(self, "access_token", access_token)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "access_token", "accessToken", _value, error)

        _value = d.pop("addTokenTo", UNSET)
        try:
            add_token_to = _value
            if add_token_to is not UNSET and not (isinstance(add_token_to, str)):
                raise wrong_type("str", add_token_to)
            _set(self, "add_token_to", add_token_to)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "add_token_to", "addTokenTo", _value, error)

        _value = d.pop("tokenType", UNSET)
        try:
            token_type = _value
            if token_type is not UNSET and not (isinstance(token_type, str)):
                raise wrong_type("str", token_type)
            _set(self, "token_type", token_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "token_type", "tokenType", _value, error)

        _value = d.pop("grantType", UNSET)
        try:
            grant_type = _value
            if grant_type is not UNSET and not (isinstance(grant_type, str)):
                raise wrong_type("str", grant_type)
            _set(self, "grant_type", grant_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "grant_type", "grantType", _value, error)

        _value = d.pop("authUrl", UNSET)
        try:
            auth_url = _value
            if auth_url is not UNSET and not (isinstance(auth_url, str)):
                raise wrong_type("str", auth_url)
            _set(self, "auth_url", auth_url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "auth_url", "authUrl", _value, error)

        _value = d.pop("accessTokenUrl", UNSET)
        try:
            access_token_url = _value
            if access_token_url is not UNSET and not (isinstance(access_token_url, str)):
                raise wrong_type("str", access_token_url)
            _set(self, "access_token_url", access_token_url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "access_token_url", "accessTokenUrl", _value, error)

        _value = d.pop("callBackUrl", UNSET)
        try:
            call_back_url = _value
            if call_back_url is not UNSET and not (isinstance(call_back_url, str)):
                raise wrong_type("str", call_back_url)
            _set(self, "call_back_url", call_back_url)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "call_back_url", "callBackUrl", _value, error)

        _value = d.pop("redirectUri", UNSET)
        try:
            redirect_uri = _value
            if redirect_uri is not UNSET and not (isinstance(redirect_uri, str)):
                raise wrong_type("str", redirect_uri)
            _set(self, "redirect_uri", redirect_uri)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "redirect_uri", "redirectUri", _value, error)

        _value = d.pop("clientId", UNSET)
        try:
            client_id = _value
            if client_id is not UNSET and not (isinstance(client_id, str)):
                raise wrong_type("str", client_id)
            _set(self, "client_id", client_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "client_id", "clientId", _value, error)

        _value = d.pop("clientSecret", UNSET)
        try:
            client_secret = _value
            if client_secret is not UNSET and not (isinstance(client_secret, str)):
                raise wrong_type("str", client_secret)
            _set(self, "client_secret", client_secret)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "client_secret", "clientSecret", _value, error)

        _value = d.pop("clientAuth", UNSET)
        try:
            client_auth = _value
            if client_auth is not UNSET and not (isinstance(client_auth, str)):
                raise wrong_type("str", client_auth)
            _set(self, "client_auth", client_auth)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "client_auth", "clientAuth", _value, error)

        _value = d.pop("scope", UNSET)
        try:
            scope = _value
            if scope is not UNSET and not (isinstance(scope, str)):
                raise wrong_type("str", scope)
            _set(self, "scope", scope)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "scope", "scope", _value, error)

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

        _value = d.pop("refreshToken", UNSET)
        try:
            refresh_token = _value
            if refresh_token is not UNSET and not (isinstance(refresh_token, str)):
                raise wrong_type("str", refresh_token)
            _set(self, "refresh_token", refresh_token)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "refresh_token", "refreshToken", _value, error)

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
