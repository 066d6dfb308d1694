from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.analytics_metric_filters import AnalyticsMetricFilters
    from ..models.analytics_metric_pagination import AnalyticsMetricPagination
    from ..models.analytics_metric_view_parameter import AnalyticsMetricViewParameter


T = TypeVar("T", bound="AnalyticsMetricParameters")


@_attrs_define
class AnalyticsMetricParameters(Model):
    """The query parameters a metric accepts."""

    view: AnalyticsMetricViewParameter | Unset = UNSET
    """ What the `view` parameter accepts for a metric. """
    filters: AnalyticsMetricFilters | list[str] | Unset = UNSET
    """ The filters the metric accepts, by name; an empty list when it accepts none. """
    pagination: AnalyticsMetricPagination | Unset = UNSET
    """ Whether and how a metric's rows are paged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "view",
        "filters",
        "pagination",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.analytics_metric_filters import AnalyticsMetricFilters  # noqa: PLC0415

        view: dict[str, Any] | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view.to_dict()

        filters: dict[str, Any] | list[str] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, AnalyticsMetricFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if view is not UNSET:
            field_dict["view"] = view
        if filters is not UNSET:
            field_dict["filters"] = filters
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsMetricParameters that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.analytics_metric_filters import AnalyticsMetricFilters  # noqa: PLC0415
        from postman_raw.models.analytics_metric_pagination import AnalyticsMetricPagination  # noqa: PLC0415
        from postman_raw.models.analytics_metric_view_parameter import AnalyticsMetricViewParameter  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        _view = d.pop("view", UNSET)
        view: AnalyticsMetricViewParameter | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = AnalyticsMetricViewParameter.from_dict(_view)

        _set(self, "view", view)

        def _parse_filters(data: object) -> AnalyticsMetricFilters | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not AnalyticsMetricFilters._matches(data):
                    raise TypeError()
                filters_type_0 = AnalyticsMetricFilters.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            filters_type_1 = cast("list[str]", data)

            return filters_type_1

        filters = _parse_filters(d.pop("filters", UNSET))

        _set(self, "filters", filters)

        _pagination = d.pop("pagination", UNSET)
        pagination: AnalyticsMetricPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = AnalyticsMetricPagination.from_dict(_pagination)

        _set(self, "pagination", pagination)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("view", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("pagination", UNSET)
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
