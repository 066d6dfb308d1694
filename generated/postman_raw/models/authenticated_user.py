from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        sub = self.sub

        username = self.username

        email = self.email

        full_name = self.full_name

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        is_public = self.is_public

        email_verified = self.email_verified

        team_id = self.team_id

        team_name = self.team_name

        team_domain = self.team_domain

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        flow_count = self.flow_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sub is not UNSET:
            field_dict["sub"] = sub
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if team_name is not UNSET:
            field_dict["teamName"] = team_name
        if team_domain is not UNSET:
            field_dict["teamDomain"] = team_domain
        if roles is not UNSET:
            field_dict["roles"] = roles
        if flow_count is not UNSET:
            field_dict["flow_count"] = flow_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AuthenticatedUser that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        sub = d.pop("sub", UNSET)
        _set(self, "sub", sub)

        username = d.pop("username", UNSET)
        _set(self, "username", username)

        email = d.pop("email", UNSET)
        _set(self, "email", email)

        full_name = d.pop("fullName", UNSET)
        _set(self, "full_name", full_name)

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        _set(self, "avatar", avatar)

        is_public = d.pop("isPublic", UNSET)
        _set(self, "is_public", is_public)

        email_verified = d.pop("emailVerified", UNSET)
        _set(self, "email_verified", email_verified)

        team_id = d.pop("teamId", UNSET)
        _set(self, "team_id", team_id)

        team_name = d.pop("teamName", UNSET)
        _set(self, "team_name", team_name)

        team_domain = d.pop("teamDomain", UNSET)
        _set(self, "team_domain", team_domain)

        roles = cast("list[str]", d.pop("roles", UNSET))

        _set(self, "roles", roles)

        flow_count = d.pop("flow_count", UNSET)
        _set(self, "flow_count", flow_count)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("roles", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
