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
from ..types import UNSET, Model, Unset, accepts, read_lazily

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
        element_type: str = self.element_type

        q = self.q

        ownership: str | Unset = UNSET
        if not isinstance(self.ownership, Unset):
            ownership = self.ownership

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "elementType": element_type,
            }
        )
        if q is not UNSET:
            field_dict["q"] = q
        if ownership is not UNSET:
            field_dict["ownership"] = ownership
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchPostmanResourcesRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.search_filters import SearchFilters  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        element_type = check_search_postman_resources_request_element_type(d.pop("elementType"))

        _set(self, "element_type", element_type)

        q = d.pop("q", UNSET)
        _set(self, "q", q)

        _ownership = d.pop("ownership", UNSET)
        ownership: SearchPostmanResourcesRequestOwnership | Unset
        if isinstance(_ownership, Unset):
            ownership = UNSET
        else:
            ownership = check_search_postman_resources_request_ownership(_ownership)

        _set(self, "ownership", ownership)

        _filters = d.pop("filters", UNSET)
        filters: SearchFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = SearchFilters.from_dict(_filters)

        _set(self, "filters", filters)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("elementType", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_search_postman_resources_request_element_type, value)):
            return False
        value = data.get("ownership", UNSET)
        if value is not UNSET and not (accepts(check_search_postman_resources_request_ownership, value)):
            return False
        value = data.get("filters", UNSET)
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
