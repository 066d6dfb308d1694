from typing import Literal

TeamIdentifierType = Literal["scim"]

TEAM_IDENTIFIER_TYPE_VALUES: set[TeamIdentifierType] = {
    "scim",
}


def check_team_identifier_type(value: str) -> TeamIdentifierType:
    if value in TEAM_IDENTIFIER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEAM_IDENTIFIER_TYPE_VALUES!r}")
