from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_access_request_request_request_type import (
    CreateAccessRequestRequestRequestType,
    check_create_access_request_request_request_type,
)
from ..models.team_role import TeamRole, check_team_role
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.team_entity_reference import TeamEntityReference


T = TypeVar("T", bound="CreateAccessRequestRequest")


@_attrs_define
class CreateAccessRequestRequest(Model):
    """Body of POST /teams/{teamId}/access-requests."""

    entity_list: list[TeamEntityReference]
    """ The entities the request is for. """
    role: None | TeamRole
    """ The role asked for. """
    reason: str
    """ Why access is needed (may be empty). """
    request_type: CreateAccessRequestRequestRequestType
    """ Join the team, add the entities to it, or raise their role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("entity_list",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "entity_list" in flaws:
            keep_raw(field_dict, flaws["entity_list"])
        else:
            entity_list = []
            for entity_list_item_data in self.entity_list:
                entity_list_item = entity_list_item_data.to_dict()
                entity_list.append(entity_list_item)

            field_dict["entityList"] = entity_list

        if flaws is not None and "role" in flaws:
            keep_raw(field_dict, flaws["role"])
        else:
            role: None | str
            if isinstance(self.role, str):
                role = self.role
            else:
                role = self.role
            field_dict["role"] = role

        if flaws is not None and "reason" in flaws:
            keep_raw(field_dict, flaws["reason"])
        else:
            reason = self.reason
            field_dict["reason"] = reason

        if flaws is not None and "request_type" in flaws:
            keep_raw(field_dict, flaws["request_type"])
        else:
            request_type: str = self.request_type
            field_dict["requestType"] = request_type

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateAccessRequestRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.team_entity_reference import TeamEntityReference  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("entityList", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("entityList")
            entity_list = []
            _entity_list = _value
            if not isinstance(_entity_list, list):
                raise wrong_type("an array", _entity_list)
            for entity_list_item_data in _entity_list:
                entity_list_item = TeamEntityReference.from_dict(entity_list_item_data)

                entity_list.append(entity_list_item)

            _set(self, "entity_list", entity_list)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "entity_list", "entityList", _value, error)

        _value = d.pop("role", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("role")

            def _parse_role(data: object) -> None | TeamRole:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    role_type_0 = enum_value(check_team_role, data)

                    return role_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (data is None):
                    raise wrong_type("None | TeamRole", data)
                return cast("None | TeamRole", data)

            role = _parse_role(_value)

            _set(self, "role", role)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "role", "role", _value, error)

        _value = d.pop("reason", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("reason")
            reason = _value
            if not (isinstance(reason, str)):
                raise wrong_type("str", reason)
            _set(self, "reason", reason)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "reason", "reason", _value, error)

        _value = d.pop("requestType", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("requestType")
            request_type = enum_value(check_create_access_request_request_request_type, _value)

            _set(self, "request_type", request_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_type", "requestType", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("entityList", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("role", UNSET)
        if value is UNSET:
            return False
        value = data.get("reason", UNSET)
        if value is UNSET:
            return False
        value = data.get("requestType", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_create_access_request_request_request_type, value))
        ):
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
