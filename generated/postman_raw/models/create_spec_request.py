from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_spec_request_type import CreateSpecRequestType, check_create_spec_request_type

if TYPE_CHECKING:
    from ..models.spec_file_source import SpecFileSource


T = TypeVar("T", bound="CreateSpecRequest")


@_attrs_define
class CreateSpecRequest:
    """Body of POST /specs."""

    name: str
    """ The new spec's name. """
    type_: CreateSpecRequestType
    """ The specification language and version. """
    files: list[SpecFileSource]
    """ The spec's files with their contents. A single-file spec has one entry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from postman_raw.models.spec_file_source import SpecFileSource  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_create_spec_request_type(d.pop("type"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = SpecFileSource.from_dict(files_item_data)

            files.append(files_item)

        create_spec_request = cls(
            name=name,
            type_=type_,
            files=files,
        )

        create_spec_request.additional_properties = d
        return create_spec_request

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
