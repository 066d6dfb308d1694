from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.analytics_metric_parameters import AnalyticsMetricParameters
    from ..models.analytics_metric_responses import AnalyticsMetricResponses


T = TypeVar("T", bound="AnalyticsMetadataMetric")


@_attrs_define
class AnalyticsMetadataMetric(Model):
    """A metric of a resource. `type`, `isRequired`, `parameters` and `response` come with `include`."""

    metric: str | Unset = UNSET
    """ The metric's name, the `metrics` value of GET /analytics. """
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ The type of the `metrics` value. """
    is_required: bool | Unset = UNSET
    """ Whether a metric must be given. """
    parameters: AnalyticsMetricParameters | Unset = UNSET
    """ The query parameters a metric accepts. """
    response: AnalyticsMetricResponses | Unset = UNSET
    """ The columns a metric returns, per view. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "parameters",
        "response",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        description = self.description

        type_ = self.type_

        is_required = self.is_required

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsMetadataMetric that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.analytics_metric_parameters import AnalyticsMetricParameters  # noqa: PLC0415
        from postman_raw.models.analytics_metric_responses import AnalyticsMetricResponses  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        metric = d.pop("metric", UNSET)
        _set(self, "metric", metric)

        description = d.pop("description", UNSET)
        _set(self, "description", description)

        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        is_required = d.pop("isRequired", UNSET)
        _set(self, "is_required", is_required)

        _parameters = d.pop("parameters", UNSET)
        parameters: AnalyticsMetricParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = AnalyticsMetricParameters.from_dict(_parameters)

        _set(self, "parameters", parameters)

        _response = d.pop("response", UNSET)
        response: AnalyticsMetricResponses | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = AnalyticsMetricResponses.from_dict(_response)

        _set(self, "response", response)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("parameters", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("response", UNSET)
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
