from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, read_lazily

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
        eq = self.eq

        ne = self.ne

        in_: list[str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_

        nin: list[str] | Unset = UNSET
        if not isinstance(self.nin, Unset):
            nin = self.nin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eq is not UNSET:
            field_dict["$eq"] = eq
        if ne is not UNSET:
            field_dict["$ne"] = ne
        if in_ is not UNSET:
            field_dict["$in"] = in_
        if nin is not UNSET:
            field_dict["$nin"] = nin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SearchTextFilter that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        eq = d.pop("$eq", UNSET)
        _set(self, "eq", eq)

        ne = d.pop("$ne", UNSET)
        _set(self, "ne", ne)

        in_ = cast("list[str]", d.pop("$in", UNSET))

        _set(self, "in_", in_)

        nin = cast("list[str]", d.pop("$nin", UNSET))

        _set(self, "nin", nin)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("$in", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("$nin", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
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
