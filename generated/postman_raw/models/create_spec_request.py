from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_spec_request_type import CreateSpecRequestType, check_create_spec_request_type
from ..types import UNSET, Model, accepts, read_lazily

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
        name = self.name

        type_: str = self.type_

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateSpecRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.spec_file_source import SpecFileSource  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        name = d.pop("name")
        _set(self, "name", name)

        type_ = check_create_spec_request_type(d.pop("type"))

        _set(self, "type_", type_)

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = SpecFileSource.from_dict(files_item_data)

            files.append(files_item)

        _set(self, "files", files)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

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
        if value is not UNSET and not (accepts(check_create_spec_request_type, value)):
            return False
        value = data.get("files", UNSET)
        if value is UNSET:
            return False
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
