from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "email" in flaws:
            keep_raw(field_dict, flaws["email"])
        else:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "user_id" in flaws:
            keep_raw(field_dict, flaws["user_id"])
        else:
            user_id = self.user_id
            if user_id is not UNSET:
                field_dict["userId"] = user_id

        if flaws is not None and "message" in flaws:
            keep_raw(field_dict, flaws["message"])
        else:
            message = self.message
            if message is not UNSET:
                field_dict["message"] = message

        if flaws is not None and "invitation_link" in flaws:
            keep_raw(field_dict, flaws["invitation_link"])
        else:
            invitation_link = self.invitation_link
            if invitation_link is not UNSET:
                field_dict["invitationLink"] = invitation_link

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PartnerInviteResultItem that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("email", UNSET)
        try:
            email = _value
            if email is not UNSET and not (isinstance(email, str)):
                raise wrong_type("str", email)
            _set(self, "email", email)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "email", "email", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("userId", UNSET)
        try:
            user_id = _value
            if user_id is not UNSET and not (isinstance(user_id, str)):
                raise wrong_type("str", user_id)
            _set(self, "user_id", user_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "user_id", "userId", _value, error)

        _value = d.pop("message", UNSET)
        try:
            message = _value
            if message is not UNSET and not (isinstance(message, str)):
                raise wrong_type("str", message)
            _set(self, "message", message)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "message", "message", _value, error)

        _value = d.pop("invitationLink", UNSET)
        try:
            invitation_link = _value
            if invitation_link is not UNSET and not (isinstance(invitation_link, str)):
                raise wrong_type("str", invitation_link)
            _set(self, "invitation_link", invitation_link)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "invitation_link", "invitationLink", _value, error)

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
