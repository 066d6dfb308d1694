from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_metric_filters import AnalyticsMetricFilters
    from ..models.analytics_metric_pagination import AnalyticsMetricPagination
    from ..models.analytics_metric_view_parameter import AnalyticsMetricViewParameter


T = TypeVar("T", bound="AnalyticsMetricParameters")


@_attrs_define
class AnalyticsMetricParameters:
    """The query parameters a metric accepts."""

    view: AnalyticsMetricViewParameter | Unset = UNSET
    """ What the `view` parameter accepts for a metric. """
    filters: AnalyticsMetricFilters | list[str] | Unset = UNSET
    """ The filters the metric accepts, by name; an empty list when it accepts none. """
    pagination: AnalyticsMetricPagination | Unset = UNSET
    """ Whether and how a metric's rows are paged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from postman_raw.models.analytics_metric_filters import AnalyticsMetricFilters  # noqa: PLC0415
        from postman_raw.models.analytics_metric_pagination import AnalyticsMetricPagination  # noqa: PLC0415
        from postman_raw.models.analytics_metric_view_parameter import AnalyticsMetricViewParameter  # noqa: PLC0415

        d = dict(src_dict)
        _view = d.pop("view", UNSET)
        view: AnalyticsMetricViewParameter | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = AnalyticsMetricViewParameter.from_dict(_view)

        def _parse_filters(data: object) -> AnalyticsMetricFilters | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
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

        _pagination = d.pop("pagination", UNSET)
        pagination: AnalyticsMetricPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = AnalyticsMetricPagination.from_dict(_pagination)

        analytics_metric_parameters = cls(
            view=view,
            filters=filters,
            pagination=pagination,
        )

        analytics_metric_parameters.additional_properties = d
        return analytics_metric_parameters

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
