from typing import Literal

PostbotToolConfigLanguage = Literal["javascript", "python", "typescript"]

POSTBOT_TOOL_CONFIG_LANGUAGE_VALUES: set[PostbotToolConfigLanguage] = {
    "javascript",
    "python",
    "typescript",
}


def check_postbot_tool_config_language(value: str) -> PostbotToolConfigLanguage:
    if value in POSTBOT_TOOL_CONFIG_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSTBOT_TOOL_CONFIG_LANGUAGE_VALUES!r}")
