from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

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
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "title" in flaws:
            keep_raw(field_dict, flaws["title"])
        else:
            title = self.title
            if title is not UNSET:
                field_dict["title"] = title

        if flaws is not None and "detail" in flaws:
            keep_raw(field_dict, flaws["detail"])
        else:
            detail = self.detail
            if detail is not UNSET:
                field_dict["detail"] = detail

        if flaws is not None and "status" in flaws:
            keep_raw(field_dict, flaws["status"])
        else:
            status = self.status
            if status is not UNSET:
                field_dict["status"] = status

        if flaws is not None and "instance" in flaws:
            keep_raw(field_dict, flaws["instance"])
        else:
            instance = self.instance
            if instance is not UNSET:
                field_dict["instance"] = instance

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ProblemDetail that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("title", UNSET)
        try:
            title = _value
            if title is not UNSET and not (isinstance(title, str)):
                raise wrong_type("str", title)
            _set(self, "title", title)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "title", "title", _value, error)

        _value = d.pop("detail", UNSET)
        try:
            detail = _value
            _set(self, "detail", detail)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "detail", "detail", _value, error)

        _value = d.pop("status", UNSET)
        try:
            status = _value
            if status is not UNSET and not (type(status) is int):
                raise wrong_type("int", status)
            _set(self, "status", status)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "status", "status", _value, error)

        _value = d.pop("instance", UNSET)
        try:
            instance = _value
            if instance is not UNSET and not (isinstance(instance, str)):
                raise wrong_type("str", instance)
            _set(self, "instance", instance)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "instance", "instance", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
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

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
