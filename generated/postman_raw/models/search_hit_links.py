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
)

if TYPE_CHECKING:
    from ..models.search_hit_link import SearchHitLink


T = TypeVar("T", bound="SearchHitLinks")


@_attrs_define
class SearchHitLinks(Model):
    """Where to open a matching element."""

    web: SearchHitLink | Unset = UNSET
    """ One link: `web` opens the element in Postman, `self` fetches it through this API. """
    self_: SearchHitLink | Unset = UNSET
    """ One link: `web` opens the element in Postman, `self` fetches it through this API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "web",
        "self_",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "web" in flaws:
            keep_raw(field_dict, flaws["web"])
        else:
            web: dict[str, Any] | Unset = UNSET
            if not isinstance(self.web, Unset):
                web = self.web.to_dict()
            if web is not UNSET:
                field_dict["web"] = web

        if flaws is not None and "self_" in flaws:
            keep_raw(field_dict, flaws["self_"])
        else:
            self_: dict[str, Any] | Unset = UNSET
            if not isinstance(self.self_, Unset):
                self_ = self.self_.to_dict()
            if self_ is not UNSET:
                field_dict["self"] = self_

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchHitLinks that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.search_hit_link import SearchHitLink  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("web", UNSET)
        try:
            _web = _value
            web: SearchHitLink | Unset
            if isinstance(_web, Unset):
                web = UNSET
            else:
                web = SearchHitLink.from_dict(_web)

            _set(self, "web", web)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "web", "web", _value, error)

        _value = d.pop("self", UNSET)
        try:
            _self_ = _value
            self_: SearchHitLink | Unset
            if isinstance(_self_, Unset):
                self_ = UNSET
            else:
                self_ = SearchHitLink.from_dict(_self_)

            _set(self, "self_", self_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "self_", "self", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("web", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("self", UNSET)
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
