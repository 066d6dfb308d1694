from __future__ import annotations

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
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.billing_account_slots import BillingAccountSlots


T = TypeVar("T", bound="BillingAccount")


@_attrs_define
class BillingAccount(Model):
    """A team's billing account (body of GET /accounts)."""

    id: int | Unset = UNSET
    """ The account's id. """
    team_id: int | Unset = UNSET
    """ The team the account pays for. """
    billing_email: str | Unset = UNSET
    """ Where invoices are sent. """
    state: str | Unset = UNSET
    """ `FREE`, `PAID`, `EXPIRED_TRIAL`, `OVERDUE`, `SUSPENDED`, `BLOCKED` or `PAYMENT_DISPUTED`. """
    sales_channel: str | Unset = UNSET
    """ `SELF_SERVE` (bought by the team online) or `SALES_SERVE` (bought through Postman's sales team). """
    slots: BillingAccountSlots | Unset = UNSET
    """ The account's seats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("slots",)
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

        if flaws is not None and "team_id" in flaws:
            keep_raw(field_dict, flaws["team_id"])
        else:
            team_id = self.team_id
            if team_id is not UNSET:
                field_dict["teamId"] = team_id

        if flaws is not None and "billing_email" in flaws:
            keep_raw(field_dict, flaws["billing_email"])
        else:
            billing_email = self.billing_email
            if billing_email is not UNSET:
                field_dict["billingEmail"] = billing_email

        if flaws is not None and "state" in flaws:
            keep_raw(field_dict, flaws["state"])
        else:
            state = self.state
            if state is not UNSET:
                field_dict["state"] = state

        if flaws is not None and "sales_channel" in flaws:
            keep_raw(field_dict, flaws["sales_channel"])
        else:
            sales_channel = self.sales_channel
            if sales_channel is not UNSET:
                field_dict["salesChannel"] = sales_channel

        if flaws is not None and "slots" in flaws:
            keep_raw(field_dict, flaws["slots"])
        else:
            slots: dict[str, Any] | Unset = UNSET
            if not isinstance(self.slots, Unset):
                slots = self.slots.to_dict()
            if slots is not UNSET:
                field_dict["slots"] = slots

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A BillingAccount that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.billing_account_slots import BillingAccountSlots  # noqa: PLC0415

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

        _value = d.pop("teamId", UNSET)
        try:
            team_id = _value
            if team_id is not UNSET and not (type(team_id) is int):
                raise wrong_type("int", team_id)
            _set(self, "team_id", team_id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "team_id", "teamId", _value, error)

        _value = d.pop("billingEmail", UNSET)
        try:
            billing_email = _value
            if billing_email is not UNSET and not (isinstance(billing_email, str)):
                raise wrong_type("str", billing_email)
            _set(self, "billing_email", billing_email)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "billing_email", "billingEmail", _value, error)

        _value = d.pop("state", UNSET)
        try:
            state = _value
            if state is not UNSET and not (isinstance(state, str)):
                raise wrong_type("str", state)
            _set(self, "state", state)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "state", "state", _value, error)

        _value = d.pop("salesChannel", UNSET)
        try:
            sales_channel = _value
            if sales_channel is not UNSET and not (isinstance(sales_channel, str)):
                raise wrong_type("str", sales_channel)
            _set(self, "sales_channel", sales_channel)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "sales_channel", "salesChannel", _value, error)

        _value = d.pop("slots", UNSET)
        try:
            _slots = _value
            slots: BillingAccountSlots | Unset
            if isinstance(_slots, Unset):
                slots = UNSET
            else:
                slots = BillingAccountSlots.from_dict(_slots)

            _set(self, "slots", slots)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "slots", "slots", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("slots", UNSET)
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
