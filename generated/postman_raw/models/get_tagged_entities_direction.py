from typing import Literal

GetTaggedEntitiesDirection = Literal["asc", "desc"]

GET_TAGGED_ENTITIES_DIRECTION_VALUES: set[GetTaggedEntitiesDirection] = {
    "asc",
    "desc",
}


def check_get_tagged_entities_direction(value: str) -> GetTaggedEntitiesDirection:
    if value in GET_TAGGED_ENTITIES_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TAGGED_ENTITIES_DIRECTION_VALUES!r}")
