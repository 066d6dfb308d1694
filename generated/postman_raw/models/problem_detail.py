from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

T = TypeVar("T", bound="ProblemDetail")


@_attrs_define
class ProblemDetail(Model):
    """An RFC 7807 problem document, the newer error body shape some endpoints return."""

    type_: str | Unset = UNSET
    """ A URI or short name that identifies the kind of problem. """
    title: str | Unset = UNSET
    """ Short summary of the problem. """
    detail: Any | Unset = UNSET
    """ Explanation specific to this occurrence (usually a string, sometimes a list). """
    status: int | Unset = UNSET
    """ The HTTP status code. """
    instance: str | Unset = UNSET
    """ The request path or resource the problem concerns. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        detail = self.detail

        status = self.status

        instance = self.instance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        if instance is not UNSET:
            field_dict["instance"] = instance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ProblemDetail that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        _set(self, "type_", type_)

        title = d.pop("title", UNSET)
        _set(self, "title", title)

        detail = d.pop("detail", UNSET)
        _set(self, "detail", detail)

        status = d.pop("status", UNSET)
        _set(self, "status", status)

        instance = d.pop("instance", UNSET)
        _set(self, "instance", instance)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
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
