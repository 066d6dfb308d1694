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
    parse_date,
    read_lazily,
    wrong_type,
)

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "issued_at" in flaws:
            keep_raw(field_dict, flaws["issued_at"])
        else:
            issued_at: str | Unset = UNSET
            if not isinstance(self.issued_at, Unset):
                issued_at = datetime_text(self.issued_at)
            if issued_at is not UNSET:
                field_dict["issuedAt"] = issued_at

        if flaws is not None and "total_amount" in flaws:
            keep_raw(field_dict, flaws["total_amount"])
        else:
            total_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.total_amount, Unset):
                total_amount = self.total_amount.to_dict()
            if total_amount is not UNSET:
                field_dict["totalAmount"] = total_amount

        if flaws is not None and "links" in flaws:
            keep_raw(field_dict, flaws["links"])
        else:
            links: dict[str, Any] | Unset = UNSET
            if not isinstance(self.links, Unset):
                links = self.links.to_dict()
            if links is not UNSET:
                field_dict["links"] = links

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Invoice that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.invoice_amount import InvoiceAmount  # noqa: PLC0415
        from postman_raw.models.invoice_links import InvoiceLinks  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("issuedAt", UNSET)
        try:
            _issued_at = _value
            issued_at: datetime.date | Unset
            if isinstance(_issued_at, Unset):
                issued_at = UNSET
            else:
                issued_at = parse_date(_issued_at)

            _set(self, "issued_at", issued_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "issued_at", "issuedAt", _value, error)

        _value = d.pop("totalAmount", UNSET)
        try:
            _total_amount = _value
            total_amount: InvoiceAmount | Unset
            if isinstance(_total_amount, Unset):
                total_amount = UNSET
            else:
                total_amount = InvoiceAmount.from_dict(_total_amount)

            _set(self, "total_amount", total_amount)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "total_amount", "totalAmount", _value, error)

        _value = d.pop("links", UNSET)
        try:
            _links = _value
            links: InvoiceLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = InvoiceLinks.from_dict(_links)

            _set(self, "links", links)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "links", "links", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("issuedAt", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, str)):
            return False
        value = data.get("totalAmount", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("links", UNSET)
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
