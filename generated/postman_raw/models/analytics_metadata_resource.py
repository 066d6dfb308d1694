from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.analytics_metadata_metric import AnalyticsMetadataMetric


T = TypeVar("T", bound="AnalyticsMetadataResource")


@_attrs_define
class AnalyticsMetadataResource(Model):
    """A resource of GET /analytics and its metrics. `type` and `isRequired` come with `include`."""

    resource: str | Unset = UNSET
    """ The resource's name, the `resource` value of GET /analytics. """
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ The type of the `resource` value. """
    is_required: bool | Unset = UNSET
    """ Whether the resource must be given. """
    metrics: list[AnalyticsMetadataMetric] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("metrics",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        description = self.description

        type_ = self.type_

        is_required = self.is_required

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsMetadataResource that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.analytics_metadata_metric import AnalyticsMetadataMetric  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        resource = d.pop("resource", UNSET)
        _set(self, "resource", resource)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        is_required = d.pop("isRequired", UNSET)
        _set(self, "is_required", is_required)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[AnalyticsMetadataMetric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = AnalyticsMetadataMetric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        _set(self, "metrics", metrics)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("metrics", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
