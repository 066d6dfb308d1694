from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "user" in flaws:
            keep_raw(field_dict, flaws["user"])
        else:
            user: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.user, Unset):
                user = []
                for user_item_data in self.user:
                    user_item = user_item_data.to_dict()
                    user.append(user_item)

            if user is not UNSET:
                field_dict["user"] = user

        if flaws is not None and "group" in flaws:
            keep_raw(field_dict, flaws["group"])
        else:
            group: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.group, Unset):
                group = []
                for group_item_data in self.group:
                    group_item = group_item_data.to_dict()
                    group.append(group_item)

            if group is not UNSET:
                field_dict["group"] = group

        if flaws is not None and "team" in flaws:
            keep_raw(field_dict, flaws["team"])
        else:
            team: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.team, Unset):
                team = []
                for team_item_data in self.team:
                    team_item = team_item_data.to_dict()
                    team.append(team_item)

            if team is not UNSET:
                field_dict["team"] = team

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GetCollectionRolesResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.collection_role import CollectionRole  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("user", UNSET)
        try:
            _user = _value
            user: list[CollectionRole] | Unset = UNSET
            if _user is not UNSET:
                if not isinstance(_user, list):
                    raise wrong_type("an array", _user)
                user = []
                for user_item_data in _user:
                    user_item = CollectionRole.from_dict(user_item_data)

                    user.append(user_item)

            _set(self, "user", user)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user", "user", _value, error)

        _value = d.pop("group", UNSET)
        try:
            _group = _value
            group: list[CollectionRole] | Unset = UNSET
            if _group is not UNSET:
                if not isinstance(_group, list):
                    raise wrong_type("an array", _group)
                group = []
                for group_item_data in _group:
                    group_item = CollectionRole.from_dict(group_item_data)

                    group.append(group_item)

            _set(self, "group", group)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "group", "group", _value, error)

        _value = d.pop("team", UNSET)
        try:
            _team = _value
            team: list[CollectionRole] | Unset = UNSET
            if _team is not UNSET:
                if not isinstance(_team, list):
                    raise wrong_type("an array", _team)
                team = []
                for team_item_data in _team:
                    team_item = CollectionRole.from_dict(team_item_data)

                    team.append(team_item)

            _set(self, "team", team)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team", "team", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("user", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("group", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("team", UNSET)
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
