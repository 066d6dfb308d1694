from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        access_token = self.access_token

        add_token_to = self.add_token_to

        token_type = self.token_type

        grant_type = self.grant_type

        auth_url = self.auth_url

        access_token_url = self.access_token_url

        call_back_url = self.call_back_url

        redirect_uri = self.redirect_uri

        client_id = self.client_id

        client_secret = self.client_secret

        client_auth = self.client_auth

        scope = self.scope

        username = self.username

        password = self.password

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if add_token_to is not UNSET:
            field_dict["addTokenTo"] = add_token_to
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type
        if grant_type is not UNSET:
            field_dict["grantType"] = grant_type
        if auth_url is not UNSET:
            field_dict["authUrl"] = auth_url
        if access_token_url is not UNSET:
            field_dict["accessTokenUrl"] = access_token_url
        if call_back_url is not UNSET:
            field_dict["callBackUrl"] = call_back_url
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if client_auth is not UNSET:
            field_dict["clientAuth"] = client_auth
        if scope is not UNSET:
            field_dict["scope"] = scope
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthOauth2Settings that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        access_token = d.pop("accessToken", UNSET)
        _set(self, "access_token", access_token)

        add_token_to = d.pop("addTokenTo", UNSET)
        _set(self, "add_token_to", add_token_to)

        token_type = d.pop("tokenType", UNSET)
        _set(self, "token_type", token_type)

        grant_type = d.pop("grantType", UNSET)
        _set(self, "grant_type", grant_type)

        auth_url = d.pop("authUrl", UNSET)
        _set(self, "auth_url", auth_url)

        access_token_url = d.pop("accessTokenUrl", UNSET)
        _set(self, "access_token_url", access_token_url)

        call_back_url = d.pop("callBackUrl", UNSET)
        _set(self, "call_back_url", call_back_url)

        redirect_uri = d.pop("redirectUri", UNSET)
        _set(self, "redirect_uri", redirect_uri)

        client_id = d.pop("clientId", UNSET)
        _set(self, "client_id", client_id)

        client_secret = d.pop("clientSecret", UNSET)
        _set(self, "client_secret", client_secret)

        client_auth = d.pop("clientAuth", UNSET)
        _set(self, "client_auth", client_auth)

        scope = d.pop("scope", UNSET)
        _set(self, "scope", scope)

        username = d.pop("username", UNSET)
        _set(self, "username", username)

        password = d.pop("password", UNSET)
        _set(self, "password", password)

        refresh_token = d.pop("refreshToken", UNSET)
        _set(self, "refresh_token", refresh_token)

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
