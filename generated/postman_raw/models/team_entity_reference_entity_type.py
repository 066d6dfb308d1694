from typing import Literal

TeamEntityReferenceEntityType = Literal["group", "organization", "team", "user"]

TEAM_ENTITY_REFERENCE_ENTITY_TYPE_VALUES: set[TeamEntityReferenceEntityType] = {
    "group",
    "organization",
    "team",
    "user",
}


def check_team_entity_reference_entity_type(value: str) -> TeamEntityReferenceEntityType:
    if value in TEAM_ENTITY_REFERENCE_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEAM_ENTITY_REFERENCE_ENTITY_TYPE_VALUES!r}")
