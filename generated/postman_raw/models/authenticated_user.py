from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticatedUser")


@_attrs_define
class AuthenticatedUser:
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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        sub = d.pop("sub", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        full_name = d.pop("fullName", UNSET)

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        is_public = d.pop("isPublic", UNSET)

        email_verified = d.pop("emailVerified", UNSET)

        team_id = d.pop("teamId", UNSET)

        team_name = d.pop("teamName", UNSET)

        team_domain = d.pop("teamDomain", UNSET)

        roles = cast("list[str]", d.pop("roles", UNSET))

        flow_count = d.pop("flow_count", UNSET)

        authenticated_user = cls(
            id=id,
            sub=sub,
            username=username,
            email=email,
            full_name=full_name,
            avatar=avatar,
            is_public=is_public,
            email_verified=email_verified,
            team_id=team_id,
            team_name=team_name,
            team_domain=team_domain,
            roles=roles,
            flow_count=flow_count,
        )

        authenticated_user.additional_properties = d
        return authenticated_user

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
