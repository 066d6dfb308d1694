from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_web_link import InvoiceWebLink


T = TypeVar("T", bound="InvoiceLinks")


@_attrs_define
class InvoiceLinks:
    """Links about the invoice (JSON:API style)."""

    web: InvoiceWebLink | Unset = UNSET
    """ The invoice's page on the web. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web, Unset):
            web = self.web.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if web is not UNSET:
            field_dict["web"] = web

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.invoice_web_link import InvoiceWebLink  # noqa: PLC0415

        d = dict(src_dict)
        _web = d.pop("web", UNSET)
        web: InvoiceWebLink | Unset
        if isinstance(_web, Unset):
            web = UNSET
        else:
            web = InvoiceWebLink.from_dict(_web)

        invoice_links = cls(
            web=web,
        )

        invoice_links.additional_properties = d
        return invoice_links

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
