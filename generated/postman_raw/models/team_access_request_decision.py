from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "entity_type" in flaws:
            keep_raw(field_dict, flaws["entity_type"])
        else:
            entity_type = self.entity_type
            if entity_type is not UNSET:
                field_dict["entityType"] = entity_type

        if flaws is not None and "entity_id" in flaws:
            keep_raw(field_dict, flaws["entity_id"])
        else:
            entity_id: int | str | Unset
            if isinstance(self.entity_id, Unset):
                entity_id = UNSET
            else:
                entity_id = self.entity_id
            if entity_id is not UNSET:
                field_dict["entityId"] = entity_id

        if flaws is not None and "role" in flaws:
            keep_raw(field_dict, flaws["role"])
        else:
            role = self.role
            if role is not UNSET:
                field_dict["role"] = role

        if flaws is not None and "previous_role" in flaws:
            keep_raw(field_dict, flaws["previous_role"])
        else:
            previous_role: None | str | Unset
            if isinstance(self.previous_role, Unset):
                previous_role = UNSET
            else:
                previous_role = self.previous_role
            if previous_role is not UNSET:
                field_dict["previousRole"] = previous_role

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "access_request" in flaws:
            keep_raw(field_dict, flaws["access_request"])
        else:
            access_request: dict[str, Any] | Unset = UNSET
            if not isinstance(self.access_request, Unset):
                access_request = self.access_request.to_dict()
            if access_request is not UNSET:
                field_dict["accessRequest"] = access_request

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamAccessRequestDecision that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.team_access_request_summary import TeamAccessRequestSummary  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("entityType", UNSET)
        try:
            entity_type = _value
            if entity_type is not UNSET and not (isinstance(entity_type, str)):
                raise wrong_type("str", entity_type)
            _set(self, "entity_type", entity_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "entity_type", "entityType", _value, error)

        _value = d.pop("entityId", UNSET)
        try:

            def _parse_entity_id(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                if not (type(data) is int or isinstance(data, str)):
                    raise wrong_type("int | str", data)
                return cast("int | str | Unset", data)

            entity_id = _parse_entity_id(_value)

            _set(self, "entity_id", entity_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "entity_id", "entityId", _value, error)

        _value = d.pop("role", UNSET)
        try:
            role = _value
            if role is not UNSET and not (isinstance(role, str)):
                raise wrong_type("str", role)
            _set(self, "role", role)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "role", "role", _value, error)

        _value = d.pop("previousRole", UNSET)
        try:

            def _parse_previous_role(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            previous_role = _parse_previous_role(_value)

            _set(self, "previous_role", previous_role)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "previous_role", "previousRole", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("accessRequest", UNSET)
        try:
            _access_request = _value
            access_request: TeamAccessRequestSummary | Unset
            if isinstance(_access_request, Unset):
                access_request = UNSET
            else:
                access_request = TeamAccessRequestSummary.from_dict(_access_request)

            _set(self, "access_request", access_request)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "access_request", "accessRequest", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("accessRequest", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
