from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_collection_options_folder_strategy import (
    GenerateCollectionOptionsFolderStrategy,
    check_generate_collection_options_folder_strategy,
)
from ..models.generate_collection_options_indent_character import (
    GenerateCollectionOptionsIndentCharacter,
    check_generate_collection_options_indent_character,
)
from ..models.generate_collection_options_request_name_source import (
    GenerateCollectionOptionsRequestNameSource,
    check_generate_collection_options_request_name_source,
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
    wrong_type,
)

T = TypeVar("T", bound="GenerateCollectionOptions")


@_attrs_define
class GenerateCollectionOptions(Model):
    """How to turn the spec into a collection (the options of Postman's openapi-to-postman
    converter; names are case-sensitive). Send `{}` to use every default. An option left
    out takes the default named in its description.

    """

    request_name_source: GenerateCollectionOptionsRequestNameSource | Unset = UNSET
    """ `Fallback` (default) names each request after the first of its summary, operationId, description or URL that
    is present; `URL` always uses the URL. """
    indent_character: GenerateCollectionOptionsIndentCharacter | Unset = UNSET
    """ Indentation used in generated bodies; `Space` by default. """
    parameters_resolution: str | Unset = UNSET
    """ Whether parameter values come from the schema (`Schema`) or from examples. New collections always use
    examples; collections generated earlier keep the strategy they were made with. """
    folder_strategy: GenerateCollectionOptionsFolderStrategy | Unset = UNSET
    """ Build folders from the spec's `paths` (`Paths`, default) or from its `tags` (`Tags`). """
    include_auth_info_in_example: bool | Unset = UNSET
    """ Put the authentication parameters into example requests (true by default). """
    enable_optional_parameters: bool | Unset = UNSET
    """ Leave optional parameters enabled in the requests (true by default). """
    keep_implicit_headers: bool | Unset = UNSET
    """ Keep headers the spec implies, which are otherwise dropped (false by default). """
    include_deprecated: bool | Unset = UNSET
    """ Include deprecated operations, parameters and properties (true by default). """
    always_inherit_authentication: bool | Unset = UNSET
    """ Make every request inherit the collection's authentication instead of carrying its own (false by default).
    """
    nested_folder_hierarchy: bool | Unset = UNSET
    """ Nest folders following the order of each operation's tags (false by default). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "request_name_source" in flaws:
            keep_raw(field_dict, flaws["request_name_source"])
        else:
            request_name_source: str | Unset = UNSET
            if not isinstance(self.request_name_source, Unset):
                request_name_source = self.request_name_source

            if request_name_source is not UNSET:
                field_dict["requestNameSource"] = request_name_source

        if flaws is not None and "indent_character" in flaws:
            keep_raw(field_dict, flaws["indent_character"])
        else:
            indent_character: str | Unset = UNSET
            if not isinstance(self.indent_character, Unset):
                indent_character = self.indent_character

            if indent_character is not UNSET:
                field_dict["indentCharacter"] = indent_character

        if flaws is not None and "parameters_resolution" in flaws:
            keep_raw(field_dict, flaws["parameters_resolution"])
        else:
            parameters_resolution = self.parameters_resolution
            if parameters_resolution is not UNSET:
                field_dict["parametersResolution"] = parameters_resolution

        if flaws is not None and "folder_strategy" in flaws:
            keep_raw(field_dict, flaws["folder_strategy"])
        else:
            folder_strategy: str | Unset = UNSET
            if not isinstance(self.folder_strategy, Unset):
                folder_strategy = self.folder_strategy

            if folder_strategy is not UNSET:
                field_dict["folderStrategy"] = folder_strategy

        if flaws is not None and "include_auth_info_in_example" in flaws:
            keep_raw(field_dict, flaws["include_auth_info_in_example"])
        else:
            include_auth_info_in_example = self.include_auth_info_in_example
            if include_auth_info_in_example is not UNSET:
                field_dict["includeAuthInfoInExample"] = include_auth_info_in_example

        if flaws is not None and "enable_optional_parameters" in flaws:
            keep_raw(field_dict, flaws["enable_optional_parameters"])
        else:
            enable_optional_parameters = self.enable_optional_parameters
            if enable_optional_parameters is not UNSET:
                field_dict["enableOptionalParameters"] = enable_optional_parameters

        if flaws is not None and "keep_implicit_headers" in flaws:
            keep_raw(field_dict, flaws["keep_implicit_headers"])
        else:
            keep_implicit_headers = self.keep_implicit_headers
            if keep_implicit_headers is not UNSET:
                field_dict["keepImplicitHeaders"] = keep_implicit_headers

        if flaws is not None and "include_deprecated" in flaws:
            keep_raw(field_dict, flaws["include_deprecated"])
        else:
            include_deprecated = self.include_deprecated
            if include_deprecated is not UNSET:
                field_dict["includeDeprecated"] = include_deprecated

        if flaws is not None and "always_inherit_authentication" in flaws:
            keep_raw(field_dict, flaws["always_inherit_authentication"])
        else:
            always_inherit_authentication = self.always_inherit_authentication
            if always_inherit_authentication is not UNSET:
                field_dict["alwaysInheritAuthentication"] = always_inherit_authentication

        if flaws is not None and "nested_folder_hierarchy" in flaws:
            keep_raw(field_dict, flaws["nested_folder_hierarchy"])
        else:
            nested_folder_hierarchy = self.nested_folder_hierarchy
            if nested_folder_hierarchy is not UNSET:
                field_dict["nestedFolderHierarchy"] = nested_folder_hierarchy

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A GenerateCollectionOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("requestNameSource", UNSET)
        try:
            _request_name_source = _value
            request_name_source: GenerateCollectionOptionsRequestNameSource | Unset
            if isinstance(_request_name_source, Unset):
                request_name_source = UNSET
            else:
                request_name_source = enum_value(
                    check_generate_collection_options_request_name_source, _request_name_source
                )

            _set(self, "request_name_source", request_name_source)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "request_name_source", "requestNameSource", _value, error)

        _value = d.pop("indentCharacter", UNSET)
        try:
            _indent_character = _value
            indent_character: GenerateCollectionOptionsIndentCharacter | Unset
            if isinstance(_indent_character, Unset):
                indent_character = UNSET
            else:
                indent_character = enum_value(check_generate_collection_options_indent_character, _indent_character)

            _set(self, "indent_character", indent_character)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "indent_character", "indentCharacter", _value, error)

        _value = d.pop("parametersResolution", UNSET)
        try:
            parameters_resolution = _value
            if parameters_resolution is not UNSET and not (isinstance(parameters_resolution, str)):
                raise wrong_type("str", parameters_resolution)
            _set(self, "parameters_resolution", parameters_resolution)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "parameters_resolution", "parametersResolution", _value, error)

        _value = d.pop("folderStrategy", UNSET)
        try:
            _folder_strategy = _value
            folder_strategy: GenerateCollectionOptionsFolderStrategy | Unset
            if isinstance(_folder_strategy, Unset):
                folder_strategy = UNSET
            else:
                folder_strategy = enum_value(check_generate_collection_options_folder_strategy, _folder_strategy)

            _set(self, "folder_strategy", folder_strategy)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "folder_strategy", "folderStrategy", _value, error)

        _value = d.pop("includeAuthInfoInExample", UNSET)
        try:
            include_auth_info_in_example = _value
            if include_auth_info_in_example is not UNSET and not (type(include_auth_info_in_example) is bool):
                raise wrong_type("bool", include_auth_info_in_example)
            _set(self, "include_auth_info_in_example", include_auth_info_in_example)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "include_auth_info_in_example", "includeAuthInfoInExample", _value, error)

        _value = d.pop("enableOptionalParameters", UNSET)
        try:
            enable_optional_parameters = _value
            if enable_optional_parameters is not UNSET and not (type(enable_optional_parameters) is bool):
                raise wrong_type("bool", enable_optional_parameters)
            _set(self, "enable_optional_parameters", enable_optional_parameters)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "enable_optional_parameters", "enableOptionalParameters", _value, error)

        _value = d.pop("keepImplicitHeaders", UNSET)
        try:
            keep_implicit_headers = _value
            if keep_implicit_headers is not UNSET and not (type(keep_implicit_headers) is bool):
                raise wrong_type("bool", keep_implicit_headers)
            _set(self, "keep_implicit_headers", keep_implicit_headers)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "keep_implicit_headers", "keepImplicitHeaders", _value, error)

        _value = d.pop("includeDeprecated", UNSET)
        try:
            include_deprecated = _value
            if include_deprecated is not UNSET and not (type(include_deprecated) is bool):
                raise wrong_type("bool", include_deprecated)
            _set(self, "include_deprecated", include_deprecated)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "include_deprecated", "includeDeprecated", _value, error)

        _value = d.pop("alwaysInheritAuthentication", UNSET)
        try:
            always_inherit_authentication = _value
            if always_inherit_authentication is not UNSET and not (type(always_inherit_authentication) is bool):
                raise wrong_type("bool", always_inherit_authentication)
            _set(self, "always_inherit_authentication", always_inherit_authentication)
        except DATA_ERRORS as error:
            flaws = note_flaw(
                self, flaws, "always_inherit_authentication", "alwaysInheritAuthentication", _value, error
            )

        _value = d.pop("nestedFolderHierarchy", UNSET)
        try:
            nested_folder_hierarchy = _value
            if nested_folder_hierarchy is not UNSET and not (type(nested_folder_hierarchy) is bool):
                raise wrong_type("bool", nested_folder_hierarchy)
            _set(self, "nested_folder_hierarchy", nested_folder_hierarchy)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "nested_folder_hierarchy", "nestedFolderHierarchy", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("requestNameSource", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_generate_collection_options_request_name_source, value))
        ):
            return False
        value = data.get("indentCharacter", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_generate_collection_options_indent_character, value))
        ):
            return False
        value = data.get("folderStrategy", UNSET)
        if (
            value is not UNSET
            and value is not None
            and not (accepts(check_generate_collection_options_folder_strategy, value))
        ):
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
