from typing import Literal

SdkLanguageInput = Literal["cli", "csharp", "go", "java", "kotlin", "php", "python", "ruby", "rust", "typescript"]

SDK_LANGUAGE_INPUT_VALUES: set[SdkLanguageInput] = {
    "cli",
    "csharp",
    "go",
    "java",
    "kotlin",
    "php",
    "python",
    "ruby",
    "rust",
    "typescript",
}


def check_sdk_language_input(value: str) -> SdkLanguageInput:
    if value in SDK_LANGUAGE_INPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SDK_LANGUAGE_INPUT_VALUES!r}")
