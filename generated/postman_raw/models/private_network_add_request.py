from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        message = self.message

        status = self.status

        element: dict[str, Any] | Unset = UNSET
        if not isinstance(self.element, Unset):
            element = self.element.to_dict()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if element is not UNSET:
            field_dict["element"] = element
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PrivateNetworkAddRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.private_network_add_request_reply import PrivateNetworkAddRequestReply  # noqa: PLC0415
        from postman_raw.models.private_network_requested_element import PrivateNetworkRequestedElement  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _set(self, "created_at", created_at)

        created_by = d.pop("createdBy", UNSET)
        _set(self, "created_by", created_by)

        message = d.pop("message", UNSET)
        _set(self, "message", message)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        _element = d.pop("element", UNSET)
        element: PrivateNetworkRequestedElement | Unset
        if isinstance(_element, Unset):
            element = UNSET
        else:
            element = PrivateNetworkRequestedElement.from_dict(_element)

        _set(self, "element", element)

        _response = d.pop("response", UNSET)
        response: PrivateNetworkAddRequestReply | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = PrivateNetworkAddRequestReply.from_dict(_response)

        _set(self, "response", response)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("createdAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("element", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("response", UNSET)
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
