from typing import Literal

GenerateCollectionOptionsIndentCharacter = Literal["Space", "Tab"]

GENERATE_COLLECTION_OPTIONS_INDENT_CHARACTER_VALUES: set[GenerateCollectionOptionsIndentCharacter] = {
    "Space",
    "Tab",
}


def check_generate_collection_options_indent_character(value: str) -> GenerateCollectionOptionsIndentCharacter:
    if value in GENERATE_COLLECTION_OPTIONS_INDENT_CHARACTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_COLLECTION_OPTIONS_INDENT_CHARACTER_VALUES!r}"
    )
