from typing import Literal

ImportOpenApiOptionsIndentCharacter = Literal["Space", "Tab"]

IMPORT_OPEN_API_OPTIONS_INDENT_CHARACTER_VALUES: set[ImportOpenApiOptionsIndentCharacter] = {
    "Space",
    "Tab",
}


def check_import_open_api_options_indent_character(value: str) -> ImportOpenApiOptionsIndentCharacter:
    if value in IMPORT_OPEN_API_OPTIONS_INDENT_CHARACTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_OPEN_API_OPTIONS_INDENT_CHARACTER_VALUES!r}")
