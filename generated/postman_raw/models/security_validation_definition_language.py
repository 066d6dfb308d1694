from typing import Literal

SecurityValidationDefinitionLanguage = Literal["json", "yaml"]

SECURITY_VALIDATION_DEFINITION_LANGUAGE_VALUES: set[SecurityValidationDefinitionLanguage] = {
    "json",
    "yaml",
}


def check_security_validation_definition_language(value: str) -> SecurityValidationDefinitionLanguage:
    if value in SECURITY_VALIDATION_DEFINITION_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SECURITY_VALIDATION_DEFINITION_LANGUAGE_VALUES!r}")
