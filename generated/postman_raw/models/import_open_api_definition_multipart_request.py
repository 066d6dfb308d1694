from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.import_open_api_definition_multipart_request_type import (
    ImportOpenApiDefinitionMultipartRequestType,
    check_import_open_api_definition_multipart_request_type,
)
from ..types import UNSET, File, Model, accepts, read_lazily

T = TypeVar("T", bound="ImportOpenApiDefinitionMultipartRequest")


@_attrs_define
class ImportOpenApiDefinitionMultipartRequest(Model):
    """The definition uploaded as a file."""

    type_: ImportOpenApiDefinitionMultipartRequestType
    """ Always `file` for this form. """
    input_: File
    """ A .zip archive that contains the definition file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        input_ = self.input_.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input": input_,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        files.append(("input", self.input_.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ImportOpenApiDefinitionMultipartRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        type_ = check_import_open_api_definition_multipart_request_type(d.pop("type"))

        _set(self, "type_", type_)

        input_ = File(payload=BytesIO(d.pop("input")))

        _set(self, "input_", input_)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_import_open_api_definition_multipart_request_type, value)):
            return False
        value = data.get("input", UNSET)
        if value is UNSET:
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
