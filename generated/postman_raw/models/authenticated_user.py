from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

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

T = TypeVar("T", bound="AuthenticatedUser")


@_attrs_define
class AuthenticatedUser(Model):
    """The key owner's profile."""

    id: int | Unset = UNSET
    """ The user's numeric id (the owner part of the uids they create). """
    sub: str | Unset = UNSET
    """ A team-independent identifier of the user (a UUID or an id). """
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    full_name: str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    """ URL of the profile picture. """
    is_public: bool | Unset = UNSET
    """ Whether the profile is visible to everyone. """
    email_verified: bool | Unset = UNSET
    team_id: int | Unset = UNSET
    """ The user's team, or 0 when the user is on no team. """
    team_name: str | Unset = UNSET
    team_domain: str | Unset = UNSET
    """ The team's Postman subdomain. """
    roles: list[str] | Unset = UNSET
    """ Team roles, such as `user`, `admin` or `flow-editor`. """
    flow_count: int | Unset = UNSET
    """ Number of flows (Free plans only). """
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
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "sub" in flaws:
            keep_raw(field_dict, flaws["sub"])
        else:
            sub = self.sub
            if sub is not UNSET:
                field_dict["sub"] = sub

        if flaws is not None and "username" in flaws:
            keep_raw(field_dict, flaws["username"])
        else:
            username = self.username
            if username is not UNSET:
                field_dict["username"] = username

        if flaws is not None and "email" in flaws:
            keep_raw(field_dict, flaws["email"])
        else:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email

        if flaws is not None and "full_name" in flaws:
            keep_raw(field_dict, flaws["full_name"])
        else:
            full_name = self.full_name
            if full_name is not UNSET:
                field_dict["fullName"] = full_name

        if flaws is not None and "avatar" in flaws:
            keep_raw(field_dict, flaws["avatar"])
        else:
            avatar: None | str | Unset
            if isinstance(self.avatar, Unset):
                avatar = UNSET
            else:
                avatar = self.avatar
            if avatar is not UNSET:
                field_dict["avatar"] = avatar

        if flaws is not None and "is_public" in flaws:
            keep_raw(field_dict, flaws["is_public"])
        else:
            is_public = self.is_public
            if is_public is not UNSET:
                field_dict["isPublic"] = is_public

        if flaws is not None and "email_verified" in flaws:
            keep_raw(field_dict, flaws["email_verified"])
        else:
            email_verified = self.email_verified
            if email_verified is not UNSET:
                field_dict["emailVerified"] = email_verified

        if flaws is not None and "team_id" in flaws:
            keep_raw(field_dict, flaws["team_id"])
        else:
            team_id = self.team_id
            if team_id is not UNSET:
                field_dict["teamId"] = team_id

        if flaws is not None and "team_name" in flaws:
            keep_raw(field_dict, flaws["team_name"])
        else:
            team_name = self.team_name
            if team_name is not UNSET:
                field_dict["teamName"] = team_name

        if flaws is not None and "team_domain" in flaws:
            keep_raw(field_dict, flaws["team_domain"])
        else:
            team_domain = self.team_domain
            if team_domain is not UNSET:
                field_dict["teamDomain"] = team_domain

        if flaws is not None and "roles" in flaws:
            keep_raw(field_dict, flaws["roles"])
        else:
            roles: list[str] | Unset = UNSET
            if not isinstance(self.roles, Unset):
                roles = self.roles

            if roles is not UNSET:
                field_dict["roles"] = roles

        if flaws is not None and "flow_count" in flaws:
            keep_raw(field_dict, flaws["flow_count"])
        else:
            flow_count = self.flow_count
            if flow_count is not UNSET:
                field_dict["flow_count"] = flow_count

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthenticatedUser that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (type(id) is int):
                raise wrong_type("int", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("sub", UNSET)
        try:
            sub = _value
            if sub is not UNSET and not (isinstance(sub, str)):
                raise wrong_type("str", sub)
            _set(self, "sub", sub)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "sub", "sub", _value, error)

        _value = d.pop("username", UNSET)
        try:
            username = _value
            if username is not UNSET and not (isinstance(username, str)):
                raise wrong_type("str", username)
            _set(self, "username", username)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "username", "username", _value, error)

        _value = d.pop("email", UNSET)
        try:
            email = _value
            if email is not UNSET and not (isinstance(email, str)):
                raise wrong_type("str", email)
            _set(self, "email", email)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "email", "email", _value, error)

        _value = d.pop("fullName", UNSET)
        try:
            full_name = _value
            if full_name is not UNSET and not (isinstance(full_name, str)):
                raise wrong_type("str", full_name)
            _set(self, "full_name", full_name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "full_name", "fullName", _value, error)

        _value = d.pop("avatar", UNSET)
        try:

            def _parse_avatar(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            avatar = _parse_avatar(_value)

            _set(self, "avatar", avatar)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "avatar", "avatar", _value, error)

        _value = d.pop("isPublic", UNSET)
        try:
            is_public = _value
            if is_public is not UNSET and not (type(is_public) is bool):
                raise wrong_type("bool", is_public)
            _set(self, "is_public", is_public)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "is_public", "isPublic", _value, error)

        _value = d.pop("emailVerified", UNSET)
        try:
            email_verified = _value
            if email_verified is not UNSET and not (type(email_verified) is bool):
                raise wrong_type("bool", email_verified)
            _set(self, "email_verified", email_verified)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "email_verified", "emailVerified", _value, error)

        _value = d.pop("teamId", UNSET)
        try:
            team_id = _value
            if team_id is not UNSET and not (type(team_id) is int):
                raise wrong_type("int", team_id)
            _set(self, "team_id", team_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team_id", "teamId", _value, error)

        _value = d.pop("teamName", UNSET)
        try:
            team_name = _value
            if team_name is not UNSET and not (isinstance(team_name, str)):
                raise wrong_type("str", team_name)
            _set(self, "team_name", team_name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team_name", "teamName", _value, error)

        _value = d.pop("teamDomain", UNSET)
        try:
            team_domain = _value
            if team_domain is not UNSET and not (isinstance(team_domain, str)):
                raise wrong_type("str", team_domain)
            _set(self, "team_domain", team_domain)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team_domain", "teamDomain", _value, error)

        _value = d.pop("roles", UNSET)
        try:
            roles = cast("list[str]", _value)
            if roles is not UNSET and (not isinstance(roles, list) or not all(isinstance(item, str) for item in roles)):
                raise wrong_type("an array of str", roles)

            _set(self, "roles", roles)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "roles", "roles", _value, error)

        _value = d.pop("flow_count", UNSET)
        try:
            flow_count = _value
            if flow_count is not UNSET and not (type(flow_count) is int):
                raise wrong_type("int", flow_count)
            _set(self, "flow_count", flow_count)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "flow_count", "flow_count", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("roles", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
