from __future__ import annotations

import datetime
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
    datetime_text,
    keep_raw,
    note_flaw,
    parse_datetime,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.private_network_add_request_reply import PrivateNetworkAddRequestReply
    from ..models.private_network_requested_element import PrivateNetworkRequestedElement


T = TypeVar("T", bound="PrivateNetworkAddRequest")


@_attrs_define
class PrivateNetworkAddRequest(Model):
    """A member's request to publish a workspace in the Private API Network."""

    id: int | Unset = UNSET
    """ The request's id. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the request was made. """
    created_by: int | Unset = UNSET
    """ Id of the user who made the request. """
    message: str | Unset = UNSET
    """ The requester's note, when one was written. """
    status: str | Unset = UNSET
    """ State of the request: `pending`, `approved` or `denied`. """
    element: PrivateNetworkRequestedElement | Unset = UNSET
    """ The workspace a publication request is about. """
    response: PrivateNetworkAddRequestReply | Unset = UNSET
    """ A manager's reply to a denied request; present only when the denial carried a message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "element",
        "response",
    )
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

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = datetime_text(self.created_at)
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by = self.created_by
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None and "message" in flaws:
            keep_raw(field_dict, flaws["message"])
        else:
            message = self.message
            if message is not UNSET:
                field_dict["message"] = message

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "element" in flaws:
            keep_raw(field_dict, flaws["element"])
        else:
            element: dict[str, Any] | Unset = UNSET
            if not isinstance(self.element, Unset):
                element = self.element.to_dict()
            if element is not UNSET:
                field_dict["element"] = element

        if flaws is not None and "response" in flaws:
            keep_raw(field_dict, flaws["response"])
        else:
            response: dict[str, Any] | Unset = UNSET
            if not isinstance(self.response, Unset):
                response = self.response.to_dict()
            if response is not UNSET:
                field_dict["response"] = response

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PrivateNetworkAddRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.private_network_add_request_reply import PrivateNetworkAddRequestReply  # noqa: PLC0415
        from postman_raw.models.private_network_requested_element import PrivateNetworkRequestedElement  # noqa: PLC0415

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

        _value = d.pop("createdAt", UNSET)
        try:
            _created_at = _value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            created_by = _value
            if created_by is not UNSET and not (type(created_by) is int):
                raise wrong_type("int", created_by)
            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

        _value = d.pop("message", UNSET)
        try:
            message = _value
            if message is not UNSET and not (isinstance(message, str)):
                raise wrong_type("str", message)
            _set(self, "message", message)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "message", "message", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("element", UNSET)
        try:
            _element = _value
            element: PrivateNetworkRequestedElement | Unset
            if isinstance(_element, Unset):
                element = UNSET
            else:
                element = PrivateNetworkRequestedElement.from_dict(_element)

            _set(self, "element", element)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "element", "element", _value, error)

        _value = d.pop("response", UNSET)
        try:
            _response = _value
            response: PrivateNetworkAddRequestReply | Unset
            if isinstance(_response, Unset):
                response = UNSET
            else:
                response = PrivateNetworkAddRequestReply.from_dict(_response)

            _set(self, "response", response)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "response", "response", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("element", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("response", UNSET)
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
