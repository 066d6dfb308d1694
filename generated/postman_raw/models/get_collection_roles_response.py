from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.collection_role import CollectionRole


T = TypeVar("T", bound="GetCollectionRolesResponse")


@_attrs_define
class GetCollectionRolesResponse(Model):
    """Body of GET /collections/{collectionId}/roles."""

    user: list[CollectionRole] | Unset = UNSET
    """ Roles held by single users (`id` is the user id). """
    group: list[CollectionRole] | Unset = UNSET
    """ Roles held by user groups (`id` is the group id). """
    team: list[CollectionRole] | Unset = UNSET
    """ Roles held by the whole team (`id` is the team id). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "user",
        "group",
        "team",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = []
            for user_item_data in self.user:
                user_item = user_item_data.to_dict()
                user.append(user_item)

        group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = []
            for group_item_data in self.group:
                group_item = group_item_data.to_dict()
                group.append(group_item)

        team: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = []
            for team_item_data in self.team:
                team_item = team_item_data.to_dict()
                team.append(team_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if group is not UNSET:
            field_dict["group"] = group
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GetCollectionRolesResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.collection_role import CollectionRole  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: list[CollectionRole] | Unset = UNSET
        if _user is not UNSET:
            user = []
            for user_item_data in _user:
                user_item = CollectionRole.from_dict(user_item_data)

                user.append(user_item)

        _set(self, "user", user)

        _group = d.pop("group", UNSET)
        group: list[CollectionRole] | Unset = UNSET
        if _group is not UNSET:
            group = []
            for group_item_data in _group:
                group_item = CollectionRole.from_dict(group_item_data)

                group.append(group_item)

        _set(self, "group", group)

        _team = d.pop("team", UNSET)
        team: list[CollectionRole] | Unset = UNSET
        if _team is not UNSET:
            team = []
            for team_item_data in _team:
                team_item = CollectionRole.from_dict(team_item_data)

                team.append(team_item)

        _set(self, "team", team)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("user", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("group", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("team", UNSET)
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
