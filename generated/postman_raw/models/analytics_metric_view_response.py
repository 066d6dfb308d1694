from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

if TYPE_CHECKING:
    from ..models.analytics_table_schema import AnalyticsTableSchema


T = TypeVar("T", bound="AnalyticsMetricViewResponse")


@_attrs_define
class AnalyticsMetricViewResponse(Model):
    """The table one view of a metric returns."""

    description: str | Unset = UNSET
    funnel_stages: list[str] | Unset = UNSET
    """ For funnel metrics, the stages that each get a table. """
    schema: AnalyticsTableSchema | Unset = UNSET
    """ The columns of a table. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("schema",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        funnel_stages: list[str] | Unset = UNSET
        if not isinstance(self.funnel_stages, Unset):
            funnel_stages = self.funnel_stages

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if funnel_stages is not UNSET:
            field_dict["funnel_stages"] = funnel_stages
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsMetricViewResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.analytics_table_schema import AnalyticsTableSchema  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        _set(self, "description", description)

        funnel_stages = cast("list[str]", d.pop("funnel_stages", UNSET))

        _set(self, "funnel_stages", funnel_stages)

        _schema = d.pop("schema", UNSET)
        schema: AnalyticsTableSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = AnalyticsTableSchema.from_dict(_schema)

        _set(self, "schema", schema)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("funnel_stages", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("schema", UNSET)
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
