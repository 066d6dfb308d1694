from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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

        status = self.status

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        details: dict[str, Any] | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, SpecTaskResources):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if meta is not UNSET:
            field_dict["meta"] = meta
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SpecTaskStatus that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.spec_task_meta import SpecTaskMeta  # noqa: PLC0415
        from postman_raw.models.spec_task_resources import SpecTaskResources  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        _set(self, "status", status)

        _meta = d.pop("meta", UNSET)
        meta: SpecTaskMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SpecTaskMeta.from_dict(_meta)

        _set(self, "meta", meta)

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
            return cast("SpecTaskResources | str | Unset", data)

        details = _parse_details(d.pop("details", UNSET))

        _set(self, "details", details)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("meta", UNSET)
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
