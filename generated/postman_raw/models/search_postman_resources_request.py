from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_postman_resources_request_element_type import (
    SearchPostmanResourcesRequestElementType,
    check_search_postman_resources_request_element_type,
)
from ..models.search_postman_resources_request_ownership import (
    SearchPostmanResourcesRequestOwnership,
    check_search_postman_resources_request_ownership,
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
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.search_filters import SearchFilters


T = TypeVar("T", bound="SearchPostmanResourcesRequest")


@_attrs_define
class SearchPostmanResourcesRequest(Model):
    """Body of POST /search."""

    element_type: SearchPostmanResourcesRequestElementType
    """ The kind of element to search. """
    q: str | Unset = UNSET
    """ Text to look for (case-insensitive). """
    ownership: SearchPostmanResourcesRequestOwnership | Unset = UNSET
    """ Whose elements to search: `organization` (the key's team; used when omitted),
    `external` (everyone else's) or `all`.
     """
    filters: SearchFilters | Unset = UNSET
    """ Conditions that every result must meet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("filters",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "element_type" in flaws:
            keep_raw(field_dict, flaws["element_type"])
        else:
            element_type: str = self.element_type
            field_dict["elementType"] = element_type

        if flaws is not None and "q" in flaws:
            keep_raw(field_dict, flaws["q"])
        else:
            q = self.q
            if q is not UNSET:
                field_dict["q"] = q

        if flaws is not None and "ownership" in flaws:
            keep_raw(field_dict, flaws["ownership"])
        else:
            ownership: str | Unset = UNSET
            if not isinstance(self.ownership, Unset):
                ownership = self.ownership

            if ownership is not UNSET:
                field_dict["ownership"] = ownership

        if flaws is not None and "filters" in flaws:
            keep_raw(field_dict, flaws["filters"])
        else:
            filters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.filters, Unset):
                filters = self.filters.to_dict()
            if filters is not UNSET:
                field_dict["filters"] = filters

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchPostmanResourcesRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.search_filters import SearchFilters  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("elementType", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("elementType")
            element_type = enum_value(check_search_postman_resources_request_element_type, _value)

            _set(self, "element_type", element_type)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "element_type", "elementType", _value, error)

        _value = d.pop("q", UNSET)
        try:
            q = _value
            if q is not UNSET and not (isinstance(q, str)):
                raise wrong_type("str", q)
            _set(self, "q", q)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "q", "q", _value, error)

        _value = d.pop("ownership", UNSET)
        try:
            _ownership = _value
            ownership: SearchPostmanResourcesRequestOwnership | Unset
            if isinstance(_ownership, Unset):
                ownership = UNSET
            else:
                ownership = enum_value(check_search_postman_resources_request_ownership, _ownership)

            _set(self, "ownership", ownership)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "ownership", "ownership", _value, error)

        _value = d.pop("filters", UNSET)
        try:
            _filters = _value
            filters: SearchFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = SearchFilters.from_dict(_filters)

            _set(self, "filters", filters)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "filters", "filters", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("elementType", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_search_postman_resources_request_element_type, value))
        ):
            return False
        value = data.get("ownership", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_search_postman_resources_request_ownership, value))
        ):
            return False
        value = data.get("filters", UNSET)
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
