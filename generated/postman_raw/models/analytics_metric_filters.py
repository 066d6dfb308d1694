from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATA_ERRORS,
    Flawed,
    Model,
    keep_raw,
    note_flaw,
    read_lazily,
)

if TYPE_CHECKING:
    from ..models.analytics_metric_filter import AnalyticsMetricFilter


T = TypeVar("T", bound="AnalyticsMetricFilters")


@_attrs_define
class AnalyticsMetricFilters(Model):
    """Filter parameters by name, for example `duration` or `workspace_type`."""

    additional_properties: dict[str, AnalyticsMetricFilter] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("additional_properties",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsMetricFilters that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.analytics_metric_filter import AnalyticsMetricFilter  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = AnalyticsMetricFilter.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            except DATA_ERRORS as error:
                flaws = note_flaw(self, flaws, f"[{prop_name!r}]", prop_name, prop_dict, error)

        _set(self, "additional_properties", additional_properties)
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        return True

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AnalyticsMetricFilter:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AnalyticsMetricFilter) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
