from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sdk_language_input import SdkLanguageInput, check_sdk_language_input
from ..types import UNSET, Model, Unset, accepts, read_lazily

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
        source = self.source.to_dict()

        language: str = self.language

        sdk_version = self.sdk_version

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)

        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()

        typescript_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.typescript_options, Unset):
            typescript_options = self.typescript_options.to_dict()

        python_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.python_options, Unset):
            python_options = self.python_options.to_dict()

        go_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.go_options, Unset):
            go_options = self.go_options.to_dict()

        java_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.java_options, Unset):
            java_options = self.java_options.to_dict()

        csharp_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.csharp_options, Unset):
            csharp_options = self.csharp_options.to_dict()

        ruby_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ruby_options, Unset):
            ruby_options = self.ruby_options.to_dict()

        php_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.php_options, Unset):
            php_options = self.php_options.to_dict()

        kotlin_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kotlin_options, Unset):
            kotlin_options = self.kotlin_options.to_dict()

        rust_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rust_options, Unset):
            rust_options = self.rust_options.to_dict()

        cli_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cli_options, Unset):
            cli_options = self.cli_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "language": language,
            }
        )
        if sdk_version is not UNSET:
            field_dict["sdkVersion"] = sdk_version
        if authors is not UNSET:
            field_dict["authors"] = authors
        if retry is not UNSET:
            field_dict["retry"] = retry
        if typescript_options is not UNSET:
            field_dict["typescriptOptions"] = typescript_options
        if python_options is not UNSET:
            field_dict["pythonOptions"] = python_options
        if go_options is not UNSET:
            field_dict["goOptions"] = go_options
        if java_options is not UNSET:
            field_dict["javaOptions"] = java_options
        if csharp_options is not UNSET:
            field_dict["csharpOptions"] = csharp_options
        if ruby_options is not UNSET:
            field_dict["rubyOptions"] = ruby_options
        if php_options is not UNSET:
            field_dict["phpOptions"] = php_options
        if kotlin_options is not UNSET:
            field_dict["kotlinOptions"] = kotlin_options
        if rust_options is not UNSET:
            field_dict["rustOptions"] = rust_options
        if cli_options is not UNSET:
            field_dict["cliOptions"] = cli_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CreateSdkRequest that reads ``src_dict`` when first used (see ``postman_raw.types``)."""
        return read_lazily(cls, src_dict)

    def _read_fields(self, src_dict: Mapping[str, Any]) -> None:
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
        source = SdkSourceInput.from_dict(d.pop("source"))

        _set(self, "source", source)

        language = check_sdk_language_input(d.pop("language"))

        _set(self, "language", language)

        sdk_version = d.pop("sdkVersion", UNSET)
        _set(self, "sdk_version", sdk_version)

        _authors = d.pop("authors", UNSET)
        authors: list[SdkAuthor] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = SdkAuthor.from_dict(authors_item_data)

                authors.append(authors_item)

        _set(self, "authors", authors)

        _retry = d.pop("retry", UNSET)
        retry: SdkRetryOptions | Unset
        if isinstance(_retry, Unset):
            retry = UNSET
        else:
            retry = SdkRetryOptions.from_dict(_retry)

        _set(self, "retry", retry)

        _typescript_options = d.pop("typescriptOptions", UNSET)
        typescript_options: SdkTypescriptOptions | Unset
        if isinstance(_typescript_options, Unset):
            typescript_options = UNSET
        else:
            typescript_options = SdkTypescriptOptions.from_dict(_typescript_options)

        _set(self, "typescript_options", typescript_options)

        _python_options = d.pop("pythonOptions", UNSET)
        python_options: SdkPythonOptions | Unset
        if isinstance(_python_options, Unset):
            python_options = UNSET
        else:
            python_options = SdkPythonOptions.from_dict(_python_options)

        _set(self, "python_options", python_options)

        _go_options = d.pop("goOptions", UNSET)
        go_options: SdkGoOptions | Unset
        if isinstance(_go_options, Unset):
            go_options = UNSET
        else:
            go_options = SdkGoOptions.from_dict(_go_options)

        _set(self, "go_options", go_options)

        _java_options = d.pop("javaOptions", UNSET)
        java_options: SdkJavaOptions | Unset
        if isinstance(_java_options, Unset):
            java_options = UNSET
        else:
            java_options = SdkJavaOptions.from_dict(_java_options)

        _set(self, "java_options", java_options)

        _csharp_options = d.pop("csharpOptions", UNSET)
        csharp_options: SdkCsharpOptions | Unset
        if isinstance(_csharp_options, Unset):
            csharp_options = UNSET
        else:
            csharp_options = SdkCsharpOptions.from_dict(_csharp_options)

        _set(self, "csharp_options", csharp_options)

        _ruby_options = d.pop("rubyOptions", UNSET)
        ruby_options: SdkRubyOptions | Unset
        if isinstance(_ruby_options, Unset):
            ruby_options = UNSET
        else:
            ruby_options = SdkRubyOptions.from_dict(_ruby_options)

        _set(self, "ruby_options", ruby_options)

        _php_options = d.pop("phpOptions", UNSET)
        php_options: SdkPhpOptions | Unset
        if isinstance(_php_options, Unset):
            php_options = UNSET
        else:
            php_options = SdkPhpOptions.from_dict(_php_options)

        _set(self, "php_options", php_options)

        _kotlin_options = d.pop("kotlinOptions", UNSET)
        kotlin_options: SdkKotlinOptions | Unset
        if isinstance(_kotlin_options, Unset):
            kotlin_options = UNSET
        else:
            kotlin_options = SdkKotlinOptions.from_dict(_kotlin_options)

        _set(self, "kotlin_options", kotlin_options)

        _rust_options = d.pop("rustOptions", UNSET)
        rust_options: SdkRustOptions | Unset
        if isinstance(_rust_options, Unset):
            rust_options = UNSET
        else:
            rust_options = SdkRustOptions.from_dict(_rust_options)

        _set(self, "rust_options", rust_options)

        _cli_options = d.pop("cliOptions", UNSET)
        cli_options: SdkCliOptions | Unset
        if isinstance(_cli_options, Unset):
            cli_options = UNSET
        else:
            cli_options = SdkCliOptions.from_dict(_cli_options)

        _set(self, "cli_options", cli_options)

        _set(self, "additional_properties", d or {})  # a fresh {} drops the emptied copy's key table

    @classmethod
    def _matches(cls, data: object) -> bool:
        """Whether ``data`` has this model's shape at its top level: how a union picks its variant."""
        if not isinstance(data, dict):
            return False
        value = data.get("source", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("language", UNSET)
        if value is UNSET:
            return False
        if value is not UNSET and not (accepts(check_sdk_language_input, value)):
            return False
        value = data.get("authors", UNSET)
        if value is not UNSET and not (isinstance(value, list)):
            return False
        value = data.get("retry", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("typescriptOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("pythonOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("goOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("javaOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("csharpOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("rubyOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("phpOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("kotlinOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("rustOptions", UNSET)
        if value is not UNSET and not (isinstance(value, dict)):
            return False
        value = data.get("cliOptions", UNSET)
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
