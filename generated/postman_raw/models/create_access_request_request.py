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
from ..types import UNSET, Model, accepts, read_lazily

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
        entity_list = []
        for entity_list_item_data in self.entity_list:
            entity_list_item = entity_list_item_data.to_dict()
            entity_list.append(entity_list_item)

        role: None | str
        if isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        reason = self.reason

        request_type: str = self.request_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityList": entity_list,
                "role": role,
                "reason": reason,
                "requestType": request_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateAccessRequestRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.team_entity_reference import TeamEntityReference  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        entity_list = []
        _entity_list = d.pop("entityList")
        for entity_list_item_data in _entity_list:
            entity_list_item = TeamEntityReference.from_dict(entity_list_item_data)

            entity_list.append(entity_list_item)

        _set(self, "entity_list", entity_list)

        def _parse_role(data: object) -> None | TeamRole:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_team_role(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | TeamRole", data)

        role = _parse_role(d.pop("role"))

        _set(self, "role", role)

        reason = d.pop("reason")
        _set(self, "reason", reason)

        request_type = check_create_access_request_request_request_type(d.pop("requestType"))

        _set(self, "request_type", request_type)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("entityList", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, list)):
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
        if value is not UNSET and not (accepts(check_create_access_request_request_request_type, value)):
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
