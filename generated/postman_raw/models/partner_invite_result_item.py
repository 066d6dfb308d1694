from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="PartnerInviteResultItem")


@_attrs_define
class PartnerInviteResultItem(Model):
    """What happened to one invited address."""

    email: str | Unset = UNSET
    status: str | Unset = UNSET
    """ `EMAIL_SENT` (invitation mailed), `ALREADY_INVITED` (an invitation was already
    pending), `PARTNER_ADDED` (an existing partner was added directly) or `FAILED`.
     """
    user_id: str | Unset = UNSET
    """ The partner's user id; only with `PARTNER_ADDED`. """
    message: str | Unset = UNSET
    invitation_link: str | Unset = UNSET
    """ Sign-up link; only with `EMAIL_SENT` and `ALREADY_INVITED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        status = self.status

        user_id = self.user_id

        message = self.message

        invitation_link = self.invitation_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if message is not UNSET:
            field_dict["message"] = message
        if invitation_link is not UNSET:
            field_dict["invitationLink"] = invitation_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PartnerInviteResultItem that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        email = d.pop("email", UNSET)
        _set(self, "email", email)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        user_id = d.pop("userId", UNSET)
        _set(self, "user_id", user_id)

        message = d.pop("message", UNSET)
        _set(self, "message", message)

        invitation_link = d.pop("invitationLink", UNSET)
        _set(self, "invitation_link", invitation_link)

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
