from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_validation_definition_language import (
    SecurityValidationDefinitionLanguage,
    check_security_validation_definition_language,
)
from ..models.security_validation_definition_type import (
    SecurityValidationDefinitionType,
    check_security_validation_definition_type,
)
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

T = TypeVar("T", bound="SecurityValidationDefinition")


@_attrs_define
class SecurityValidationDefinition(Model):
    """The definition to check."""

    type_: SecurityValidationDefinitionType
    """ The kind of definition: `openapi3` (OpenAPI 3.x) or `openapi2` (Swagger 2.0). """
    language: SecurityValidationDefinitionLanguage
    """ Whether `schema` is written in JSON or YAML. """
    schema: str
    """ The whole definition as text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
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

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language: str = self.language
            field_dict["language"] = language

        if flaws is not None and "schema" in flaws:
            keep_raw(field_dict, flaws["schema"])
        else:
            schema = self.schema
            field_dict["schema"] = schema

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SecurityValidationDefinition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("type", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("type")
            type_ = enum_value(check_security_validation_definition_type, _value)

            _set(self, "type_", type_)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "type_", "type", _value, error)

        _value = d.pop("language", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("language")
            language = enum_value(check_security_validation_definition_language, _value)

            _set(self, "language", language)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "language", "language", _value, error)

        _value = d.pop("schema", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("schema")
            schema = _value
            if not (isinstance(schema, str)):
                raise wrong_type("str", schema)
            _set(self, "schema", schema)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "schema", "schema", _value, error)

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
        if value is not UNSET and value is not None and not (accepts(check_security_validation_definition_type, value)):
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_security_validation_definition_language, value))
        ):
            return False
        value = data.get("schema", UNSET)
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
