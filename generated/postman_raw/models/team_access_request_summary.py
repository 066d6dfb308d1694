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

T = TypeVar("T", bound="TeamAccessRequestSummary")


@_attrs_define
class TeamAccessRequestSummary(Model):
    """The access request a decision settled."""

    id: int | Unset = UNSET
    request_type: str | Unset = UNSET
    """ `REQUEST_TO_JOIN`, `REQUEST_TO_ADD_MEMBERS` or `UPGRADE_ROLE`. """
    reason: str | Unset = UNSET
    status: str | Unset = UNSET
    """ The request's state after the decision, such as `Accepted` or `Denied`. """
    object_type: str | Unset = UNSET
    """ Kind of thing access was asked to, for example `team`. """
    object_id: int | Unset = UNSET
    created_by: int | str | Unset = UNSET
    """ An entity's id: a Postman numeric id or, with `identifierType: scim`, a SCIM id string. """
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

        if flaws is not None and "request_type" in flaws:
            keep_raw(field_dict, flaws["request_type"])
        else:
            request_type = self.request_type
            if request_type is not UNSET:
                field_dict["requestType"] = request_type

        if flaws is not None and "reason" in flaws:
            keep_raw(field_dict, flaws["reason"])
        else:
            reason = self.reason
            if reason is not UNSET:
                field_dict["reason"] = reason

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "object_type" in flaws:
            keep_raw(field_dict, flaws["object_type"])
        else:
            object_type = self.object_type
            if object_type is not UNSET:
                field_dict["objectType"] = object_type

        if flaws is not None and "object_id" in flaws:
            keep_raw(field_dict, flaws["object_id"])
        else:
            object_id = self.object_id
            if object_id is not UNSET:
                field_dict["objectId"] = object_id

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by: int | str | Unset
            if isinstance(self.created_by, Unset):
                created_by = UNSET
            else:
                created_by = self.created_by
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamAccessRequestSummary that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
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

        _value = d.pop("requestType", UNSET)
        try:
            request_type = _value
            if request_type is not UNSET and not (isinstance(request_type, str)):
                raise wrong_type("str", request_type)
            _set(self, "request_type", request_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_type", "requestType", _value, error)

        _value = d.pop("reason", UNSET)
        try:
            reason = _value
            if reason is not UNSET and not (isinstance(reason, str)):
                raise wrong_type("str", reason)
            _set(self, "reason", reason)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "reason", "reason", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("objectType", UNSET)
        try:
            object_type = _value
            if object_type is not UNSET and not (isinstance(object_type, str)):
                raise wrong_type("str", object_type)
            _set(self, "object_type", object_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "object_type", "objectType", _value, error)

        _value = d.pop("objectId", UNSET)
        try:
            object_id = _value
            if object_id is not UNSET and not (type(object_id) is int):
                raise wrong_type("int", object_id)
            _set(self, "object_id", object_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "object_id", "objectId", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:

            def _parse_created_by(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                if not (type(data) is int or isinstance(data, str)):
                    raise wrong_type("int | str", data)
                return cast("int | str | Unset", data)

            created_by = _parse_created_by(_value)

            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

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
