from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.respond_private_network_add_request_request_status import (
    RespondPrivateNetworkAddRequestRequestStatus,
    check_respond_private_network_add_request_request_status,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
)

if TYPE_CHECKING:
    from ..models.respond_private_network_add_request_request_response import (
        RespondPrivateNetworkAddRequestRequestResponse,
    )


T = TypeVar("T", bound="RespondPrivateNetworkAddRequestRequest")


@_attrs_define
class RespondPrivateNetworkAddRequestRequest(Model):
    """Body of PUT /network/private/network-entity/request/{requestId}."""

    status: RespondPrivateNetworkAddRequestRequestStatus
    """ The decision. """
    response: RespondPrivateNetworkAddRequestRequestResponse | Unset = UNSET
    """ A reply for the requester; only used with `denied`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("response",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status: str = self.status
            field_dict["status"] = status

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
        """A RespondPrivateNetworkAddRequestRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.respond_private_network_add_request_request_response import (
            RespondPrivateNetworkAddRequestRequestResponse,  # noqa: PLC0415
        )

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("status", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("status")
            status = enum_value(check_respond_private_network_add_request_request_status, _value)

            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("response", UNSET)
        try:
            _response = _value
            response: RespondPrivateNetworkAddRequestRequestResponse | Unset
            if isinstance(_response, Unset):
                response = UNSET
            else:
                response = RespondPrivateNetworkAddRequestRequestResponse.from_dict(_response)

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
        value = data.get("status", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_respond_private_network_add_request_request_status, value))
        ):
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
