from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_open_api_json_object_input_type import (
    ImportOpenApiJsonObjectInputType,
    check_import_open_api_json_object_input_type,
)
from ..types import (
    DATA_ERRORS,
    UNSET,
    Flawed,
    Model,
    Unset,
    accepts,
    enum_value,
    keep_raw,
    note_flaw,
    read_lazily,
)

if TYPE_CHECKING:
    from ..models.import_open_api_json_object_input_input import ImportOpenApiJsonObjectInputInput
    from ..models.import_open_api_options import ImportOpenApiOptions


T = TypeVar("T", bound="ImportOpenApiJsonObjectInput")


@_attrs_define
class ImportOpenApiJsonObjectInput(Model):
    """The definition as a JSON object."""

    type_: ImportOpenApiJsonObjectInputType
    """ Always `json` for this form. """
    input_: ImportOpenApiJsonObjectInputInput
    """ The whole OpenAPI definition (its `openapi`, `info`, `paths`... members). """
    options: ImportOpenApiOptions | Unset = UNSET
    """ Conversion settings, as understood by Postman's openapi-to-postman converter. Names are
    case-sensitive. Each setting falls back to the converter's own choice when left out.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "input_",
        "options",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "type_" in flaws:
            keep_raw(field_dict, flaws["type_"])
        else:
            type_: str = self.type_
            field_dict["type"] = type_

        if flaws is not None and "input_" in flaws:
            keep_raw(field_dict, flaws["input_"])
        else:
            input_ = self.input_.to_dict()
            field_dict["input"] = input_

        if flaws is not None and "options" in flaws:
            keep_raw(field_dict, flaws["options"])
        else:
            options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.options, Unset):
                options = self.options.to_dict()
            if options is not UNSET:
                field_dict["options"] = options

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ImportOpenApiJsonObjectInput that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.import_open_api_json_object_input_input import ImportOpenApiJsonObjectInputInput  # noqa: PLC0415
        from postman_raw.models.import_open_api_options import ImportOpenApiOptions  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("type", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("type")
            type_ = enum_value(check_import_open_api_json_object_input_type, _value)

            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("input", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("input")
            input_ = ImportOpenApiJsonObjectInputInput.from_dict(_value)

            _set(self, "input_", input_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "input_", "input", _value, error)

        _value = d.pop("options", UNSET)
        try:
            _options = _value
            options: ImportOpenApiOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = ImportOpenApiOptions.from_dict(_options)

            _set(self, "options", options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "options", "options", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_import_open_api_json_object_input_type, value))
        ):
            return False
        value = data.get("input", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("options", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
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
