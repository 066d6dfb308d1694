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
    from ..models.spec_task_meta import SpecTaskMeta
    from ..models.spec_task_resources import SpecTaskResources


T = TypeVar("T", bound="SpecTaskStatus")


@_attrs_define
class SpecTaskStatus(Model):
    """The state of a background generation or sync task."""

    status: str | Unset = UNSET
    """ `pending` while running, then `completed` or `failed`. """
    meta: SpecTaskMeta | Unset = UNSET
    """ What the task does. """
    details: SpecTaskResources | str | Unset = UNSET
    """ When `completed`: the resources the task produced. When `failed`: a message saying why. Absent while
    `pending`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "meta",
        "details",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        from postman_raw.models.spec_task_resources import SpecTaskResources  # noqa: PLC0415

        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "meta" in flaws:
            keep_raw(field_dict, flaws["meta"])
        else:
            meta: dict[str, Any] | Unset = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
            if meta is not UNSET:
                field_dict["meta"] = meta

        if flaws is not None and "details" in flaws:
            keep_raw(field_dict, flaws["details"])
        else:
            details: dict[str, Any] | str | Unset
            if isinstance(self.details, Unset):
                details = UNSET
            elif isinstance(self.details, SpecTaskResources):
                details = self.details.to_dict()
            else:
                details = self.details
            if details is not UNSET:
                field_dict["details"] = details

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SpecTaskStatus that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.spec_task_meta import SpecTaskMeta  # noqa: PLC0415
        from postman_raw.models.spec_task_resources import SpecTaskResources  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (isinstance(status, str)):
                raise wrong_type("str", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("meta", UNSET)
        try:
            _meta = _value
            meta: SpecTaskMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = SpecTaskMeta.from_dict(_meta)

            _set(self, "meta", meta)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "meta", "meta", _value, error)

        _value = d.pop("details", UNSET)
        try:

            def _parse_details(data: object) -> SpecTaskResources | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not SpecTaskResources._matches(data):
                        raise TypeError()
                    details_type_0 = SpecTaskResources.from_dict(data)

                    return details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not (isinstance(data, str)):
                    raise wrong_type("SpecTaskResources | str", data)
                return cast("SpecTaskResources | str | Unset", data)

            details = _parse_details(_value)

            _set(self, "details", details)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "details", "details", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("meta", UNSET)
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
