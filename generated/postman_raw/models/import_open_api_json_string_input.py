from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_open_api_json_string_input_type import (
    ImportOpenApiJsonStringInputType,
    check_import_open_api_json_string_input_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_open_api_options import ImportOpenApiOptions


T = TypeVar("T", bound="ImportOpenApiJsonStringInput")


@_attrs_define
class ImportOpenApiJsonStringInput:
    """The definition serialised to a string."""

    type_: ImportOpenApiJsonStringInputType
    """ Always `string` for this form. """
    input_: str
    """ The OpenAPI definition as JSON or YAML text. """
    options: ImportOpenApiOptions | Unset = UNSET
    """ Conversion settings, as understood by Postman's openapi-to-postman converter. Names are
    case-sensitive. Each setting falls back to the converter's own choice when left out.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        input_ = self.input_

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input": input_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from postman_raw.models.import_open_api_options import ImportOpenApiOptions  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_import_open_api_json_string_input_type(d.pop("type"))

        input_ = d.pop("input")

        _options = d.pop("options", UNSET)
        options: ImportOpenApiOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ImportOpenApiOptions.from_dict(_options)

        import_open_api_json_string_input = cls(
            type_=type_,
            input_=input_,
            options=options,
        )

        import_open_api_json_string_input.additional_properties = d
        return import_open_api_json_string_input

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
