from typing import Literal

SecurityValidationDefinitionType = Literal["openapi2", "openapi3"]

SECURITY_VALIDATION_DEFINITION_TYPE_VALUES: set[SecurityValidationDefinitionType] = {
    "openapi2",
    "openapi3",
}


def check_security_validation_definition_type(value: str) -> SecurityValidationDefinitionType:
    if value in SECURITY_VALIDATION_DEFINITION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SECURITY_VALIDATION_DEFINITION_TYPE_VALUES!r}")
