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
from ..types import UNSET, Model, accepts, read_lazily

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
        type_: str = self.type_

        language: str = self.language

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "language": language,
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A SecurityValidationDefinition that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        type_ = check_security_validation_definition_type(d.pop("type"))

        _set(self, "type_", type_)

        language = check_security_validation_definition_language(d.pop("language"))

        _set(self, "language", language)

        schema = d.pop("schema")
        _set(self, "schema", schema)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("type", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_security_validation_definition_type, value)):
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_security_validation_definition_language, value)):
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
