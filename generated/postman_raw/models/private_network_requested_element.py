from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

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

T = TypeVar("T", bound="PrivateNetworkRequestedElement")


@_attrs_define
class PrivateNetworkRequestedElement(Model):
    """The workspace a publication request is about."""

    id: str | Unset = UNSET
    """ The workspace's id. """
    type_: str | Unset = UNSET
    """ Kind of element; currently always `workspace`. """
    name: str | Unset = UNSET
    summary: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    """ When the workspace was published in the network, as ISO 8601 text (sent after approval; not documented by
    Postman). """
    created_by: int | Unset = UNSET
    """ Id of the user who published it (sent after approval). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "id" in flaws:
            keep_raw(field_dict, flaws["id"])
        else:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_ = self.type_
            if type_ is not UNSET:
                field_dict["type"] = type_

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name

        if flaws is not None and "summary" in flaws:
            keep_raw(field_dict, flaws["summary"])
        else:
            summary: None | str | Unset
            if isinstance(self.summary, Unset):
                summary = UNSET
            else:
                summary = self.summary
            if summary is not UNSET:
                field_dict["summary"] = summary

        if flaws is not None and "description" in flaws:
            keep_raw(field_dict, flaws["description"])
        else:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
            if description is not UNSET:
                field_dict["description"] = description

        if flaws is not None and "created_at" in flaws:
            keep_raw(field_dict, flaws["created_at"])
        else:
            created_at = self.created_at
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at

        if flaws is not None and "created_by" in flaws:
            keep_raw(field_dict, flaws["created_by"])
        else:
            created_by = self.created_by
            if created_by is not UNSET:
                field_dict["createdBy"] = created_by

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PrivateNetworkRequestedElement that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("id", UNSET)
        try:
            id = _value
            if id is not UNSET and not (isinstance(id, str)):
                raise wrong_type("str", id)
            _set(self, "id", id)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "id", "id", _value, error)

        _value = d.pop("type", UNSET)
        try:
            type_ = _value
            if type_ is not UNSET and not (isinstance(type_, str)):
                raise wrong_type("str", type_)
            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("name", UNSET)
        try:
            name = _value
            if name is not UNSET and not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("summary", UNSET)
        try:

            def _parse_summary(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            summary = _parse_summary(_value)

            _set(self, "summary", summary)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "summary", "summary", _value, error)

        _value = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, str) or data is None):
                    raise wrong_type("None | str", data)
                return cast("None | str | Unset", data)

            description = _parse_description(_value)

            _set(self, "description", description)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "description", "description", _value, error)

        _value = d.pop("createdAt", UNSET)
        try:
            created_at = _value
            if created_at is not UNSET and not (isinstance(created_at, str)):
                raise wrong_type("str", created_at)
            _set(self, "created_at", created_at)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_at", "createdAt", _value, error)

        _value = d.pop("createdBy", UNSET)
        try:
            created_by = _value
            if created_by is not UNSET and not (type(created_by) is int):
                raise wrong_type("int", created_by)
            _set(self, "created_by", created_by)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "created_by", "createdBy", _value, error)

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
