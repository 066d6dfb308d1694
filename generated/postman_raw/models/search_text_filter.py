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

T = TypeVar("T", bound="SearchTextFilter")


@_attrs_define
class SearchTextFilter(Model):
    """A test on a text-valued field. Fields using it: `workspaceId`, `createdBy`,
    `organizationId`, `teamId` (all element types); `collectionId` (requests, collections;
    collection uids); `tags` (workspaces, collections); `method` (requests, for example
    `GET`); `requestId` and `type` (requests; `type` is the protocol, for example `http` or
    `grpc`); `specificationId` (specs); `flowId` (flows); `documentId` (documents);
    `environmentId` (environments).

    """

    eq: str | Unset = UNSET
    """ Keep elements whose value equals this. """
    ne: str | Unset = UNSET
    """ Drop elements whose value equals this. """
    in_: list[str] | Unset = UNSET
    """ Keep elements whose value is one of these. """
    nin: list[str] | Unset = UNSET
    """ Drop elements whose value is one of these. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "eq" in flaws:
            keep_raw(field_dict, flaws["eq"])
        else:
            eq = self.eq
            if eq is not UNSET:
                field_dict["$eq"] = eq

        if flaws is not None and "ne" in flaws:
            keep_raw(field_dict, flaws["ne"])
        else:
            ne = self.ne
            if ne is not UNSET:
                field_dict["$ne"] = ne

        if flaws is not None and "in_" in flaws:
            keep_raw(field_dict, flaws["in_"])
        else:
            in_: list[str] | Unset = UNSET
            if not isinstance(self.in_, Unset):
                in_ = self.in_

            if in_ is not UNSET:
                field_dict["$in"] = in_

        if flaws is not None and "nin" in flaws:
            keep_raw(field_dict, flaws["nin"])
        else:
            nin: list[str] | Unset = UNSET
            if not isinstance(self.nin, Unset):
                nin = self.nin

            if nin is not UNSET:
                field_dict["$nin"] = nin

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchTextFilter that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("$eq", UNSET)
        try:
            eq = _value
            if eq is not UNSET and not (isinstance(eq, str)):
                raise wrong_type("str", eq)
            _set(self, "eq", eq)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "eq", "$eq", _value, error)

        _value = d.pop("$ne", UNSET)
        try:
            ne = _value
            if ne is not UNSET and not (isinstance(ne, str)):
                raise wrong_type("str", ne)
            _set(self, "ne", ne)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "ne", "$ne", _value, error)

        _value = d.pop("$in", UNSET)
        try:
            in_ = cast("list[str]", _value)
            if in_ is not UNSET and (not isinstance(in_, list) or not all(isinstance(item, str) for item in in_)):
                raise wrong_type("an array of str", in_)

            _set(self, "in_", in_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "in_", "$in", _value, error)

        _value = d.pop("$nin", UNSET)
        try:
            nin = cast("list[str]", _value)
            if nin is not UNSET and (not isinstance(nin, list) or not all(isinstance(item, str) for item in nin)):
                raise wrong_type("an array of str", nin)

            _set(self, "nin", nin)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "nin", "$nin", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("$in", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("$nin", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
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
