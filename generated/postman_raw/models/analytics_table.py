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
    from ..models.analytics_pagination import AnalyticsPagination
    from ..models.analytics_table_schema import AnalyticsTableSchema


T = TypeVar("T", bound="AnalyticsTable")


@_attrs_define
class AnalyticsTable(Model):
    """A table of figures with its column descriptions and paging state."""

    schema: AnalyticsTableSchema | Unset = UNSET
    """ The columns of a table. """
    rows: list[list[bool | float | int | None | str]] | Unset = UNSET
    """ The rows; each holds one value per column, in the order of `schema.columns`. """
    pagination: AnalyticsPagination | Unset = UNSET
    """ Paging state of a table. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "schema",
        "pagination",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "schema" in flaws:
            keep_raw(field_dict, flaws["schema"])
        else:
            schema: dict[str, Any] | Unset = UNSET
            if not isinstance(self.schema, Unset):
                schema = self.schema.to_dict()
            if schema is not UNSET:
                field_dict["schema"] = schema

        if flaws is not None and "rows" in flaws:
            keep_raw(field_dict, flaws["rows"])
        else:
            rows: list[list[bool | float | int | None | str]] | Unset = UNSET
            if not isinstance(self.rows, Unset):
                rows = []
                for rows_item_data in self.rows:
                    rows_item = []
                    for rows_item_item_data in rows_item_data:
                        rows_item_item: bool | float | int | None | str
                        rows_item_item = rows_item_item_data
                        rows_item.append(rows_item_item)

                    rows.append(rows_item)

            if rows is not UNSET:
                field_dict["rows"] = rows

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
        """A AnalyticsTable that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.analytics_pagination import AnalyticsPagination  # noqa: PLC0415
        from postman_raw.models.analytics_table_schema import AnalyticsTableSchema  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
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

        _value = d.pop("rows", UNSET)
        try:
            _rows = _value
            rows: list[list[bool | float | int | None | str]] | Unset = UNSET
            if _rows is not UNSET:
                if not isinstance(_rows, list):
                    raise wrong_type("an array", _rows)
                rows = []
                for rows_item_data in _rows:
                    rows_item = []
                    _rows_item = rows_item_data
                    if not isinstance(_rows_item, list):
                        raise wrong_type("an array", _rows_item)
                    for rows_item_item_data in _rows_item:

                        def _parse_rows_item_item(data: object) -> bool | float | int | None | str:
                            if data is None:
                                return data
                            if not (
                                isinstance(data, str)
                                or type(data) is int
                                or type(data) in (float, int)
                                or type(data) is bool
                                or data is None
                            ):
                                raise wrong_type("bool | float | int | None | str", data)
                            return cast("bool | float | int | None | str", data)

                        rows_item_item = _parse_rows_item_item(rows_item_item_data)

                        rows_item.append(rows_item_item)

                    rows.append(rows_item)

            _set(self, "rows", rows)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "rows", "rows", _value, error)

        _value = d.pop("pagination", UNSET)
        try:
            _pagination = _value
            pagination: AnalyticsPagination | Unset
            if isinstance(_pagination, Unset):
                pagination = UNSET
            else:
                pagination = AnalyticsPagination.from_dict(_pagination)

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
        value = data.get("schema", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("rows", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
