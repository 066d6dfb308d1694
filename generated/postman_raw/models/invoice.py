from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.invoice_amount import InvoiceAmount
    from ..models.invoice_links import InvoiceLinks


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice(Model):
    """One invoice of a billing account."""

    id: str | Unset = UNSET
    """ The invoice's id, for example `inv_4KQ8ZP2MXTA6R1BD`. """
    status: str | Unset = UNSET
    """ The invoice's status, for example `PAID`. """
    issued_at: datetime.date | Unset = UNSET
    """ The day the invoice was issued. """
    total_amount: InvoiceAmount | Unset = UNSET
    """ The total billed. """
    links: InvoiceLinks | Unset = UNSET
    """ Links about the invoice (JSON:API style). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "total_amount",
        "links",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if issued_at is not UNSET:
            field_dict["issuedAt"] = issued_at
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Invoice that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.invoice_amount import InvoiceAmount  # noqa: PLC0415
        from postman_raw.models.invoice_links import InvoiceLinks  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        _set(self, "id", id)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        _issued_at = d.pop("issuedAt", UNSET)
        issued_at: datetime.date | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = datetime.date.fromisoformat(_issued_at)

        _set(self, "issued_at", issued_at)

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: InvoiceAmount | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = InvoiceAmount.from_dict(_total_amount)

        _set(self, "total_amount", total_amount)

        _links = d.pop("links", UNSET)
        links: InvoiceLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = InvoiceLinks.from_dict(_links)

        _set(self, "links", links)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("issuedAt", UNSET)
        if value is not UNSET and not (isinstance(value, str)):
            return False
        value = data.get("totalAmount", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("links", UNSET)
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
