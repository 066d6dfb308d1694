from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_open_api_json_string_input_type import (
    ImportOpenApiJsonStringInputType,
    check_import_open_api_json_string_input_type,
)
from ..types import UNSET, Model, Unset, accepts, read_lazily

if TYPE_CHECKING:
    from ..models.import_open_api_options import ImportOpenApiOptions


T = TypeVar("T", bound="ImportOpenApiJsonStringInput")


@_attrs_define
class ImportOpenApiJsonStringInput(Model):
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
    _model_fields: ClassVar[tuple[str, ...]] = ("options",)
    """The fields that can hold models: what materialize(deep=True) walks."""

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
        """A ImportOpenApiJsonStringInput that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        from postman_raw.models.import_open_api_options import ImportOpenApiOptions  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        type_ = check_import_open_api_json_string_input_type(d.pop("type"))

        _set(self, "type_", type_)

        input_ = d.pop("input")
        _set(self, "input_", input_)

        _options = d.pop("options", UNSET)
        options: ImportOpenApiOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ImportOpenApiOptions.from_dict(_options)

        _set(self, "options", options)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_import_open_api_json_string_input_type, value)):
            return False
        value = data.get("input", UNSET)
        if value is UNSET:
            return False
        value = data.get("options", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
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
