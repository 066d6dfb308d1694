from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_language_input import SdkLanguageInput, check_sdk_language_input
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

if TYPE_CHECKING:
    from ..models.sdk_author import SdkAuthor
    from ..models.sdk_cli_options import SdkCliOptions
    from ..models.sdk_csharp_options import SdkCsharpOptions
    from ..models.sdk_go_options import SdkGoOptions
    from ..models.sdk_java_options import SdkJavaOptions
    from ..models.sdk_kotlin_options import SdkKotlinOptions
    from ..models.sdk_php_options import SdkPhpOptions
    from ..models.sdk_python_options import SdkPythonOptions
    from ..models.sdk_retry_options import SdkRetryOptions
    from ..models.sdk_ruby_options import SdkRubyOptions
    from ..models.sdk_rust_options import SdkRustOptions
    from ..models.sdk_source_input import SdkSourceInput
    from ..models.sdk_typescript_options import SdkTypescriptOptions


T = TypeVar("T", bound="CreateSdkRequest")


@_attrs_define
class CreateSdkRequest(Model):
    """Body of POST /sdks. Only the options object that matches `language` is read."""

    source: SdkSourceInput
    """ The collection or spec to generate from, as sent in a request. """
    language: SdkLanguageInput
    """ An SDK target language, as sent in a request or filter. """
    sdk_version: str | Unset = UNSET
    """ Version to give the SDK; when omitted, the next version after the latest automatic pull request. """
    authors: list[SdkAuthor] | Unset = UNSET
    """ Package authors for the generated manifest. """
    retry: SdkRetryOptions | Unset = UNSET
    """ Retry behaviour built into the generated SDK's HTTP client. Fields left out keep
    Postman's defaults (retries on, 3 attempts, 150 ms base delay).
     """
    typescript_options: SdkTypescriptOptions | Unset = UNSET
    """ Options read when `language` is `typescript`. """
    python_options: SdkPythonOptions | Unset = UNSET
    """ Options read when `language` is `python`. """
    go_options: SdkGoOptions | Unset = UNSET
    """ Options read when `language` is `go`. """
    java_options: SdkJavaOptions | Unset = UNSET
    """ Options read when `language` is `java`. """
    csharp_options: SdkCsharpOptions | Unset = UNSET
    """ Options read when `language` is `csharp`. """
    ruby_options: SdkRubyOptions | Unset = UNSET
    """ Options read when `language` is `ruby`. """
    php_options: SdkPhpOptions | Unset = UNSET
    """ Options read when `language` is `php`. """
    kotlin_options: SdkKotlinOptions | Unset = UNSET
    """ Options read when `language` is `kotlin`. """
    rust_options: SdkRustOptions | Unset = UNSET
    """ Options read when `language` is `rust`. """
    cli_options: SdkCliOptions | Unset = UNSET
    """ Options read when `language` is `cli`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _model_fields: ClassVar[tuple[str, ...]] = (
        "source",
        "authors",
        "retry",
        "typescript_options",
        "python_options",
        "go_options",
        "java_options",
        "csharp_options",
        "ruby_options",
        "php_options",
        "kotlin_options",
        "rust_options",
        "cli_options",
    )
    """The fields that can hold models: what materialize(deep=True) walks."""

    def to_dict(self) -> dict[str, Any]:
        flaws = self._pending if isinstance(self, Flawed) else None
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if flaws is not None and "source" in flaws:
            keep_raw(field_dict, flaws["source"])
        else:
            source = self.source.to_dict()
            field_dict["source"] = source

        if flaws is not None and "language" in flaws:
            keep_raw(field_dict, flaws["language"])
        else:
            language: str = self.language
            field_dict["language"] = language

        if flaws is not None and "sdk_version" in flaws:
            keep_raw(field_dict, flaws["sdk_version"])
        else:
            sdk_version = self.sdk_version
            if sdk_version is not UNSET:
                field_dict["sdkVersion"] = sdk_version

        if flaws is not None and "authors" in flaws:
            keep_raw(field_dict, flaws["authors"])
        else:
            authors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.authors, Unset):
                authors = []
                for authors_item_data in self.authors:
                    authors_item = authors_item_data.to_dict()
                    authors.append(authors_item)

            if authors is not UNSET:
                field_dict["authors"] = authors

        if flaws is not None and "retry" in flaws:
            keep_raw(field_dict, flaws["retry"])
        else:
            retry: dict[str, Any] | Unset = UNSET
            if not isinstance(self.retry, Unset):
                retry = self.retry.to_dict()
            if retry is not UNSET:
                field_dict["retry"] = retry

        if flaws is not None and "typescript_options" in flaws:
            keep_raw(field_dict, flaws["typescript_options"])
        else:
            typescript_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.typescript_options, Unset):
                typescript_options = self.typescript_options.to_dict()
            if typescript_options is not UNSET:
                field_dict["typescriptOptions"] = typescript_options

        if flaws is not None and "python_options" in flaws:
            keep_raw(field_dict, flaws["python_options"])
        else:
            python_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.python_options, Unset):
                python_options = self.python_options.to_dict()
            if python_options is not UNSET:
                field_dict["pythonOptions"] = python_options

        if flaws is not None and "go_options" in flaws:
            keep_raw(field_dict, flaws["go_options"])
        else:
            go_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.go_options, Unset):
                go_options = self.go_options.to_dict()
            if go_options is not UNSET:
                field_dict["goOptions"] = go_options

        if flaws is not None and "java_options" in flaws:
            keep_raw(field_dict, flaws["java_options"])
        else:
            java_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.java_options, Unset):
                java_options = self.java_options.to_dict()
            if java_options is not UNSET:
                field_dict["javaOptions"] = java_options

        if flaws is not None and "csharp_options" in flaws:
            keep_raw(field_dict, flaws["csharp_options"])
        else:
            csharp_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.csharp_options, Unset):
                csharp_options = self.csharp_options.to_dict()
            if csharp_options is not UNSET:
                field_dict["csharpOptions"] = csharp_options

        if flaws is not None and "ruby_options" in flaws:
            keep_raw(field_dict, flaws["ruby_options"])
        else:
            ruby_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.ruby_options, Unset):
                ruby_options = self.ruby_options.to_dict()
            if ruby_options is not UNSET:
                field_dict["rubyOptions"] = ruby_options

        if flaws is not None and "php_options" in flaws:
            keep_raw(field_dict, flaws["php_options"])
        else:
            php_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.php_options, Unset):
                php_options = self.php_options.to_dict()
            if php_options is not UNSET:
                field_dict["phpOptions"] = php_options

        if flaws is not None and "kotlin_options" in flaws:
            keep_raw(field_dict, flaws["kotlin_options"])
        else:
            kotlin_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.kotlin_options, Unset):
                kotlin_options = self.kotlin_options.to_dict()
            if kotlin_options is not UNSET:
                field_dict["kotlinOptions"] = kotlin_options

        if flaws is not None and "rust_options" in flaws:
            keep_raw(field_dict, flaws["rust_options"])
        else:
            rust_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.rust_options, Unset):
                rust_options = self.rust_options.to_dict()
            if rust_options is not UNSET:
                field_dict["rustOptions"] = rust_options

        if flaws is not None and "cli_options" in flaws:
            keep_raw(field_dict, flaws["cli_options"])
        else:
            cli_options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.cli_options, Unset):
                cli_options = self.cli_options.to_dict()
            if cli_options is not UNSET:
                field_dict["cliOptions"] = cli_options

        if flaws is not None:
            for flaw_name, flaw in flaws.items():
                if flaw_name[0] == "[":  # an additional property whose value did not fit
                    keep_raw(field_dict, flaw)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateSdkRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> dict[str, Any] | None:
        """Set the fields from ``src_dict``; return the flaws of the fields whose value did not fit."""
        from postman_raw.models.sdk_author import SdkAuthor  # noqa: PLC0415
        from postman_raw.models.sdk_cli_options import SdkCliOptions  # noqa: PLC0415
        from postman_raw.models.sdk_csharp_options import SdkCsharpOptions  # noqa: PLC0415
        from postman_raw.models.sdk_go_options import SdkGoOptions  # noqa: PLC0415
        from postman_raw.models.sdk_java_options import SdkJavaOptions  # noqa: PLC0415
        from postman_raw.models.sdk_kotlin_options import SdkKotlinOptions  # noqa: PLC0415
        from postman_raw.models.sdk_php_options import SdkPhpOptions  # noqa: PLC0415
        from postman_raw.models.sdk_python_options import SdkPythonOptions  # noqa: PLC0415
        from postman_raw.models.sdk_retry_options import SdkRetryOptions  # noqa: PLC0415
        from postman_raw.models.sdk_ruby_options import SdkRubyOptions  # noqa: PLC0415
        from postman_raw.models.sdk_rust_options import SdkRustOptions  # noqa: PLC0415
        from postman_raw.models.sdk_source_input import SdkSourceInput  # noqa: PLC0415
        from postman_raw.models.sdk_typescript_options import SdkTypescriptOptions  # noqa: PLC0415

        _set = object.__setattr__
        d = dict(src_dict)
        flaws = None
        _value = d.pop("source", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("source")
            source = SdkSourceInput.from_dict(_value)

            _set(self, "source", source)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "source", "source", _value, error)

        _value = d.pop("language", UNSET)
        try:
            if _value is UNSET:
                raise KeyError("language")
            language = enum_value(check_sdk_language_input, _value)

            _set(self, "language", language)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "language", "language", _value, error)

        _value = d.pop("sdkVersion", UNSET)
        try:
            sdk_version = _value
            if sdk_version is not UNSET and not (isinstance(sdk_version, str)):
                raise wrong_type("str", sdk_version)
            _set(self, "sdk_version", sdk_version)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "sdk_version", "sdkVersion", _value, error)

        _value = d.pop("authors", UNSET)
        try:
            _authors = _value
            authors: list[SdkAuthor] | Unset = UNSET
            if _authors is not UNSET:
                if not isinstance(_authors, list):
                    raise wrong_type("an array", _authors)
                authors = []
                for authors_item_data in _authors:
                    authors_item = SdkAuthor.from_dict(authors_item_data)

                    authors.append(authors_item)

            _set(self, "authors", authors)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "authors", "authors", _value, error)

        _value = d.pop("retry", UNSET)
        try:
            _retry = _value
            retry: SdkRetryOptions | Unset
            if isinstance(_retry, Unset):
                retry = UNSET
            else:
                retry = SdkRetryOptions.from_dict(_retry)

            _set(self, "retry", retry)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "retry", "retry", _value, error)

        _value = d.pop("typescriptOptions", UNSET)
        try:
            _typescript_options = _value
            typescript_options: SdkTypescriptOptions | Unset
            if isinstance(_typescript_options, Unset):
                typescript_options = UNSET
            else:
                typescript_options = SdkTypescriptOptions.from_dict(_typescript_options)

            _set(self, "typescript_options", typescript_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "typescript_options", "typescriptOptions", _value, error)

        _value = d.pop("pythonOptions", UNSET)
        try:
            _python_options = _value
            python_options: SdkPythonOptions | Unset
            if isinstance(_python_options, Unset):
                python_options = UNSET
            else:
                python_options = SdkPythonOptions.from_dict(_python_options)

            _set(self, "python_options", python_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "python_options", "pythonOptions", _value, error)

        _value = d.pop("goOptions", UNSET)
        try:
            _go_options = _value
            go_options: SdkGoOptions | Unset
            if isinstance(_go_options, Unset):
                go_options = UNSET
            else:
                go_options = SdkGoOptions.from_dict(_go_options)

            _set(self, "go_options", go_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "go_options", "goOptions", _value, error)

        _value = d.pop("javaOptions", UNSET)
        try:
            _java_options = _value
            java_options: SdkJavaOptions | Unset
            if isinstance(_java_options, Unset):
                java_options = UNSET
            else:
                java_options = SdkJavaOptions.from_dict(_java_options)

            _set(self, "java_options", java_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "java_options", "javaOptions", _value, error)

        _value = d.pop("csharpOptions", UNSET)
        try:
            _csharp_options = _value
            csharp_options: SdkCsharpOptions | Unset
            if isinstance(_csharp_options, Unset):
                csharp_options = UNSET
            else:
                csharp_options = SdkCsharpOptions.from_dict(_csharp_options)

            _set(self, "csharp_options", csharp_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "csharp_options", "csharpOptions", _value, error)

        _value = d.pop("rubyOptions", UNSET)
        try:
            _ruby_options = _value
            ruby_options: SdkRubyOptions | Unset
            if isinstance(_ruby_options, Unset):
                ruby_options = UNSET
            else:
                ruby_options = SdkRubyOptions.from_dict(_ruby_options)

            _set(self, "ruby_options", ruby_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "ruby_options", "rubyOptions", _value, error)

        _value = d.pop("phpOptions", UNSET)
        try:
            _php_options = _value
            php_options: SdkPhpOptions | Unset
            if isinstance(_php_options, Unset):
                php_options = UNSET
            else:
                php_options = SdkPhpOptions.from_dict(_php_options)

            _set(self, "php_options", php_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "php_options", "phpOptions", _value, error)

        _value = d.pop("kotlinOptions", UNSET)
        try:
            _kotlin_options = _value
            kotlin_options: SdkKotlinOptions | Unset
            if isinstance(_kotlin_options, Unset):
                kotlin_options = UNSET
            else:
                kotlin_options = SdkKotlinOptions.from_dict(_kotlin_options)

            _set(self, "kotlin_options", kotlin_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "kotlin_options", "kotlinOptions", _value, error)

        _value = d.pop("rustOptions", UNSET)
        try:
            _rust_options = _value
            rust_options: SdkRustOptions | Unset
            if isinstance(_rust_options, Unset):
                rust_options = UNSET
            else:
                rust_options = SdkRustOptions.from_dict(_rust_options)

            _set(self, "rust_options", rust_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "rust_options", "rustOptions", _value, error)

        _value = d.pop("cliOptions", UNSET)
        try:
            _cli_options = _value
            cli_options: SdkCliOptions | Unset
            if isinstance(_cli_options, Unset):
                cli_options = UNSET
            else:
                cli_options = SdkCliOptions.from_dict(_cli_options)

            _set(self, "cli_options", cli_options)
        except DATA_ERRORS as error:
            flaws = note_flaw(self, flaws, "cli_options", "cliOptions", _value, error)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table
        return flaws

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("source", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and value is not None and not (accepts(check_sdk_language_input, value)):
            return False
        value = data.get("authors", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, list)):
            return False
        value = data.get("retry", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("typescriptOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("pythonOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("goOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("javaOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("csharpOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("rubyOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("phpOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("kotlinOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("rustOptions", UNSET)
        if value is not UNSET and value is not None and not (isinstance(value, dict)):
            return False
        value = data.get("cliOptions", UNSET)
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
