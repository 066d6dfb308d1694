from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        id = self.id

        team_id = self.team_id

        billing_email = self.billing_email

        state = self.state

        sales_channel = self.sales_channel

        slots: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = self.slots.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if billing_email is not UNSET:
            field_dict["billingEmail"] = billing_email
        if state is not UNSET:
            field_dict["state"] = state
        if sales_channel is not UNSET:
            field_dict["salesChannel"] = sales_channel
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A BillingAccount that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.billing_account_slots import BillingAccountSlots  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        team_id = d.pop("teamId", UNSET)
        _set(self, "team_id", team_id)

        billing_email = d.pop("billingEmail", UNSET)
        _set(self, "billing_email", billing_email)

        state = d.pop("state", UNSET)
        _set(self, "state", state)

        sales_channel = d.pop("salesChannel", UNSET)
        _set(self, "sales_channel", sales_channel)

        _slots = d.pop("slots", UNSET)
        slots: BillingAccountSlots | Unset
        if isinstance(_slots, Unset):
            slots = UNSET
        else:
            slots = BillingAccountSlots.from_dict(_slots)

        _set(self, "slots", slots)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("slots", UNSET)
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
