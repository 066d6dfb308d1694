from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_open_api_options_folder_strategy import (
    ImportOpenApiOptionsFolderStrategy,
    check_import_open_api_options_folder_strategy,
)
from ..models.import_open_api_options_indent_character import (
    ImportOpenApiOptionsIndentCharacter,
    check_import_open_api_options_indent_character,
)
from ..models.import_open_api_options_request_name_source import (
    ImportOpenApiOptionsRequestNameSource,
    check_import_open_api_options_request_name_source,
)
from ..types import UNSET, Model, Unset, accepts, read_lazily

T = TypeVar("T", bound="ImportOpenApiOptions")


@_attrs_define
class ImportOpenApiOptions(Model):
    """Conversion settings, as understood by Postman's openapi-to-postman converter. Names are
    case-sensitive. Each setting falls back to the converter's own choice when left out.

    """

    request_name_source: ImportOpenApiOptionsRequestNameSource | Unset = UNSET
    """ `Fallback` (the usual choice) names each request after the first of its summary, operationId, description or
    URL that exists; `URL` always uses the URL. """
    indent_character: ImportOpenApiOptionsIndentCharacter | Unset = UNSET
    """ Character used to indent generated bodies (Space unless set). """
    parameters_resolution: str | Unset = UNSET
    """ Older switch between generating parameter values from examples (`Example`, now always the case) or from
    schemas (`Schema`). Collections created with `Schema` keep syncing that way. """
    folder_strategy: ImportOpenApiOptionsFolderStrategy | Unset = UNSET
    """ Group requests into folders by path segments (`Paths`, the usual choice) or by operation tags (`Tags`). """
    include_auth_info_in_example: bool | Unset = UNSET
    """ Put the authentication parameters into the example requests (on unless set). """
    enable_optional_parameters: bool | Unset = UNSET
    """ Leave optional parameters enabled in the generated requests (on unless set). """
    keep_implicit_headers: bool | Unset = UNSET
    """ Keep headers such as Content-Type that the definition lists explicitly; they are dropped unless set. """
    include_deprecated: bool | Unset = UNSET
    """ Carry deprecated operations, parameters and properties into the collection (on unless set). """
    always_inherit_authentication: bool | Unset = UNSET
    """ Make every request inherit its authentication from the collection instead of setting its own (off unless
    set). """
    nested_folder_hierarchy: bool | Unset = UNSET
    """ With `folderStrategy: Tags`, nest folders following the order of each operation's tags (off unless set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = ()
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        request_name_source: str | Unset = UNSET
        if not isinstance(self.request_name_source, Unset):
            request_name_source = self.request_name_source

        indent_character: str | Unset = UNSET
        if not isinstance(self.indent_character, Unset):
            indent_character = self.indent_character

        parameters_resolution = self.parameters_resolution

        folder_strategy: str | Unset = UNSET
        if not isinstance(self.folder_strategy, Unset):
            folder_strategy = self.folder_strategy

        include_auth_info_in_example = self.include_auth_info_in_example

        enable_optional_parameters = self.enable_optional_parameters

        keep_implicit_headers = self.keep_implicit_headers

        include_deprecated = self.include_deprecated

        always_inherit_authentication = self.always_inherit_authentication

        nested_folder_hierarchy = self.nested_folder_hierarchy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_name_source is not UNSET:
            field_dict["requestNameSource"] = request_name_source
        if indent_character is not UNSET:
            field_dict["indentCharacter"] = indent_character
        if parameters_resolution is not UNSET:
            field_dict["parametersResolution"] = parameters_resolution
        if folder_strategy is not UNSET:
            field_dict["folderStrategy"] = folder_strategy
        if include_auth_info_in_example is not UNSET:
            field_dict["includeAuthInfoInExample"] = include_auth_info_in_example
        if enable_optional_parameters is not UNSET:
            field_dict["enableOptionalParameters"] = enable_optional_parameters
        if keep_implicit_headers is not UNSET:
            field_dict["keepImplicitHeaders"] = keep_implicit_headers
        if include_deprecated is not UNSET:
            field_dict["includeDeprecated"] = include_deprecated
        if always_inherit_authentication is not UNSET:
            field_dict["alwaysInheritAuthentication"] = always_inherit_authentication
        if nested_folder_hierarchy is not UNSET:
            field_dict["nestedFolderHierarchy"] = nested_folder_hierarchy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A ImportOpenApiOptions that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
        _set = object.__setattr__
        d = dict(src_dict)
        _request_name_source = d.pop("requestNameSource", UNSET)
        request_name_source: ImportOpenApiOptionsRequestNameSource | Unset
        if isinstance(_request_name_source, Unset):
            request_name_source = UNSET
        else:
            request_name_source = check_import_open_api_options_request_name_source(_request_name_source)

        _set(self, "request_name_source", request_name_source)

        _indent_character = d.pop("indentCharacter", UNSET)
        indent_character: ImportOpenApiOptionsIndentCharacter | Unset
        if isinstance(_indent_character, Unset):
            indent_character = UNSET
        else:
            indent_character = check_import_open_api_options_indent_character(_indent_character)

        _set(self, "indent_character", indent_character)

        parameters_resolution = d.pop("parametersResolution", UNSET)
        _set(self, "parameters_resolution", parameters_resolution)

        _folder_strategy = d.pop("folderStrategy", UNSET)
        folder_strategy: ImportOpenApiOptionsFolderStrategy | Unset
        if isinstance(_folder_strategy, Unset):
            folder_strategy = UNSET
        else:
            folder_strategy = check_import_open_api_options_folder_strategy(_folder_strategy)

        _set(self, "folder_strategy", folder_strategy)

        include_auth_info_in_example = d.pop("includeAuthInfoInExample", UNSET)
        _set(self, "include_auth_info_in_example", include_auth_info_in_example)

        enable_optional_parameters = d.pop("enableOptionalParameters", UNSET)
        _set(self, "enable_optional_parameters", enable_optional_parameters)

        keep_implicit_headers = d.pop("keepImplicitHeaders", UNSET)
        _set(self, "keep_implicit_headers", keep_implicit_headers)

        include_deprecated = d.pop("includeDeprecated", UNSET)
        _set(self, "include_deprecated", include_deprecated)

        always_inherit_authentication = d.pop("alwaysInheritAuthentication", UNSET)
        _set(self, "always_inherit_authentication", always_inherit_authentication)

        nested_folder_hierarchy = d.pop("nestedFolderHierarchy", UNSET)
        _set(self, "nested_folder_hierarchy", nested_folder_hierarchy)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("requestNameSource", UNSET)
        if value is not UNSET and not (accepts(check_import_open_api_options_request_name_source, value)):
            return False
        value = data.get("indentCharacter", UNSET)
        if value is not UNSET and not (accepts(check_import_open_api_options_indent_character, value)):
            return False
        value = data.get("folderStrategy", UNSET)
        if value is not UNSET and not (accepts(check_import_open_api_options_folder_strategy, value)):
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
