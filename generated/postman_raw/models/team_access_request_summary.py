from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        request_type = self.request_type

        reason = self.reason

        status = self.status

        object_type = self.object_type

        object_id = self.object_id

        created_by: int | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if request_type is not UNSET:
            field_dict["requestType"] = request_type
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A TeamAccessRequestSummary that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        request_type = d.pop("requestType", UNSET)
        _set(self, "request_type", request_type)

        reason = d.pop("reason", UNSET)
        _set(self, "reason", reason)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        object_type = d.pop("objectType", UNSET)
        _set(self, "object_type", object_type)

        object_id = d.pop("objectId", UNSET)
        _set(self, "object_id", object_id)

        def _parse_created_by(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        _set(self, "created_by", created_by)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
