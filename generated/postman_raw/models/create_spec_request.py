from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_spec_request_type import CreateSpecRequestType, check_create_spec_request_type
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.spec_file_source import SpecFileSource


T = TypeVar("T", bound="CreateSpecRequest")


@_attrs_define
class CreateSpecRequest(Model):
    """Body of POST /specs."""

    name: str
    """ The new spec's name. """
    type_: CreateSpecRequestType
    """ The specification language and version. """
    files: list[SpecFileSource]
    """ The spec's files with their contents. A single-file spec has one entry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ("files",)
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "name" in flaws:
            keep_raw(field_dict, flaws["name"])
        else:
            name = self.name
            field_dict["name"] = name

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_: str = self.type_
            field_dict["type"] = type_

        if flaws is not None and "files" in flaws:
            keep_raw(field_dict, flaws["files"])
        else:
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

            field_dict["files"] = files

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateSpecRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.spec_file_source import SpecFileSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("name", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("name")
            name = _value
            if not (isinstance(name, str)):
                raise wrong_type("str", name)
            _set(self, "name", name)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "name", "name", _value, error)

        _value = d.pop("type", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("type")
            type_ = enum_value(check_create_spec_request_type, _value)

            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("files", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("files")
            files = []
            _files = _value
            if not isinstance(_files, list):
                raise wrong_type("an array", _files)
            for files_item_data in _files:
                files_item = SpecFileSource.from_dict(files_item_data)

                files.append(files_item)

            _set(self, "files", files)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "files", "files", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("name", UNSET)
        if value is UNSET:
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_create_spec_request_type, value)):
            return False
        value = data.get("files", UNSET)
        if value is UNSET:
            return False
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
