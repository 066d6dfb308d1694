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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "funnel_stages" in flaws:
            keep_raw(field_dict, flaws["funnel_stages"])
        else:
            funnel_stages: list[str] | Unset = UNSET
            if not isinstance(self.funnel_stages, Unset):
                funnel_stages = self.funnel_stages

            if funnel_stages is not UNSET:
                field_dict["funnel_stages"] = funnel_stages

        if flaws is not None and "schema" in flaws:
            keep_raw(field_dict, flaws["schema"])
        else:
            schema: dict[str, Any] | Unset = UNSET
            if not isinstance(self.schema, Unset):
                schema = self.schema.to_dict()
            if schema is not UNSET:
                field_dict["schema"] = schema

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A AnalyticsMetricViewResponse that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.analytics_table_schema import AnalyticsTableSchema  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("description", UNSET)
        try:
            description = _value
            if description is not UNSET and not (isinstance(description, str)):
                raise wrong_type("str", description)
            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("funnel_stages", UNSET)
        try:
            funnel_stages = cast("list[str]", _value)
            if funnel_stages is not UNSET and (
                not isinstance(funnel_stages, list) or not all(isinstance(item, str) for item in funnel_stages)
            ):
                raise wrong_type("an array of str", funnel_stages)

            _set(self, "funnel_stages", funnel_stages)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "funnel_stages", "funnel_stages", _value, error)

        _value = d.pop("schema", UNSET)
        try:
            _schema = _value
            schema: AnalyticsTableSchema | Unset
            if isinstance(_schema, Unset):
                schema = UNSET
            else:
                schema = AnalyticsTableSchema.from_dict(_schema)

            _set(self, "schema", schema)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "schema", "schema", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("funnel_stages", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("schema", UNSET)
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
