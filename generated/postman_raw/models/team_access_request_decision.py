from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.team_access_request_summary import TeamAccessRequestSummary


T = TypeVar("T", bound="TeamAccessRequestDecision")


@_attrs_define
class TeamAccessRequestDecision(Model):
    """The effect of approving or denying an access request."""

    entity_type: str | Unset = UNSET
    """ `user`, `group`, `team` or `organization`. """
    entity_id: int | str | Unset = UNSET
    """ An entity's id: a Postman numeric id or, with `identifierType: scim`, a SCIM id string. """
    role: str | Unset = UNSET
    """ The role that was asked for. """
    previous_role: None | str | Unset = UNSET
    """ The role the entity had before, when approval changed it. """
    status: str | Unset = UNSET
    """ `Accepted` or `Denied`. """
    access_request: TeamAccessRequestSummary | Unset = UNSET
    """ The access request a decision settled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("access_request",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        entity_id: int | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        role = self.role

        previous_role: None | str | Unset
        if isinstance(self.previous_role, Unset):
            previous_role = UNSET
        else:
            previous_role = self.previous_role

        status = self.status

        access_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_request, Unset):
            access_request = self.access_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if role is not UNSET:
            field_dict["role"] = role
        if previous_role is not UNSET:
            field_dict["previousRole"] = previous_role
        if status is not UNSET:
            field_dict["status"] = status
        if access_request is not UNSET:
            field_dict["accessRequest"] = access_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamAccessRequestDecision that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.team_access_request_summary import TeamAccessRequestSummary  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        entity_type = d.pop("entityType", UNSET)
        _set(self, "entity_type", entity_type)

        def _parse_entity_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        entity_id = _parse_entity_id(d.pop("entityId", UNSET))

        _set(self, "entity_id", entity_id)

        role = d.pop("role", UNSET)
        _set(self, "role", role)

        def _parse_previous_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_role = _parse_previous_role(d.pop("previousRole", UNSET))

        _set(self, "previous_role", previous_role)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        _access_request = d.pop("accessRequest", UNSET)
        access_request: TeamAccessRequestSummary | Unset
        if isinstance(_access_request, Unset):
            access_request = UNSET
        else:
            access_request = TeamAccessRequestSummary.from_dict(_access_request)

        _set(self, "access_request", access_request)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("accessRequest", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
