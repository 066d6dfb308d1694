from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

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

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "view" in flaws:
            keep_raw(field_dict, flaws["view"])
        else:
            view: dict[str, Any] | Unset = UNSET
            if not isinstance(self.view, Unset):
                view = self.view.to_dict()
            if view is not UNSET:
                field_dict["view"] = view

        if flaws is not None and "filters" in flaws:
            keep_raw(field_dict, flaws["filters"])
        else:
            filters: dict[str, Any] | list[str] | Unset
            if isinstance(self.filters, Unset):
                filters = UNSET
            elif isinstance(self.filters, AnalyticsMetricFilters):
                filters = self.filters.to_dict()
            else:
                filters = self.filters

            if filters is not UNSET:
                field_dict["filters"] = filters

        if flaws is not None and "pagination" in flaws:
            keep_raw(field_dict, flaws["pagination"])
        else:
            pagination: dict[str, Any] | Unset = UNSET
            if not isinstance(self.pagination, Unset):
                pagination = self.pagination.to_dict()
            if pagination is not UNSET:
                field_dict["pagination"] = pagination

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsMetricParameters that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.analytics_metric_filters import AnalyticsMetricFilters  # noqa: PLC0415
        from postman_raw.models.analytics_metric_pagination import AnalyticsMetricPagination  # noqa: PLC0415
        from postman_raw.models.analytics_metric_view_parameter import AnalyticsMetricViewParameter  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("view", UNSET)
        try:
            _view = _value
            view: AnalyticsMetricViewParameter | Unset
            if isinstance(_view, Unset):
                view = UNSET
            else:
                view = AnalyticsMetricViewParameter.from_dict(_view)

            _set(self, "view", view)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "view", "view", _value, error)

        _value = d.pop("filters", UNSET)
        try:

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
                if not isinstance(filters_type_1, list) or not all(isinstance(item, str) for item in filters_type_1):
                    raise wrong_type("an array of str", filters_type_1)

                return filters_type_1

            filters = _parse_filters(_value)

            _set(self, "filters", filters)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "filters", "filters", _value, error)

        _value = d.pop("pagination", UNSET)
        try:
            _pagination = _value
            pagination: AnalyticsMetricPagination | Unset
            if isinstance(_pagination, Unset):
                pagination = UNSET
            else:
                pagination = AnalyticsMetricPagination.from_dict(_pagination)

            _set(self, "pagination", pagination)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "pagination", "pagination", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("view", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("pagination", UNSET)
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
